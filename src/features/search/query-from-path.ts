/**
 * Turns the address of a page that does not exist into a search query, so the 404 page can offer
 * what the visitor was probably after: "/kb/999999/" → "KB999999", "/guides/reading-logs/" →
 * "reading logs".
 */
import { parseErrorCode } from '../../identifiers/error-code';
import { formatKbNumber, readTypedKb } from '../../identifiers/kb-number';

const MAX_WORDS = 8;

function segmentsOf(pathname: string): string[] {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    decoded = pathname;
  }
  return decoded.split('/').filter(Boolean);
}

/** Under /errors/, the code typed in the address in whatever form ("0x64c", "-2147023278"), or null. */
export function errorCodeFromPath(pathname: string): string | null {
  const segments = segmentsOf(pathname);
  if (segments[0]?.toLowerCase() !== 'errors' || segments[1] === undefined || segments.length > 2)
    return null;
  const status = parseErrorCode(segments[1]).status;
  return status === 'number' || status === 'overflow' ? segments[1].trim() : null;
}

export function searchQueryFromPath(pathname: string): string {
  // An error code is searched as typed, so that search answers it in any form.
  const code = errorCodeFromPath(pathname);
  if (code !== null) return code;
  const segments = segmentsOf(pathname);
  // Under /kb/, a number is a KB number (even a wrong-length one, which search then explains).
  const typed =
    segments[0]?.toLowerCase() === 'kb' && segments[1] !== undefined
      ? readTypedKb(segments[1])
      : null;
  if (typed) return formatKbNumber(typed.digits);
  const words = segments
    .flatMap((segment) => segment.replace(/\.[a-z0-9]+$/i, '').split(/[-_.+\s]+/))
    .filter((word) => /^[\p{L}\p{N}]+$/u.test(word));
  return words.slice(-MAX_WORDS).join(' ');
}
