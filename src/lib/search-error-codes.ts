/**
 * Error codes in search: a query that is an error code the site explains, in any written form
 * ("0x643", "643h", "0x80070643", "-2147023293"), is answered with its page before full text. The
 * search panel's second step runs this; KB numbers and bulletin ids are src/lib/search-identifiers.ts.
 */
import { errorCodeForms, readErrorCode } from './error-code';
import { MAX_QUERY, mayBecomeIdentifier, type IdentifierAnswer, type SearchIdentifiers } from './search-identifiers';
import { errorPath } from './routes';

/** The answer for a query that is an error code the site explains; else null. */
export function answerErrorCode(query: string, errors: SearchIdentifiers['errors']): IdentifierAnswer | null {
  if (query.length > MAX_QUERY) return null;
  const code = readErrorCode(query).find((c) => errors[String(c)] !== undefined);
  if (code === undefined) return null;
  const forms = errorCodeForms(code);
  return { kind: 'page', label: `Error ${forms.hex} (${forms.decimal})`, title: errors[String(code)]!, url: errorPath(code) };
}

/**
 * Whether a query that is not a KB number is, or may become, an error code ("0x6", "16"): only
 * then is the list of error titles fetched, so that a search for words costs none of its bytes.
 */
export function mayBeErrorCode(query: string): boolean {
  return query.length <= MAX_QUERY && (mayBecomeIdentifier(query) || readErrorCode(query).length > 0);
}
