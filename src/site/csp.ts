/**
 * A page's Content-Security-Policy as the build writes it: the hash that allows a piece of inline
 * code, made in one place, and the `<meta http-equiv="content-security-policy">` Astro writes,
 * read and rewritten in one place. Loaded as it is by the Node scripts (tools/finish-build.mjs),
 * so its imports name their files in full.
 */
import { createHash } from 'node:crypto';
import { decodeReferences } from './html-text.ts';

/** A hash as Astro's `security.csp` options take it: without the quotes a policy puts around it. */
export type CspHash = `sha256-${string}`;

/** The SHA-256 of exactly this code, in base64, as CSP names it. */
export function cspHash(code: string): CspHash {
  return `sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}`;
}

/** The source a policy lists to allow exactly this inline script or stylesheet. */
export function cspHashSource(code: string): `'${CspHash}'` {
  return `'${cspHash(code)}'`;
}

const META_POLICY = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;
/** Any CSP meta tag, whatever the order or quoting of its attributes: to tell one META_POLICY misses. */
const ANY_META_POLICY = /<meta\s[^>]*http-equiv\s*=\s*["']?content-security-policy(?=["'\s>])/i;

const escapeAttribute = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

/** Finds the meta policy; throws where the page has one written in a way this does not read. */
function findMetaPolicy(html: string): RegExpExecArray | null {
  const match = META_POLICY.exec(html);
  if (!match && ANY_META_POLICY.test(html)) {
    throw new Error(
      'the page has a content-security-policy meta tag written in a way this does not read (attributes reordered or requoted?)',
    );
  }
  return match;
}

/** The policy of a built page's meta tag, or null where the page has none. */
export function metaPolicy(html: string): string | null {
  const match = findMetaPolicy(html);
  return match ? decodeReferences(match[2]) : null;
}

/** The page with its meta policy replaced by `change` of it; a page without one as it is. */
export function withMetaPolicy(html: string, change: (policy: string) => string): string {
  const match = findMetaPolicy(html);
  if (!match) return html;
  const [tag, open, content, close] = match;
  const start = match.index;
  return (
    html.slice(0, start) +
    open +
    escapeAttribute(change(decodeReferences(content))) +
    close +
    html.slice(start + tag.length)
  );
}
