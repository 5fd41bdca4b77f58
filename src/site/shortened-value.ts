/**
 * A long value shown back to the visitor, apart from code-points.ts: search loads that module
 * on its one-round-trip path, which has no room for this.
 */
import { firstCodePoints } from './code-points';

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
