/**
 * Error codes in search: a query that is an error code the site explains, in any written form
 * ("0x643", "643h", "0x80070643", "-2147023293"), is answered with its page before full text. The
 * search panel's error step runs this (src/features/search/client/error-step.ts); KB numbers and bulletin ids
 * are src/features/search/identifiers.ts.
 */
import { hexOf, readErrorCode } from '../../identifiers/error-code';
import { loggedNumberTitle, returnedCodeTitle } from '../errors/error-title';
import {
  MAX_QUERY,
  mayBecomeIdentifier,
  type IdentifierAnswer,
  type SearchIdentifiers,
} from './identifiers';
import { errorPath } from '../../site/routes';

/** An error page search leads to: its Win32 code, and the level of a setup-log number. */
export interface ErrorPageFound {
  code: number;
  level?: string;
}

function errorPageOf(
  code: number,
  returned: SearchIdentifiers['returned'],
  logged: SearchIdentifiers['logged'],
): ErrorPageFound | undefined {
  for (const start in returned)
    if (code >= Number(start) && code < Number(start) + returned[start]) return { code };
  const level = Object.keys(logged).find((key) => logged[key].includes(code));
  return level ? { code, level } : undefined;
}

/**
 * The error page of a query that is an error code the site explains; else null. Without the list
 * of setup-log numbers, only codes a program returns are found: search fetches that list only when
 * those miss.
 */
export function findErrorPage(
  query: string,
  returned: SearchIdentifiers['returned'],
  logged: SearchIdentifiers['logged'] = {},
): ErrorPageFound | null {
  if (query.length > MAX_QUERY) return null;
  for (const code of readErrorCode(query)) {
    const page = errorPageOf(code, returned, logged);
    if (page) return page;
  }
  return null;
}

/** The answer for an error page found, titled as the page is; `name` is a returned code's ('' for a setup-log number). */
export function errorPageAnswer({ code, level }: ErrorPageFound, name: string): IdentifierAnswer {
  const title = level ? loggedNumberTitle(level, code) : returnedCodeTitle(code, name);
  return { kind: 'page', label: `Error ${hexOf(code)} (${code})`, title, url: errorPath(code) };
}

/**
 * Whether a query that is not a KB number is, or may become, an error code ("0x6", "16"): only
 * then is the list of returned codes fetched, so that a search for words costs none of its bytes.
 */
export function mayBeErrorCode(query: string): boolean {
  return (
    query.length <= MAX_QUERY && (mayBecomeIdentifier(query) || readErrorCode(query).length > 0)
  );
}
