/**
 * Windows Installer and Windows Update write the same failure three ways: decimal 1603, hex 0x643,
 * and as an HRESULT 0x80070643 (also seen signed, -2147023293). This module reads any of them and
 * gives back the Win32 code, so that one page can answer them all.
 */

/** HRESULTs of FACILITY_WIN32 wrap a Win32 error code in their low 16 bits. */
const FACILITY_WIN32 = 0x80070000;

export interface ErrorCodeForms {
  decimal: string;
  hex: string;
  hresult: string;
  signed: string;
}

/** Every way a Win32 error code is written: 1603 → 1603, 0x643, 0x80070643, -2147023293. */
export function errorCodeForms(win32: number): ErrorCodeForms {
  const hresult = (FACILITY_WIN32 | win32) >>> 0;
  return {
    decimal: String(win32),
    hex: `0x${win32.toString(16).toUpperCase()}`,
    hresult: `0x${hresult.toString(16).toUpperCase()}`,
    signed: String(hresult | 0),
  };
}

/** The Win32 code inside a FACILITY_WIN32 HRESULT, or null for any other value. */
function win32OfHresult(value: number): number | null {
  return (value & 0xffff0000) >>> 0 === FACILITY_WIN32 ? value & 0xffff : null;
}

/**
 * The Win32 codes a typed value may mean. A bare number such as "643" is ambiguous (people drop
 * the "0x"), so it yields both readings, decimal first; the caller keeps the one it knows.
 */
export function readErrorCode(input: string): number[] {
  const text = input.trim();
  let match: RegExpExecArray | null;
  if ((match = /^0x([0-9a-f]{1,8})$/i.exec(text))) {
    const value = parseInt(match[1]!, 16);
    if (value <= 0xffff) return [value];
    const win32 = win32OfHresult(value);
    return win32 === null ? [] : [win32];
  }
  if ((match = /^(8007[0-9a-f]{4})$/i.exec(text))) return [parseInt(match[1]!, 16) & 0xffff];
  if ((match = /^-(\d{10})$/.exec(text))) {
    const win32 = win32OfHresult((-Number(match[1]) >>> 0));
    return win32 === null ? [] : [win32];
  }
  if ((match = /^(\d{1,5})$/.exec(text))) {
    const readings = [Number(match[1])];
    const asHex = parseInt(match[1]!, 16);
    if (asHex <= 0xffff && asHex !== readings[0]) readings.push(asHex);
    return readings.filter((code) => code <= 0xffff);
  }
  return [];
}
