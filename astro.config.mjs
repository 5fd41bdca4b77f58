// @ts-check
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { readDeployment } from './tools/hosting/deployment.ts';
import { inlineScript } from './src/site/inline-script.ts';
import { inSitemap } from './src/site/sitemap.ts';

// Where the site is served: SITE_URL (origin) and BASE_PATH (folder), both optional; see README.
const deployment = readDeployment(process.env);
if (!deployment.site) {
  console.warn(
    '[deployment] SITE_URL is not set: pages are built without canonical, og:url and og:image addresses, and without a sitemap, since those must be absolute. Set SITE_URL=https://your.host to include them.',
  );
}

// The starter (theme before first paint, search on demand) is inline; Astro hashes only the
// scripts it bundles, so the inline one's hash is added to the CSP here, from the same file.
const starter = inlineScript(
  readFileSync(new URL('./src/site/client/starter.js', import.meta.url), 'utf8'),
);

// Astro keeps an entry's parsed data while its file is unchanged, even when a schema changed: it
// sees only content.config.ts, and the schemas live in src/content-model. A cache per version of
// those files makes a schema change read every entry again (a stale entry broke the build).
const contentModelFolder = new URL('./src/content-model/', import.meta.url);
const contentModel = createHash('sha256');
for (const file of readdirSync(contentModelFolder, { recursive: true, encoding: 'utf8' }).sort())
  if (file.endsWith('.ts')) contentModel.update(readFileSync(new URL(file, contentModelFolder)));
const contentModelVersion = contentModel.digest('hex').slice(0, 12);

export default defineConfig({
  site: deployment.site,
  base: deployment.base,
  trailingSlash: 'always',
  // A build for a folder (npm run build:base) keeps its own content cache: npm test runs it beside
  // the root build, and the two would otherwise rewrite one data store at the same time.
  cacheDir: `./node_modules/.astro/${deployment.base === '/' ? 'root' : 'base'}-${contentModelVersion}/`,
  // The stylesheet goes inside every page: a separate file costs a second round trip before
  // anything shows, and the whole page still fits in the first one (tools/budgets/).
  build: { format: 'directory', inlineStylesheets: 'always' },
  // The sitemap needs absolute addresses, so it is written only when SITE_URL is set.
  integrations: [
    mdx(),
    ...(deployment.site ? [sitemap({ filter: (page) => inSitemap(page, deployment.base) })] : []),
  ],
  // Shiki's inline styles are refused by the CSP; code blocks are short and read fine plain.
  markdown: { syntaxHighlight: false },
  vite: {
    plugins: [tailwindcss()],
    build: {
      rolldownOptions: {
        // Astro marks every MDX module with a "use astro:head-inject" directive that the bundler
        // warns it may drop (withastro/astro#18087, harmless). Only that message is silenced, so
        // any other warning still shows, and tools/build-without-warnings.mjs fails on it.
        onLog(level, log, handler) {
          if (
            log.code === 'MODULE_LEVEL_DIRECTIVE' &&
            log.message.includes('"use astro:head-inject"')
          )
            return;
          handler(level, log);
        },
      },
    },
  },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind compiles its WebAssembly in the page.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [starter.hash] },
    },
  },
});
