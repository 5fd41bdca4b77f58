// @ts-check
import { readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { inlineScript } from './src/lib/inline-script.ts';

// The starter (theme before first paint, search on demand) is inline; Astro hashes only the
// scripts it bundles, so the inline one's hash is added to the CSP here, from the same file.
const starter = inlineScript(readFileSync(new URL('./src/scripts/starter.js', import.meta.url), 'utf8'));

export default defineConfig({
  site: 'https://ms09-061.help',
  trailingSlash: 'always',
  // The stylesheet goes inside every page: a separate file costs a second round trip before
  // anything shows, and the whole page still fits in the first one (tests/budgets/).
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [mdx()],
  // Shiki's inline styles are refused by the CSP; code blocks are short and read fine plain.
  markdown: { syntaxHighlight: false },
  vite: { plugins: [tailwindcss()] },
  security: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "connect-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      // Pagefind compiles its WebAssembly in the page.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [starter.hash] },
    },
  },
});
