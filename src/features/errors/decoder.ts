/**
 * The error-code decoder's answer for one typed value: every form of the number, the parts of its
 * HRESULT, and what the site knows about it. Pure, so that each answer is unit-tested; the page's
 * script only renders it.
 */
import type { CatalogueEntry, ErrorCatalogue } from './error-catalogue';
import { hexOf, parseErrorCode, win32CodeOf, type CodeForm } from '../../identifiers/error-code';
import {
  hresultFromWin32,
  hresultParts,
  signedOf,
  type HresultParts,
} from '../../identifiers/hresult';
import { NAMED_HRESULTS, type NamedHresult } from './hresult-names';
import { shortenedForDisplay } from '../../site/shortened-value';

export interface DecodedRow {
  label: string;
  value: string;
}

export type DecoderAnswer =
  | { status: 'empty' }
  | { status: 'junk' | 'overflow'; message: string }
  | {
      status: 'decoded';
      /** The value as typed, shortened for display; shown as text only. */
      shown: string;
      form: CodeForm;
      /** One sentence: what the number is. */
      headline: string;
      rows: DecodedRow[];
      hresult: string;
      parts: HresultParts;
      win32: number | null;
      entry?: CatalogueEntry;
      namedHresult?: NamedHresult;
      /** A bare decimal that, read as hex, is a number the site explains ("643" → 1603). */
      hexReading?: CatalogueEntry;
      /** The base the decoder chose for a value typed without one that reads two ways ("1e308"). */
      readingNote?: string;
    };

/** One sentence on the base chosen, when the typed value did not say it: "1e308" is not 1×10³⁰⁸ here. */
function readingNote(assumedBase: 'decimal' | 'hexadecimal', value: number): string {
  return assumedBase === 'hexadecimal'
    ? `Read as the hexadecimal number ${hexOf(value)}, though typed without “0x”.`
    : `Read as the decimal number ${value}. Meant as hexadecimal? Type it with “0x” in front.`;
}

const EXAMPLES = 'Type one number, such as 1603, 0x643, 0x80070643 or -2147023293.';

export function decodeErrorCode(input: string, catalogue: ErrorCatalogue): DecoderAnswer {
  const parsed = parseErrorCode(input);
  const shown = shortenedForDisplay(input.trim());
  if (parsed.status === 'empty') return { status: 'empty' };
  if (parsed.status === 'junk')
    return { status: 'junk', message: `“${shown}” is not an error code. ${EXAMPLES}` };
  if (parsed.status === 'overflow') {
    return {
      status: 'overflow',
      message: `“${shown}” is too large: error codes fit in 32 bits, at most 0xFFFFFFFF (8 hex digits) or 4294967295 (10 decimal digits). ${EXAMPLES}`,
    };
  }

  const { value, form } = parsed;
  const win32 = win32CodeOf(value);
  const hresult = win32 !== null && value <= 0xffff ? hresultFromWin32(win32) : value;
  const entry = win32 === null ? undefined : catalogue[String(win32)];
  const namedHresult = NAMED_HRESULTS.get(hresult);
  const hexReading =
    parsed.hexReading === undefined ? undefined : catalogue[String(parsed.hexReading)];

  const rows: DecodedRow[] = [];
  if (win32 !== null)
    rows.push(
      { label: 'Decimal', value: String(win32) },
      { label: 'Hexadecimal', value: hexOf(win32) },
    );
  rows.push(
    { label: 'HRESULT', value: hexOf(hresult) },
    { label: 'HRESULT as a signed number', value: signedOf(hresult) },
    { label: 'HRESULT as an unsigned number', value: String(hresult) },
  );

  let headline: string;
  if (entry) headline = `${shown} is ${entry.title}.`;
  else if (win32 !== null)
    headline = `${shown} is Win32 code ${win32} (${hexOf(win32)}). This site has no page for it: the sources it relies on do not explain it.`;
  else if (namedHresult)
    headline = `${shown} is the HRESULT ${namedHresult.name}${namedHresult.meaning ? `: ${namedHresult.meaning}` : '.'}`;
  else
    headline = `${shown} is the HRESULT ${hexOf(hresult)}. It carries no Win32 code, and this site does not know its meaning.`;

  return {
    status: 'decoded',
    shown,
    form,
    headline,
    rows,
    hresult: hexOf(hresult),
    parts: hresultParts(hresult),
    win32,
    ...(entry ? { entry } : {}),
    ...(namedHresult ? { namedHresult } : {}),
    ...(hexReading && !entry ? { hexReading } : {}),
    ...(parsed.assumedBase ? { readingNote: readingNote(parsed.assumedBase, value) } : {}),
  };
}
