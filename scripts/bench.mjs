// Figures, not tests: build time, what each page type weighs, what the first search costs.
// Compared with the budgets the issues name; prints a table and never fails on a timing.
import { execSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { findChromium, HOW_TO_GET_ONE } from '../tests/chromium.ts';

const DIST = 'dist';
const PORT = 4399;
const KB = 1024;
const gz = (buffer) => gzipSync(buffer, { level: 9 }).length;
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;

const PAGE_TYPES = [
  ['home', '/'],
  ['KB page', '/kb/953297/'],
  ['combination page', '/fix/windows-xp-sp2-sp3-x86/net-1-1-sp1/'],
  ['bulletin', '/bulletins/ms09-061/'],
  ['guide', '/guides/reinstall-dotnet-in-order/'],
  ['finder', '/finder/'],
  ['search', '/search/'],
  ['404', '/404.html'],
  ['error page', '/errors/1603/'],
  ['error index', '/errors/'],
  ['decoder', '/tools/error-code/'],
  ['log reader', '/tools/log-reader/'],
];

/** Budgets named by the issues (compressed bytes). */
const BUDGETS = {
  'KB page total': 25 * KB,
  'finder JS': 6 * KB,
  'first search': 120 * KB,
  'decoder total': 14 * KB,
  'log reader page': 14 * KB,
  'log reader, 50 MB UTF-16': 5000,
};
const LOG_BYTES = 50 * 1024 * 1024;

function fileOf(path) {
  const file = join(DIST, path.endsWith('/') ? `${path}index.html` : path);
  return readFileSync(file);
}

function pageWeight(path) {
  const html = fileOf(path);
  const text = html.toString('utf8');
  const css = [...text.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => fileOf(m[1]));
  const js = [...text.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => fileOf(m[1]));
  // Inline scripts travel inside the HTML; counted here too, as the JavaScript a page runs.
  const inlineJs = [...text.matchAll(/<script(?![^>]*type="application\/json")[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  return {
    html: gz(html),
    css: css.reduce((sum, b) => sum + gz(b), 0),
    js: js.reduce((sum, b) => sum + gz(b), 0) + gz(Buffer.from(inlineJs.join('\n'))),
  };
}

function directorySize(dir) {
  return readdirSync(dir).reduce((sum, name) => {
    const path = join(dir, name);
    return sum + (statSync(path).isDirectory() ? directorySize(path) : statSync(path).size);
  }, 0);
}

async function firstSearch() {
  const server = spawn(process.execPath, ['scripts/serve.mjs', DIST], { env: { ...process.env, PORT: String(PORT) }, stdio: 'ignore' });
  await new Promise((resolve) => setTimeout(resolve, 500));
  const found = findChromium();
  if (!found) throw new Error(HOW_TO_GET_ONE);
  const browser = await chromium.launch({ ...found, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'] });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${PORT}/kb/974417/`);
    await page.waitForLoadState('networkidle');
    const fetched = [];
    page.on('response', async (response) => {
      try {
        fetched.push(gz(await response.body()));
      } catch {}
    });
    const started = Date.now();
    await page.keyboard.press('Control+K');
    await page.keyboard.type('KB953297');
    await page.locator('dialog [data-results] > li').nth(1).waitFor();
    const elapsed = Date.now() - started;
    await page.waitForLoadState('networkidle');
    return { bytes: fetched.reduce((a, b) => a + b, 0), requests: fetched.length, elapsed };
  } finally {
    await browser.close();
    server.kill();
  }
}

/**
 * The reader's analysis of a generated 50 MB UTF-16 log, in Node, with the code the worker runs:
 * src/lib/setup-log is bundled by esbuild (its imports have no extensions, which Node wants).
 */
async function logReaderTiming() {
  const outfile = join(mkdtempSync(join(tmpdir(), 'bench-log-reader-')), 'reader.mjs');
  await build({
    stdin: {
      contents: "export { readLogChunks, chunksOf } from './src/lib/setup-log/read-log'; export { largeLog } from './tests/fixtures/large-log';",
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile,
    logLevel: 'silent',
  });
  const { readLogChunks, chunksOf, largeLog } = await import(pathToFileURL(outfile).href);
  const log = largeLog(LOG_BYTES, 'utf-16le-bom');
  const started = performance.now();
  const report = await readLogChunks(chunksOf(log.bytes), { catalogue: {}, knownKbs: new Set(), fileName: 'MSI50mb.LOG' });
  const elapsed = performance.now() - started;
  if (report.outcome !== 'failed') throw new Error(`The generated log should fail, the reader says ${report.outcome}`);
  return { bytes: log.bytes.length, elapsed };
}

const buildStarted = Date.now();
execSync('npm run build', { stdio: 'ignore' });
const buildSeconds = (Date.now() - buildStarted) / 1000;

const rows = PAGE_TYPES.map(([name, path]) => {
  const w = pageWeight(path);
  return { name, ...w, total: w.html + w.css + w.js };
});
const finderJs = readdirSync(join(DIST, '_astro'))
  .filter((f) => f.startsWith('FixFinder') && f.endsWith('.js'))
  .reduce((sum, f) => sum + gz(readFileSync(join(DIST, '_astro', f))), 0);
const search = await firstSearch();
const reader = await logReaderTiming();
const readerWorkerJs = readdirSync(join(DIST, '_astro'))
  .filter((f) => f.startsWith('log-reader.worker') && f.endsWith('.js'))
  .reduce((sum, f) => sum + gz(readFileSync(join(DIST, '_astro', f))), 0);
const readerKnowledge = gz(fileOf('/tools/log-reader/knowledge.json'));

console.log(`Build (npm run build: astro build, pagefind, host files, service worker): ${buildSeconds.toFixed(1)} s`);
console.log('\nPage weight, gzip -9 (what a compressing host sends):');
console.log('page type'.padEnd(18), 'HTML'.padStart(9), 'CSS'.padStart(9), 'JS'.padStart(9), 'total'.padStart(9));
for (const r of rows) console.log(r.name.padEnd(18), kb(r.html).padStart(9), kb(r.css).padStart(9), kb(r.js).padStart(9), kb(r.total).padStart(9));
console.log(`\nSearch index on disk: ${kb(directorySize(join(DIST, 'pagefind')))}`);
console.log(`First search ("KB953297" from a KB page): ${kb(search.bytes)} in ${search.requests} requests, results in ${search.elapsed} ms`);
console.log(`Log reader, loaded when a log is given: worker ${kb(readerWorkerJs)}, code list ${kb(readerKnowledge)}`);
console.log(`Log reader, ${(reader.bytes / KB / KB).toFixed(0)} MB UTF-16 log analysed in Node: ${Math.round(reader.elapsed)} ms`);

const checks = [
  ['KB page total', rows.find((r) => r.name === 'KB page').total],
  ['finder JS', finderJs],
  ['first search', search.bytes],
  ['decoder total', rows.find((r) => r.name === 'decoder').total],
  ['log reader page', rows.find((r) => r.name === 'log reader').total],
  ['log reader, 50 MB UTF-16', reader.elapsed],
];
console.log('\nBudgets:');
for (const [name, value] of checks) {
  const show = name.includes('50 MB') ? (v) => `${Math.round(v)} ms` : kb;
  console.log(`  ${name.padEnd(26)} ${show(value).padStart(9)} of ${show(BUDGETS[name])}  ${value <= BUDGETS[name] ? 'within' : 'OVER'}`);
}
