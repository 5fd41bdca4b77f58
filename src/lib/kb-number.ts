/**
 * KB numbers are stored as digits ("953297") and shown as "KB953297". People type them in many
 * shapes: "KB953297", "kb 953297", "Kb-953297", "953297". This module turns any of those into
 * the stored form and back.
 */

/** Microsoft KB numbers of this era have six digits; seven-digit ones exist for newer articles. */
const KB_DIGITS = /^\d{6,7}$/;
const TYPED_KB = /^\s*(?:kb[\s\-_:#]*)?(\d{6,7})\s*$/i;

/** True for the stored form: six or seven digits, nothing else. */
export function isStoredKbNumber(value: string): boolean {
  return KB_DIGITS.test(value);
}

/** The digits of a KB number typed in any common form, or null if it is not one. */
export function parseKbNumber(input: string): string | null {
  return TYPED_KB.exec(input)?.[1] ?? null;
}

/** How a stored KB number is shown to people: "KB953297". */
export function formatKbNumber(digits: string): string {
  return `KB${digits}`;
}
