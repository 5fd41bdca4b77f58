/**
 * Error codes in search: a query that is an error code the site explains, in any written form
 * ("0x643", "643h", "0x80070643", "-2147023293"), is answered with its page before full text. The
 * search panel's error step runs this (src/scripts/search-error-step.ts); KB numbers and bulletin ids
 * are src/lib/search-identifiers.ts.
 */
import { hexOf, readErrorCode } from './error-code';
import { loggedNumberTitle, returnedCodeTitle } from './error-title';
import { MAX_QUERY, mayBecomeIdentifier, type IdentifierAnswer, type SearchIdentifiers } from './search-identifiers';
import { errorPath } from './routes';

/** The title of the page that explains a Win32 code, built as the page builds it; undefined when there is none. */
function errorPageTitle(code: number, returned: SearchIdentifiers['returned'], logged: SearchIdentifiers['logged']): string | undefined {
  for (const start in returned) {
    const name = returned[start]![code - Number(start)];
    if (name !== undefined) return returnedCodeTitle(code, name);
  }
  const level = Object.keys(logged).find((key) => logged[key]!.includes(code));
  return level && loggedNumberTitle(level, code);
}

/**
 * The answer for a query that is an error code the site explains; else null. Without the list of
 * setup-log numbers, only codes a program returns are answered: search fetches that list only
 * when those miss.
 */
export function answerErrorCode(query: string, returned: SearchIdentifiers['returned'], logged: SearchIdentifiers['logged'] = {}): IdentifierAnswer | null {
  if (query.length > MAX_QUERY) return null;
  for (const code of readErrorCode(query)) {
    const title = errorPageTitle(code, returned, logged);
    if (title) return { kind: 'page', label: `Error ${hexOf(code)} (${code})`, title, url: errorPath(code) };
  }
  return null;
}

/**
 * Whether a query that is not a KB number is, or may become, an error code ("0x6", "16"): only
 * then is the list of error titles fetched, so that a search for words costs none of its bytes.
 */
export function mayBeErrorCode(query: string): boolean {
  return query.length <= MAX_QUERY && (mayBecomeIdentifier(query) || readErrorCode(query).length > 0);
}
