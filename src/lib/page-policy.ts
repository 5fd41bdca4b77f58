/**
 * Astro writes the hash of every inline stylesheet of the whole site into every page's meta
 * Content-Security-Policy, so one page with a stylesheet of its own (the search page's, see
 * src/styles/search.css) would add 34 to 40 compressed bytes to every page, and hashes of stylesheets no page
 * carries ride along too. After the build, each page keeps in `style-src` only the hashes of the
 * stylesheets it holds: smaller, and a page then allows only its own styles.
 */
import { createHash } from 'node:crypto';

/** The CSP source that allows an inline stylesheet with exactly this text. */
export function styleHashSource(css: string): string {
  return `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;
}

const POLICY = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;
const STYLE_SRC = /(style-src)([^;]*)(;?)/;

/** The page with its meta policy's `style-src` hashes cut to those of its own inline stylesheets. */
export function withOwnStyleHashes(html: string): string {
  const own = new Set([...html.matchAll(/<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/gi)].map((match) => styleHashSource(match[1]!)));
  return html.replace(POLICY, (_, open: string, policy: string, close: string) => {
    const trimmed = policy.replace(STYLE_SRC, (__, name: string, sources: string, end: string) => {
      const kept = sources
        .trim()
        .split(/\s+/)
        .filter((source) => !/^'sha(256|384|512)-/.test(source) || own.has(source));
      return `${name} ${kept.join(' ')}${end}`;
    });
    return `${open}${trimmed}${close}`;
  });
}
