/**
 * Security bulletins are stored by their entry id, the name of their file in
 * src/content/bulletins (`msyy-nnn`: the year's two digits and the bulletin's number), and shown
 * as Microsoft prints them (`MSyy-nnn`). People type them with or without the hyphen, with spaces
 * ("ms 10 070"), in any case. This module turns any of those into the stored id and back, and
 * names several bulletins in a sentence. Code names no bulletin: which ones the site covers is
 * read from the content.
 */

const TYPED_BULLETIN = /^\s*ms[\s-]?(\d{2})[\s-]?(\d{3})\s*$/i;

/** The id of a bulletin typed in any common form, or null if the text is not one. */
export function parseBulletinId(input: string): string | null {
  const match = TYPED_BULLETIN.exec(input);
  return match ? `ms${match[1]}-${match[2]}` : null;
}

/** How a bulletin is shown to people: its id in capitals. */
export function formatBulletinId(id: string): string {
  return id.toUpperCase();
}

/**
 * Bulletins named in a sentence, in the order of their numbers: "A", "A and B", "A, B and C"; with
 * `or`, where any one of them is meant. (Intl.ListFormat would say the same in more bytes, which
 * search's first step, answering KB numbers and error codes within 5 KB, cannot spare.)
 */
export function bulletinList(ids: Iterable<string>, word: 'and' | 'or' = 'and'): string {
  return [...ids]
    .map(formatBulletinId)
    .sort()
    .join(', ')
    .replace(/, (?=[^,]*$)/, ` ${word} `);
}
