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
