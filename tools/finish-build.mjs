// The steps after `astro build` and Pagefind, over the built folder (dist/ unless named): each
// page's CSP cut to the hashes of its own stylesheets, `_headers` from the pages' own CSP,
// `_redirects` from the alias pages, and the Workbox service worker with its precache list.
// Run by `npm run build`; reads BASE_PATH like the build does.
import { mkdirSync, readFileSync, readdirSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { build } from 'esbuild';
import { injectManifest } from 'workbox-build';
import { readDeployment } from './hosting/deployment.ts';
import { htmlFiles } from './html-files.ts';
import { metaPolicy } from '../src/site/csp.ts';
import { withOwnStyleHashes } from './hosting/page-policy.ts';
import {
  formatHeadersFile,
  formatRedirectsFile,
  joinPolicies,
  refreshTarget,
  siteHeaderRules,
} from './hosting/host-rules.ts';

const outDir = resolve(process.argv[2] ?? 'dist');
/** Pages the service worker precaches; "Keep the whole site" leaves them out of its download. */
const PRECACHED_PAGES = ['index.html', 'finder/index.html', 'search/index.html'];
const { base } = readDeployment(process.env);

const pages = htmlFiles(outDir).map((file) => {
  const built = readFileSync(file, 'utf8');
  let html;
  try {
    html = withOwnStyleHashes(built);
  } catch (error) {
    // Left as built, the page would carry every page's style hashes again without a word.
    throw new Error(
      `${relative(outDir, file)}: its CSP cannot be cut to its own styles: ${error.message}`,
      { cause: error },
    );
  }
  if (html !== built) writeFileSync(file, html);
  return { file, path: base + relative(outDir, file).replace(/(^|\/)index\.html$/, '$1'), html };
});

const policies = [...new Set(pages.map((page) => metaPolicy(page.html)).filter(Boolean))];
if (policies.length === 0)
  throw new Error(
    `No page in ${outDir} has a content-security-policy meta tag: is security.csp still on?`,
  );

// Written last: its per-file rules name every top-level file, sw.js included.
function writeHeadersFile() {
  const entries = readdirSync(outDir, { withFileTypes: true })
    .filter((entry) => !['_headers', '_redirects'].includes(entry.name))
    .map((entry) => ({ name: entry.name, isDirectory: entry.isDirectory() }));
  writeFileSync(
    join(outDir, '_headers'),
    formatHeadersFile(siteHeaderRules(base, joinPolicies(policies), entries)),
  );
}

const redirects = pages.flatMap((page) => {
  const to = refreshTarget(page.html);
  return to ? [{ from: page.path, to, status: 301 }] : [];
});
writeFileSync(join(outDir, '_redirects'), formatRedirectsFile(redirects));

// "Keep the whole site for offline use": every page but the precached ones, the alias pages
// (they only forward) and the not-found page, listed for the control, which says what they weigh
// before it downloads them.
const precachedPaths = new Set(
  PRECACHED_PAGES.map((file) => base + file.replace(/index\.html$/, '')),
);
const kept = pages.filter(
  (page) =>
    !refreshTarget(page.html) && !page.path.endsWith('/404.html') && !precachedPaths.has(page.path),
);
const keptBytes = kept.reduce((sum, page) => sum + Buffer.byteLength(page.html), 0);
mkdirSync(join(outDir, 'offline'), { recursive: true });
writeFileSync(
  join(outDir, 'offline/pages.json'),
  JSON.stringify({ pages: kept.map((page) => page.path) }),
);
const withControl = pages.filter((page) => page.html.includes('KEEP_SITE_SIZE'));
if (withControl.length === 0)
  throw new Error(
    'No page carries the "Keep the whole site" control (src/features/offline/KeepSite.astro).',
  );
for (const page of withControl)
  writeFileSync(
    page.file,
    page.html
      .replaceAll('KEEP_SITE_SIZE', `${(keptBytes / 1024 / 1024).toFixed(1)} MB`)
      .replaceAll('KEEP_SITE_PAGES', String(kept.length)),
  );

const work = mkdtempSync(join(tmpdir(), 'service-worker-'));
try {
  const bundled = join(work, 'sw.js');
  await build({
    entryPoints: ['src/site/client/service-worker.ts'],
    bundle: true,
    format: 'iife',
    minify: true,
    outfile: bundled,
    // Workbox drops its development logging in production builds.
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  const { count, size, warnings } = await injectManifest({
    swSrc: bundled,
    swDest: join(outDir, 'sw.js'),
    globDirectory: outDir,
    globPatterns: [
      '_astro/**/*.{js,css}',
      'favicon.svg',
      'search/*.json',
      // Search's error step fetches the name of the returned code it answers: offline too.
      'search/names/*.json',
      ...PRECACHED_PAGES,
      // The finder fetches its table, and its paste reader the registry keys, on first use: offline too.
      // Not finder/answers/: its 264 saved answers (740 KB) would double what every first visit
      // precaches, and offline a shared link is answered from the table when its saved answer fails.
      'finder/registry.json',
      'finder/table.json',
      // The tools fetch their data on first use; without it offline they could only refuse.
      'error-codes.json',
      'tools/log-reader/knowledge.json',
      'tools/log-reader/sample-*.txt',
      'pagefind/pagefind.js',
      'pagefind/pagefind-entry.json',
      'pagefind/*.pf_meta',
      'pagefind/wasm.en.pagefind',
      'pagefind/{index,fragment,filter}/*',
    ],
    // Hashed names need no revision of their own.
    dontCacheBustURLsMatching: /^_astro\//,
    // Pages are asked for by their folder address ("finder/", "./" for the home page), not by their file.
    manifestTransforms: [
      async (entries) => ({
        manifest: entries.map((entry) => ({
          ...entry,
          url: entry.url.replace(/(^|\/)index\.html$/, '$1') || './',
        })),
        warnings: [],
      }),
    ],
  });
  for (const warning of warnings) console.warn(`[service worker] ${warning}`);
  writeHeadersFile();
  console.log(
    `[finish-build] _headers (${policies.length} page polic${policies.length === 1 ? 'y' : 'ies'}), _redirects (${redirects.length}), sw.js precaching ${count} files, ${Math.round(size / 1024)} KB, the whole site to keep ${kept.length} pages, ${Math.round(keptBytes / 1024)} KB`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
