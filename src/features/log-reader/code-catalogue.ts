/**
 * What the reader knows about a number, handed to it from outside (built from the `errors`
 * collection at build time, typed by hand in tests): the page to link and Microsoft's wording.
 * A code missing from the catalogue is still shown, without a link.
 */
import { errorPath } from '../../site/routes';
import type { ErrorEntry } from '../../content-model/schemas/error';

export interface CodeInfo {
  /** The site's page for this number. */
  url: string;
  /** As an exit code: its symbolic name and meaning, and whether it means success. */
  exit?: { name: string; meaning: string; success: boolean };
  /** As a Win32 system error, where that meaning differs from the Installer's. */
  system?: { name?: string; meaning: string };
  /** As a Windows Installer log message: Microsoft's text with `[2]`, `[3]` … placeholders. */
  message?: string;
}

/** Keyed by the decimal number, as a JSON object (so that it can travel to the worker as it is). */
export type CodeCatalogue = Readonly<Record<string, CodeInfo>>;

/** A message's text with its placeholders filled from a Note line's fields; unfilled ones stay. */
export function fillMessage(template: string, fields: Readonly<Record<number, string>>): string {
  return template.replace(/\[(\d+)\]/g, (placeholder, n: string) => {
    const value = fields[Number(n)];
    return value === undefined || value === '' ? placeholder : value;
  });
}

/** The shape of an `errors` collection entry this module reads (src/content-model/schemas/error.ts). */
type ErrorData = Pick<ErrorEntry, 'code' | 'meanings'>;

/** Backticks mark literal strings in the collection's text; the reader shows plain text. */
const plain = (text: string) => text.replace(/`([^`]*)`/g, '$1');

/** The reader's catalogue from the `errors` collection: every number, its page and its meanings. */
export function buildCodeCatalogue(errors: readonly ErrorData[]): CodeCatalogue {
  const catalogue: Record<string, CodeInfo> = {};
  for (const { code, meanings } of errors) {
    const info: CodeInfo = { url: errorPath(code) };
    for (const meaning of meanings) {
      if (meaning.kind === 'exit-code')
        info.exit = {
          name: meaning.name,
          meaning: plain(meaning.meaning),
          success: meaning.outcome === 'success',
        };
      else if (meaning.kind === 'system-error')
        info.system = {
          ...(meaning.name ? { name: meaning.name } : {}),
          meaning: plain(meaning.meaning),
        };
      // No text where the sources restate none: the reader must not quote a stand-in as Microsoft's.
      else if (meaning.message) info.message = plain(meaning.message);
    }
    catalogue[String(code)] = info;
  }
  return catalogue;
}
