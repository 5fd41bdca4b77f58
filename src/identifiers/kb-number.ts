/**
 * KB numbers are stored as digits ("951950") and shown as "KB951950". People type them in many
 * shapes: "KB951950", "kb 951950", "Kb-951950", "951950". This module turns any of those into
 * the stored form and back.
 */
import { isStoredKbNumber } from '../content-model/schemas/value-rules';

// What a stored KB number is belongs to the schemas that enforce it; re-exported for the library.
export { isStoredKbNumber };

const TYPED_KB = /^\s*(kb[\s\-_:#]*)?(\d+)\s*$/i;

/**
 * Digits with or without a "KB" prefix, whatever their count: the shape of a KB number, so that
 * callers can tell a wrong-length "KB95329" from words. Null for anything else.
 */
export function readTypedKb(input: string): { prefixed: boolean; digits: string } | null {
  const match = TYPED_KB.exec(input);
  return match ? { prefixed: match[1] !== undefined, digits: match[2] } : null;
}

/** The digits of a KB number typed in any common form, or null if it is not one. */
export function parseKbNumber(input: string): string | null {
  const typed = readTypedKb(input);
  return typed && isStoredKbNumber(typed.digits) ? typed.digits : null;
}

/** How a stored KB number is shown to people: "KB951950". */
export function formatKbNumber(digits: string): string {
  return `KB${digits}`;
}
