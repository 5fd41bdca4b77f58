/**
 * The step before full-text search: a query that is a KB number, a bulletin id or an error code
 * is answered from the site's own data: KB numbers and bulletin ids here, error codes in
 * src/features/search/error-codes.ts, apart because they need the error-code reader (src/identifiers/error-code.ts),
 * which the search panel's first step, answering KB numbers, does without. Pagefind alone cannot do this: it matches word prefixes
 * and, when nothing matches, falls back to the longest indexed prefix, so an unknown "KB999999"
 * would return every page that says "KB".
 */
import { bulletinList, formatBulletinId, parseBulletinId } from '../../identifiers/bulletin-id';
import { formatKbNumber, isStoredKbNumber, readTypedKb } from '../../identifiers/kb-number';
import { bulletinPath, updatePath } from '../../site/routes';

/**
 * The lists search answers identifiers from, built by src/features/search/identifier-lists.ts and
 * each a file of its own (src/pages/search/[list].json.ts), fetched on the first query that needs
 * it: a KB number costs none of the error lists, and an exit code none of the setup-log numbers. Addresses follow
 * from the number or id (src/site/routes.ts), so the lists carry only what the answer shows besides
 * them: titles.
 */
export interface SearchIdentifiers {
  kbs: {
    /** Bulletin id (its file's name) → its own KB article's number and its title: every bulletin the site covers. */
    bulletins: Record<string, { kb: string; title: string }>;
    /** Update KB number → the title of its page. */
    updates: Record<string, string>;
  };
  /**
   * The error pages, by what their titles say besides the number (src/features/errors/error-title.ts builds
   * the titles), in two lists: codes a program returns, which Windows Update shows and which are
   * answered first, and numbers met in setup logs, fetched only when those miss. A returned
   * code's name is a file of its own (src/site/routes.ts, searchErrorNamePath), fetched for the
   * code answered: the names are most of what the titles weigh.
   * Returned codes, in runs of consecutive numbers (most are 1601 to 1654): the run's first code
   * (decimal, as a string) → how many codes it holds.
   */
  returned: Record<string, number>;
  /** Setup-log message level ("Error", "Info") → the numbers with a page as such messages. */
  logged: Record<string, number[]>;
}

export type IdentifierList = keyof SearchIdentifiers;
export const IDENTIFIER_LISTS: readonly IdentifierList[] = ['kbs', 'returned', 'logged'];

export type IdentifierAnswer =
  | { kind: 'page'; label: string; title: string; url: string }
  /** Looks like an identifier of ours but is none: say so instead of showing unrelated pages. */
  | { kind: 'unknown'; label: string; message: string };

/** Longer queries are words, whatever they hold. */
export const MAX_QUERY = 100;

/**
 * The answer for a query shaped like a KB number or a bulletin id (see kbShaped), from the KB list;
 * null for anything else. The search panel's first step runs this alone. What is not ours says
 * which bulletins are, named from the list.
 */
export function answerKbIdentifier(
  query: string,
  kbs: SearchIdentifiers['kbs'],
): IdentifierAnswer | null {
  if (query.length > MAX_QUERY) return null;
  const bulletins = Object.keys(kbs.bulletins);

  const id = parseBulletinId(query);
  if (id) {
    const code = formatBulletinId(id);
    const known = kbs.bulletins[id];
    return known
      ? { kind: 'page', label: code, title: `${code}: ${known.title}`, url: bulletinPath(id) }
      : {
          kind: 'unknown',
          label: code,
          message: `${code} is not covered here: this site covers ${bulletinList(bulletins)}.`,
        };
  }

  const typed = readTypedKb(query);
  // Six or seven digits are a KB number with or without "KB"; shorter bare numbers are error codes.
  if (typed && isStoredKbNumber(typed.digits)) {
    const kb = typed.digits;
    const label = formatKbNumber(kb);
    const update = kbs.updates[kb];
    if (update !== undefined) return { kind: 'page', label, title: update, url: updatePath(kb) };
    const bulletinId = bulletins.find((id) => kbs.bulletins[id].kb === kb);
    return bulletinId
      ? {
          kind: 'page',
          label,
          title: `${formatBulletinId(bulletinId)} bulletin (the bulletin's own KB article)`,
          url: bulletinPath(bulletinId),
        }
      : {
          kind: 'unknown',
          label,
          message: `${label} is not part of security bulletin ${bulletinList(bulletins, 'or')}. The fix finder shows which update your computer needs.`,
        };
  }
  if (typed?.prefixed) {
    const problem =
      typed.digits.length < 6 ? 'is not a complete KB number' : 'is too long for a KB number';
    return {
      kind: 'unknown',
      label: query.trim(),
      message: `“${query.trim()}” ${problem}: they have six or seven digits, like ${formatKbNumber(Object.keys(kbs.updates)[0])}.`,
    };
  }
  return null;
}

/**
 * A partial KB number, bulletin id or error code, as one is being typed: "K", "kb 95", "ms1",
 * "0x6", "16". Search waits for a pause before running full text on these, so that typing an
 * identifier does not fetch Pagefind (many times the size of everything else search needs) for
 * its first characters.
 */
const IDENTIFIER_PREFIX =
  /^\s*(?:k(?:b[\s-]?\d*)?|m(?:s[\s-]?\d{0,2}(?:[\s-]?\d{0,3})?)?|-?\d*|0x[\da-f]*)\s*$/i;

export function mayBecomeIdentifier(query: string): boolean {
  return query.trim() !== '' && IDENTIFIER_PREFIX.test(query);
}

/**
 * A KB number or bulletin id, whole or being typed ("K", "kb 95", "ms0"), or something that only
 * looks like one ("KB95329"): answered from the KB list, by the panel's first step.
 */
export function kbShaped(query: string): boolean {
  if (query.length > MAX_QUERY) return false;
  const typed = readTypedKb(query);
  return typed
    ? typed.prefixed || isStoredKbNumber(typed.digits)
    : parseBulletinId(query) !== null || (/^\s*[km]/i.test(query) && mayBecomeIdentifier(query));
}

/**
 * The status line once an identifier's page is answered: the other pages that mention it are
 * searched only when asked for, so that the answer comes without full text's bytes. Here rather
 * than with the results' status (src/features/search/status.ts), which only the second step needs.
 */
export function identifierStatus(label: string): string {
  return `${label} found. More results searches the other pages for it.`;
}
