/**
 * A script that must run before anything is fetched goes inline. Astro's CSP hashes only the
 * scripts it bundles, so the layout and astro.config.mjs both read an inline script through this
 * one function: the page gets the minified code, the CSP gets the hash of exactly those bytes.
 */
import { transformSync } from 'esbuild';
import { cspHash, type CspHash } from './csp.ts';

export interface InlineScript {
  code: string;
  /** The hash that allows this exact code, as Astro's CSP options take it. */
  hash: CspHash;
}

const made = new Map<string, InlineScript>();

export function inlineScript(source: string): InlineScript {
  let script = made.get(source);
  if (!script) {
    const code = transformSync(source, { loader: 'js', minify: true }).code.trim();
    script = { code, hash: cspHash(code) };
    made.set(source, script);
  }
  return script;
}
