/**
 * A script that must run before anything is fetched goes inline. Astro's CSP hashes only the
 * scripts it bundles, so the layout and astro.config.mjs both read an inline script through this
 * one function: the page gets the minified code, the CSP gets the hash of exactly those bytes.
 */
import { createHash } from 'node:crypto';
import { transformSync } from 'esbuild';

export interface InlineScript {
  code: string;
  /** The CSP source expression that allows this exact code. */
  hash: `sha256-${string}`;
}

const made = new Map<string, InlineScript>();

export function inlineScript(source: string): InlineScript {
  let script = made.get(source);
  if (!script) {
    const code = transformSync(source, { loader: 'js', minify: true }).code.trim();
    script = { code, hash: `sha256-${createHash('sha256').update(code).digest('base64')}` };
    made.set(source, script);
  }
  return script;
}
