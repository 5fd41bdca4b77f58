/**
 * Turns the address of a page that does not exist into a search query, so the 404 page can offer
 * what the visitor was probably after: "/kb/999999/" → "KB999999", "/guides/reading-logs/" →
 * "reading logs".
 */
import { formatKbNumber, readTypedKb } from './kb-number';

const MAX_WORDS = 8;

export function searchQueryFromPath(pathname: string): string {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    decoded = pathname;
  }
  const segments = decoded.split('/').filter(Boolean);
  // Under /kb/, a number is a KB number (even a wrong-length one, which search then explains).
  const typed = segments[0]?.toLowerCase() === 'kb' && segments[1] !== undefined ? readTypedKb(segments[1]) : null;
  if (typed) return formatKbNumber(typed.digits);
  const words = segments
    .flatMap((segment) => segment.replace(/\.[a-z0-9]+$/i, '').split(/[-_.+\s]+/))
    .filter((word) => /^[\p{L}\p{N}]+$/u.test(word));
  return words.slice(-MAX_WORDS).join(' ');
}
