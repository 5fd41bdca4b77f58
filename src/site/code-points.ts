/**
 * Cutting text to a length a person sees. `String.prototype.slice` counts UTF-16 units, so a cut
 * can fall inside an emoji and leave a lone surrogate, which `encodeURIComponent` rejects with
 * "URI malformed". Counting code points never splits a character that way.
 */

/** The first `count` code points of `text` (all of it when it is shorter). */
export function firstCodePoints(text: string, count: number): string {
  let units = 0;
  let seen = 0;
  for (const character of text) {
    if (seen === count) return text.slice(0, units);
    units += character.length;
    seen += 1;
  }
  return text;
}

/** How many characters of a long value are shown back: enough to recognise what was typed. */
const SHOWN_CHARACTERS = 40;

/**
 * A value the visitor typed or put in an address, to be shown back as text: whole when short;
 * else its first 40 characters, "…" and its length ("(10,000 characters)"), so that a value of
 * any length neither fills the page nor hides how long it was.
 */
export function shortenedForDisplay(value: string): string {
  const shown = firstCodePoints(value, SHOWN_CHARACTERS);
  if (shown === value) return value;
  const length = [...value].length.toLocaleString('en-US');
  return `${shown}… (${length} characters)`;
}
