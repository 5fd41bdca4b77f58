/**
 * Astro writes the hash of every inline stylesheet of the whole site into every page's meta
 * Content-Security-Policy, so one page with a stylesheet of its own (the search page's, see
 * src/features/search/search.css) would add 34 to 40 compressed bytes to every page, and hashes of stylesheets no page
 * carries ride along too. After the build, each page keeps in `style-src` only the hashes of the
 * stylesheets it holds: smaller, and a page then allows only its own styles.
 */
import { cspHashSource, withMetaPolicy } from '../../src/site/csp.ts';

const STYLE = /<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/gi;
/** The `style-src` directive itself, not `style-src-elem` or `style-src-attr`. */
const STYLE_SRC = /(^|;)(\s*style-src)(?=[\s;]|$)([^;]*)/;

/**
 * The page with its meta policy's `style-src` hashes cut to those of its own inline stylesheets,
 * a `<template>`'s too (a script may put it in the page). Throws where the page has a policy this
 * cannot read, or one without `style-src`, rather than leave every hash in it.
 */
export function withOwnStyleHashes(html: string): string {
  const own = new Set<string>([...html.matchAll(STYLE)].map((match) => cspHashSource(match[1])));
  return withMetaPolicy(html, (policy) => {
    if (!STYLE_SRC.test(policy))
      throw new Error(`the page's content-security-policy has no style-src: ${policy}`);
    return policy.replace(STYLE_SRC, (_, before: string, name: string, sources: string) => {
      const kept = sources
        .trim()
        .split(/\s+/)
        .filter((source) => !/^'sha(256|384|512)-/.test(source) || own.has(source));
      return `${before}${name} ${kept.join(' ')}`;
    });
  });
}
