/**
 * Windows Installer and Windows Update write the same failure in many ways: decimal 1603, hex
 * 0x643 (or 643h), and as an HRESULT 0x80070643, also printed without "0x", as a signed decimal
 * (-2147023293) or an unsigned one (2147944003). This module is the one reader of those forms, used
 * by the decoder, search, the error pages' aliases and the 404 page; writing them is
 * src/identifiers/hresult.ts, apart so that search's error step loads the reader alone.
 */

/** HRESULT_FROM_WIN32: failure bit, FACILITY_WIN32 (7) in the facility field, the Win32 code below. */
export const FACILITY_WIN32 = 7;
export const WIN32_HRESULT_BASE = 0x80070000;
const MAX_UINT32 = 0xffffffff;
const MAX_WIN32 = 0xffff;

/** How the typed value was written; a value above 16 bits can only be an HRESULT or a plain 32-bit number. */
export type CodeForm = 'decimal' | 'hex' | 'hresult' | 'signed' | 'unsigned';

export type ParsedCode =
  | { status: 'empty' }
  /** Not a number in any form we read. */
  | { status: 'junk' }
  /** A number, but more than 32 bits (more than 8 hex or 10 decimal digits, or above 0xFFFFFFFF). */
  | { status: 'overflow' }
  | {
      status: 'number';
      /** The 32 bits, as an unsigned number. */
      value: number;
      form: CodeForm;
      /** A bare decimal such as "643" may be hex with the "0x" dropped: that reading, when it fits 16 bits. */
      hexReading?: number;
      /**
       * Set when nothing typed says the base (no "0x", "h" or minus) and the text reads both ways,
       * or reads as hex only by its letters a–f ("1e308", "64c"): the base chosen, for the answer to say.
       */
      assumedBase?: 'decimal' | 'hexadecimal';
    };

const HEX_PREFIXED = /^0x([0-9a-f]+)$/;
const HEX_SUFFIXED = /^([0-9a-f]+)h$/;
const SIGNED = /^-(\d+)$/;
const DIGITS = /^\d+$/;
/** Eight hex digits with the failure bit set, written without "0x": 80070643, 8007064C. */
const BARE_HRESULT = /^[89a-f][0-9a-f]{7}$/;
/** Hex without "0x" needs a digit and a letter (64C), so that words such as "add" stay words. */
const BARE_HEX = /^(?=[a-f]*\d)[0-9a-f]*[a-f][0-9a-f]*$/;

function fromHexDigits(digits: string): ParsedCode {
  const significant = digits.replace(/^0+(?=.)/, '');
  if (significant.length > 8) return { status: 'overflow' };
  const value = parseInt(significant, 16);
  return { status: 'number', value, form: value > MAX_WIN32 ? 'hresult' : 'hex' };
}

/** Hex digits typed without "0x" or "h": the reading chosen is said with the answer. */
function assumingHex(parsed: ParsedCode): ParsedCode {
  return parsed.status === 'number' ? { ...parsed, assumedBase: 'hexadecimal' } : parsed;
}

/** Reads one error code typed in any common form; spaces anywhere and letter case do not matter. */
export function parseErrorCode(input: string): ParsedCode {
  const text = input.replace(/\s+/g, '').toLowerCase();
  if (text === '') return { status: 'empty' };
  let match: RegExpExecArray | null;
  if ((match = HEX_PREFIXED.exec(text)) || (match = HEX_SUFFIXED.exec(text)))
    return fromHexDigits(match[1]);
  if ((match = SIGNED.exec(text))) {
    const digits = match[1].replace(/^0+(?=.)/, '');
    if (digits.length > 10 || Number(digits) > 0x80000000) return { status: 'overflow' };
    return { status: 'number', value: -Number(digits) >>> 0, form: 'signed' };
  }
  if (BARE_HRESULT.test(text)) return assumingHex(fromHexDigits(text));
  if (DIGITS.test(text)) {
    const digits = text.replace(/^0+(?=.)/, '');
    if (digits.length > 10 || Number(digits) > MAX_UINT32) return { status: 'overflow' };
    const value = Number(digits);
    const form = value > MAX_WIN32 ? 'unsigned' : 'decimal';
    const asHex = parseInt(digits, 16);
    // One digit reads the same in both bases: nothing was assumed.
    if (asHex === value) return { status: 'number', value, form };
    return {
      status: 'number',
      value,
      form,
      assumedBase: 'decimal',
      ...(form === 'decimal' && asHex <= MAX_WIN32 ? { hexReading: asHex } : {}),
    };
  }
  if (BARE_HEX.test(text)) return assumingHex(fromHexDigits(text));
  return { status: 'junk' };
}

/** The Win32 code a 32-bit value carries: itself when it fits 16 bits, the low 16 bits of a FACILITY_WIN32 HRESULT, else null. */
export function win32CodeOf(value: number): number | null {
  if (value <= MAX_WIN32) return value;
  return (value & 0xffff0000) >>> 0 === WIN32_HRESULT_BASE ? value & 0xffff : null;
}

/** "0x643": upper-case digits, no padding. */
export const hexOf = (value: number) => `0x${value.toString(16).toUpperCase()}`;
/**
 * The Win32 codes a typed value may mean, most likely first: "0x80070643" → [1603]; a bare "643"
 * → [643, 1603], as people drop the "0x". Empty for anything that carries no Win32 code.
 */
export function readErrorCode(input: string): number[] {
  const parsed = parseErrorCode(input);
  if (parsed.status !== 'number') return [];
  const win32 = win32CodeOf(parsed.value);
  return [
    ...(win32 === null ? [] : [win32]),
    ...(parsed.hexReading === undefined ? [] : [parsed.hexReading]),
  ];
}
