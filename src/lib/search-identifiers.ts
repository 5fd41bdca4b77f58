/**
 * The step before full-text search: a query that is a KB number, a bulletin id or an error code
 * is answered from the site's own data. Pagefind alone cannot do this: it matches word prefixes
 * and, when nothing matches, falls back to the longest indexed prefix, so an unknown "KB999999"
 * would return every page that says "KB".
 */
import type { Collections } from './content-model';
import { errorCodeForms, readErrorCode } from './error-code';
import { errorTitle } from './error-pages';
import { formatKbNumber, isStoredKbNumber, readTypedKb } from './kb-number';
import { bulletinPath, errorPath, kbPath } from './routes';

export interface SearchIdentifiers {
  bulletins: Record<string, { code: string; title: string; url: string }>;
  kbs: Record<string, { title: string; url: string }>;
  /**
   * Win32 code (decimal, as a string) → the title of the page that explains it. Its address follows
   * from the code (errorPath), so the list, fetched on the first identifier typed, does not carry it.
   */
  errors: Record<string, { title: string }>;
}

/** Built at build time and fetched by the search box on first use. */
export function buildSearchIdentifiers(content: Collections): SearchIdentifiers {
  const identifiers: SearchIdentifiers = { bulletins: {}, kbs: {}, errors: {} };
  for (const { id, data } of content.bulletins) {
    const code = id.toUpperCase();
    identifiers.bulletins[id] = { code, title: `${code}: ${data.title}`, url: bulletinPath(id) };
    identifiers.kbs[data.kb] = { title: `${code} bulletin (the bulletin's own KB article)`, url: bulletinPath(id) };
  }
  for (const { data } of content.updates) {
    identifiers.kbs[data.kb] = { title: data.title, url: kbPath(data.kb) };
  }
  for (const { data } of [...content.errors].sort((a, b) => a.data.code - b.data.code)) {
    identifiers.errors[String(data.code)] = { title: errorTitle(data) };
  }
  return identifiers;
}

export type IdentifierAnswer =
  | { kind: 'page'; label: string; title: string; url: string }
  /** Looks like an identifier of ours but is none: say so instead of showing unrelated pages. */
  | { kind: 'unknown'; label: string; message: string };

const BULLETIN = /^\s*ms[\s-]?(\d{2})[\s-]?(\d{3})\s*$/i;
const MAX_QUERY = 100;

/** The answer for a query that is an identifier, or null when it is ordinary words. */
export function answerIdentifier(query: string, identifiers: SearchIdentifiers): IdentifierAnswer | null {
  if (query.length > MAX_QUERY) return null;

  const bulletin = BULLETIN.exec(query);
  if (bulletin) {
    const id = `ms${bulletin[1]}-${bulletin[2]}`;
    const known = identifiers.bulletins[id];
    return known
      ? { kind: 'page', label: known.code, title: known.title, url: known.url }
      : { kind: 'unknown', label: id.toUpperCase(), message: `${id.toUpperCase()} is not covered here: this site is about MS09-061 only.` };
  }

  const typed = readTypedKb(query);
  // Six or seven digits are a KB number with or without "KB"; shorter bare numbers are error codes.
  if (typed && isStoredKbNumber(typed.digits)) {
    const kb = typed.digits;
    const known = identifiers.kbs[kb];
    return known
      ? { kind: 'page', label: formatKbNumber(kb), title: known.title, url: known.url }
      : {
          kind: 'unknown',
          label: formatKbNumber(kb),
          message: `${formatKbNumber(kb)} is not part of security bulletin MS09-061. The fix finder shows which of its updates your computer needs.`,
        };
  }
  if (typed?.prefixed) {
    const problem = typed.digits.length < 6 ? 'is not a complete KB number' : 'is too long for a KB number';
    return { kind: 'unknown', label: query.trim(), message: `“${query.trim()}” ${problem}: they have six digits, like KB953297.` };
  }

  const codes = readErrorCode(query);
  const code = codes.find((c) => identifiers.errors[String(c)]);
  if (code !== undefined) {
    const page = identifiers.errors[String(code)]!;
    const forms = errorCodeForms(code);
    return { kind: 'page', label: `Error ${forms.hex} (${forms.decimal})`, title: page.title, url: errorPath(code) };
  }
  return null;
}

/**
 * A partial KB number, bulletin id or error code, as one is being typed: "K", "kb 95", "ms09-0",
 * "0x6", "16". Search waits for a pause before running full text on these, so that typing an
 * identifier does not fetch Pagefind (many times the size of everything else search needs) for
 * its first characters.
 */
const IDENTIFIER_PREFIX = /^\s*(?:k(?:b[\s-]?\d*)?|m(?:s[\s-]?\d{0,2}(?:[\s-]?\d{0,3})?)?|-?\d*|0x[\da-f]*)\s*$/i;

export function mayBecomeIdentifier(query: string): boolean {
  return query.trim() !== '' && IDENTIFIER_PREFIX.test(query);
}

const EMPTY: SearchIdentifiers = { bulletins: {}, kbs: {}, errors: {} };

/**
 * Whether a query is, or may become, a KB number, bulletin id or error code: only then does
 * search fetch the identifier list, so that a search for words costs none of its bytes.
 */
export function mayNeedIdentifiers(query: string): boolean {
  return mayBecomeIdentifier(query) || answerIdentifier(query, EMPTY) !== null || readErrorCode(query).length > 0;
}
