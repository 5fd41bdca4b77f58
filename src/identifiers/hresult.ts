/**
 * Writing a Win32 code in the forms src/identifiers/error-code.ts reads, and taking an HRESULT apart: what
 * the decoder and the error pages show. Apart from the reader so that search, which only reads
 * codes, does not load this.
 */
import { FACILITY_WIN32, hexOf, WIN32_HRESULT_BASE } from './error-code';

/** HRESULT_FROM_WIN32 as Microsoft defines it: zero passes through unchanged. */
export function hresultFromWin32(code: number): number {
  return code === 0 ? 0 : (WIN32_HRESULT_BASE | (code & 0xffff)) >>> 0;
}

export interface HresultParts {
  /** The top bit: 1 = failure (SEVERITY_ERROR), 0 = success. */
  severity: 0 | 1;
  facility: number;
  /** FACILITY_WIN32 is the only facility the sources name. */
  facilityName?: 'FACILITY_WIN32';
  code: number;
}

/** The fields of an HRESULT, laid out as in Microsoft's "Structure of COM Error Codes". */
export function hresultParts(value: number): HresultParts {
  const facility = (value >>> 16) & 0x7ff;
  return {
    severity: value >>> 31 === 1 ? 1 : 0,
    facility,
    ...(facility === FACILITY_WIN32 ? { facilityName: 'FACILITY_WIN32' as const } : {}),
    code: value & 0xffff,
  };
}

/** The same 32 bits read as a signed number, the way logs print HRESULTs. */
export const signedOf = (value: number) => String(value | 0);

export interface ErrorCodeForms {
  decimal: string;
  hex: string;
  hresult: string;
  signed: string;
  unsigned: string;
}

/** Every way a Win32 error code is written: 1603 → 1603, 0x643, 0x80070643, -2147023293, 2147944003. */
export function errorCodeForms(win32: number): ErrorCodeForms {
  const hresult = hresultFromWin32(win32);
  return {
    decimal: String(win32),
    hex: hexOf(win32),
    hresult: hexOf(hresult),
    signed: signedOf(hresult),
    unsigned: String(hresult),
  };
}
