// `npm run bench`: every figure of the performance budgets (issue 14) beside its budget, in one
// table; exits non-zero when a figure is over, and writes bench/results.json and, from it,
// docs/performance.md (tools/write-performance-doc.mjs), where the figures are read: the README
// keeps none, since they depend on the machine and the day.
//
// Bytes are also held by `npm test` (tools/budgets/); timings, Lighthouse and the synthetic
// catalogue live only here, because they depend on the machine and take minutes. Run it on an
// idle machine: the wall-clock figures are the budget's, and other work inflates them (processor
// time, shown beside them, is what other work does not inflate).
import { spawn } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build as bundle } from 'esbuild';
import { arch, cpus, loadavg, release, tmpdir, totalmem, type } from 'node:os';
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { findChromium, HOW_TO_GET_ONE } from './chromium.ts';
import { KB, ONE_ROUND_TRIP, PAGE_BUDGETS, STARTER, WITH_FINDER } from './budgets/page-budgets.ts';
import { compressed, pageTypeSamples, weighSite } from './budgets/page-weights.ts';
import { measuredRun } from './measured-run.mjs';
import { buildSyntheticCatalogue } from './synthetic-catalogue.mjs';
import { RESULTS, writePerformanceDoc } from './write-performance-doc.mjs';

const PORT = Number(process.env.BENCH_PORT ?? 4399);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const MB = 1024 * 1024;
// Without these, headless Chromium keeps calling Google services this network refuses.
const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Budgets that are not page weights (those are in tools/budgets/page-budgets.ts). */
const BUDGETS = {
  identifierAnswer: 5 * KB,
  firstSearch: 100 * KB,
  lighthouse: 100,
  buildSeconds: 30,
  /** A third of this machine kind's 24 GiB: the 10,000-page build must leave room for the rest. */
  peakMemory: 8 * 1024 * MB,
  /** Processor time per page at 10,000 updates over that at 1,000: above 1, the build grows faster than linearly. */
  growth: 1,
  /** The log reader's analysis of a 50 MB UTF-16 log (issue 11). */
  logReaderMs: 5000,
  /** The report of a 5 MB log, the first screen a person waits for (issue 22). */
  firstScreenMs: 1000,
};
const LOG_BYTES = 50 * MB;
const SYNTHETIC_SIZES = [1_000, 10_000];
/**
 * An update of the site's, whichever bulletins it covers: the first of the list search answers KB
 * numbers from (read from the build, so that no tool names a catalogue entry).
 */
const sampleKb = () =>
  Object.keys(JSON.parse(readFileSync('dist/search/kbs.json', 'utf8')).updates)[0];
/** An error code as Windows Update shows it: answered from the error list, not the KB one. */
const ERROR_CODE_QUERY = '0x80070643';
const WORDS_QUERY = 'reinstall';

const FINDER_SHARED_LINK = PAGE_BUDGETS.find(
  (budget) => budget.name === 'finder, shared answer',
).sample;
/** The search page opened with an update's KB number: its answer is that update's page. */
const searchSharedLink = () => `/search/?q=KB${sampleKb()}`;

// `npm run bench -- --pages`: only what the built dist/ shows (page weights, the in-browser costs and
// Lighthouse), for a quick look while working on pages. The full run, which alone writes
// bench/results.json and docs/performance.md, also builds, times the log reader and builds the synthetic catalogues.
const PAGES_ONLY = process.argv.includes('--pages');

const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
const figures = [];
/** One row of the table: `within` is false when the figure is over its budget. */
function figure(name, shown, budgetShown, within, value, budget) {
  figures.push({ name, shown, budget: budgetShown, within, value, budgetValue: budget });
  console.error(`  ${within ? 'ok  ' : 'OVER'} ${name}: ${shown}`);
}

async function serve() {
  const server = spawn(process.execPath, ['tools/serve.mjs', 'dist'], {
    env: { ...process.env, PORT: String(PORT) },
    stdio: 'ignore',
  });
  for (let tries = 0; tries < 50; tries++) {
    try {
      await fetch(`${ORIGIN}/`);
      return server;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  server.kill();
  throw new Error(`the static server did not answer on ${ORIGIN}`);
}

/**
 * Run in the page before its first script: `window.answerShown` settles with the moment an answer
 * matching `selector` is added to the page, seen by a MutationObserver before anything started
 * after it can arrive. With a `query`, only an answer added while the search field holds all of it
 * counts: the results for "rei", shown while "reinstall" is still being typed, do not stop the count.
 */
function watchForAnswer({ selector, query }) {
  window.answerShown = new Promise((resolve) => {
    const observer = new MutationObserver((records) => {
      for (const node of records.flatMap((record) => [...record.addedNodes])) {
        if (!(node instanceof Element)) continue;
        const answer = node.matches(selector) ? node : node.querySelector(selector);
        const field = answer?.closest('search-panel')?.querySelector('input[name="q"]');
        if (answer && (query === undefined || field?.value.trim() === query)) {
          observer.disconnect();
          resolve(performance.now());
          return;
        }
      }
    });
    observer.observe(document, { childList: true, subtree: true });
  });
}

/**
 * Every byte fetched until an answer is on screen, as the local server compresses it (as a host
 * does; Pagefind's files are compressed already), and how long that took. Without `typing`, from
 * the navigation on, the page itself included: what a page fetches by itself as it opens. With it,
 * the page is loaded and idle first, and only what the typing fetches counts. The service worker is
 * blocked: its precaching starts after the page and is not part of what the visitor waits for.
 */
async function fetchedUntilShown(browser, address, answer, typing) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.addInitScript(watchForAnswer, answer);
  await page.goto(`${ORIGIN}${address}`);
  let since = 0;
  if (typing) {
    await page.waitForLoadState('networkidle');
    since = await page.evaluate(() => performance.now());
    await typing(page);
  }
  const cost = await page.evaluate(async (since) => {
    const shownAt = await window.answerShown;
    const navigation =
      since === 0 ? performance.getEntriesByType('navigation')[0].encodedBodySize : 0;
    const resources = performance
      .getEntriesByType('resource')
      .filter((entry) => entry.startTime >= since && entry.responseEnd <= shownAt);
    return {
      bytes: navigation + resources.reduce((sum, entry) => sum + entry.encodedBodySize, 0),
      milliseconds: shownAt - since,
    };
  }, since);
  await context.close();
  return cost;
}

/** A query typed in the search dialog of an update page, key by key as a quick typist: a search that waits for nothing is measured on what it fetches. */
function searchCost(browser, query, selector) {
  return fetchedUntilShown(browser, `/kb/${sampleKb()}/`, { selector, query }, async (page) => {
    await page.keyboard.press('Control+K');
    await page.keyboard.type(query, { delay: 150 });
  });
}

async function searchCosts(browser) {
  return {
    identifier: await searchCost(
      browser,
      `KB${sampleKb()}`,
      'dialog [data-results] > li[data-identifier="page"]',
    ),
    errorCode: await searchCost(
      browser,
      ERROR_CODE_QUERY,
      'dialog [data-results] > li[data-identifier="page"]',
    ),
    words: await searchCost(
      browser,
      WORDS_QUERY,
      'dialog [data-results] > li:not([data-identifier])',
    ),
  };
}

/**
 * Pages that fetch more as they open, without the visitor acting: the finder opened from a shared
 * link loads its answering code and table, the search page opened with a query loads search. The
 * static weights (tools/budgets/) count only what the HTML names, so these are measured in the
 * browser, from the navigation until the answer is on screen.
 */
async function openingCosts(browser) {
  return {
    finder: (
      await fetchedUntilShown(browser, FINDER_SHARED_LINK, { selector: '[data-answer] a[href]' })
    ).bytes,
    search: (
      await fetchedUntilShown(browser, searchSharedLink(), {
        selector: 'main [data-results] > li[data-identifier="page"]',
        query: new URL(searchSharedLink(), ORIGIN).searchParams.get('q'),
      })
    ).bytes,
  };
}

async function lighthouseScores(executablePath) {
  const chrome = await chromeLauncher.launch({
    chromePath: executablePath,
    chromeFlags: CHROMIUM_FLAGS,
  });
  try {
    const scores = [];
    for (const {
      budget: { name },
      sample,
    } of pageTypeSamples()) {
      const { lhr } = await lighthouse(`${ORIGIN}${sample}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
      });
      const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
      const failing = Object.values(lhr.audits)
        .filter(
          (audit) =>
            audit.score !== null &&
            audit.score < 1 &&
            audit.scoreDisplayMode !== 'informative' &&
            audit.scoreDisplayMode !== 'manual',
        )
        .filter((audit) =>
          categories.some((c) =>
            lhr.categories[c].auditRefs.some((ref) => ref.id === audit.id && ref.weight > 0),
          ),
        )
        .map((audit) => audit.id);
      scores.push({
        name,
        sample,
        scores: categories.map((c) => Math.round(lhr.categories[c].score * 100)),
        failing,
      });
    }
    return scores;
  } finally {
    chrome.kill();
  }
}

console.error(
  `Bench on ${cpus().length} cores, ${(totalmem() / 1024 / MB).toFixed(0)} GiB, load average ${loadavg()[0].toFixed(1)}, Node ${process.version}`,
);

if (!PAGES_ONLY) {
  console.error('Building…');
  const build = await measuredRun('npm run build');
  if (build.code !== 0) throw new Error(`npm run build failed:\n${build.output.slice(-3000)}`);
  figure(
    'Build and index (npm run build), wall clock',
    `${build.seconds.toFixed(1)} s (processor ${build.cpuSeconds.toFixed(1)} s, peak ${(build.peakRss / MB).toFixed(0)} MB)`,
    `${BUDGETS.buildSeconds} s`,
    build.seconds <= BUDGETS.buildSeconds,
    build.seconds,
    BUDGETS.buildSeconds,
  );
}

const site = weighSite();
for (const problem of site.problems) console.error(`  ${problem}`);
for (const { budget, pages, weight, problems } of site.types) {
  const within = weight.total <= budget.budget && problems.length === 0;
  figure(
    `First view, ${budget.name} (heaviest of ${pages})`,
    kb(weight.total),
    kb(budget.budget),
    within,
    weight.total,
    budget.budget,
  );
}
// The finder's data grows with every bulletin: its packed table (fetched when it first answers) and
// the answers saved for shared links. No budget of their own; the figures say how they grow
// (the first bulletin alone, at 9d647a3: table 3.1 KB compressed, 264 saved answers, 890 KB in all).
const finderTable = readFileSync('dist/finder/table.json');
figure(
  'Finder table (table.json), compressed, every bulletin',
  kb(compressed(finderTable)),
  'said, no budget',
  true,
  compressed(finderTable),
  0,
);
const savedAnswers = readdirSync('dist/finder/answers', { recursive: true }).filter((name) =>
  String(name).endsWith('.json'),
);
const savedBytes = savedAnswers.reduce(
  (sum, name) => sum + statSync(join('dist/finder/answers', String(name))).size,
  0,
);
figure(
  'Finder answers saved for shared links',
  `${savedAnswers.length} files, ${kb(savedBytes)} uncompressed`,
  'said, no budget',
  true,
  savedBytes,
  0,
);
const starter = Math.max(...site.types.map((t) => t.weight.inlineJs));
figure(
  'Inline starter, the only script before the visitor acts',
  kb(starter),
  kb(STARTER),
  starter <= STARTER,
  starter,
  STARTER,
);
const untooled = site.types.filter((t) => !t.budget.tool);
const scriptFiles = Math.max(...untooled.map((t) => t.weight.js));
figure(
  'Script files loaded before the visitor acts, pages without a tool',
  kb(scriptFiles),
  kb(0),
  scriptFiles === 0,
  scriptFiles,
  0,
);

const found = findChromium();
if (!found) throw new Error(HOW_TO_GET_ONE);
const executablePath = found.executablePath ?? chromium.executablePath();
const server = await serve();
try {
  console.error('Searching…');
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_FLAGS.slice(1) });
  let costs;
  let opening;
  try {
    costs = await searchCosts(browser);
    opening = await openingCosts(browser);
  } finally {
    await browser.close();
  }
  figure(
    `Identifier answer ("KB${sampleKb()}" on an update page), fetched until shown`,
    `${kb(costs.identifier.bytes)} (${costs.identifier.milliseconds.toFixed(0)} ms)`,
    kb(BUDGETS.identifierAnswer),
    costs.identifier.bytes <= BUDGETS.identifierAnswer,
    costs.identifier.bytes,
    BUDGETS.identifierAnswer,
  );
  figure(
    `Identifier answer ("${ERROR_CODE_QUERY}" on an update page), fetched until shown`,
    `${kb(costs.errorCode.bytes)} (${costs.errorCode.milliseconds.toFixed(0)} ms)`,
    kb(BUDGETS.identifierAnswer),
    costs.errorCode.bytes <= BUDGETS.identifierAnswer,
    costs.errorCode.bytes,
    BUDGETS.identifierAnswer,
  );
  figure(
    `First full-text search ("${WORDS_QUERY}" on an update page), fetched until shown`,
    `${kb(costs.words.bytes)} (${costs.words.milliseconds.toFixed(0)} ms)`,
    kb(BUDGETS.firstSearch),
    costs.words.bytes <= BUDGETS.firstSearch,
    costs.words.bytes,
    BUDGETS.firstSearch,
  );
  figure(
    `Finder opened from a shared link (${FINDER_SHARED_LINK}), fetched until its answer shows`,
    kb(opening.finder),
    kb(WITH_FINDER),
    opening.finder <= WITH_FINDER,
    opening.finder,
    WITH_FINDER,
  );
  figure(
    `Search page opened with a query (${searchSharedLink()}), fetched until its answer shows`,
    kb(opening.search),
    kb(ONE_ROUND_TRIP),
    opening.search <= ONE_ROUND_TRIP,
    opening.search,
    ONE_ROUND_TRIP,
  );

  console.error('Lighthouse (mobile)…');
  for (const { name, sample, scores, failing } of await lighthouseScores(executablePath)) {
    const within = scores.every((score) => score >= BUDGETS.lighthouse);
    figure(
      `Lighthouse mobile, ${name} (${sample})`,
      `${scores.join(' / ')}${failing.length > 0 ? ` — ${failing.join(', ')}` : ''}`,
      '100 / 100 / 100 / 100',
      within,
      scores,
      BUDGETS.lighthouse,
    );
  }
} finally {
  server.kill();
}

/**
 * The reader's analysis of a generated UTF-16 log of so many bytes, in Node, with the code the
 * worker runs: src/features/log-reader is bundled by esbuild (its imports have no extensions,
 * which Node wants).
 */
async function logReaderTiming(bytes) {
  const outfile = join(mkdtempSync(join(tmpdir(), 'bench-log-reader-')), 'reader.mjs');
  await bundle({
    stdin: {
      contents:
        "export { readLogChunks, chunksOf } from './src/features/log-reader/read-log'; export { largeLog } from './tools/large-log';",
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    // Vite's build-time constant, which src/site/routes.ts reads; outside Vite it must be given.
    define: { 'import.meta.env': JSON.stringify({ BASE_URL: '/' }) },
    outfile,
    logLevel: 'silent',
  });
  const { readLogChunks, chunksOf, largeLog } = await import(pathToFileURL(outfile).href);
  const log = largeLog(bytes, 'utf-16le-bom');
  const started = performance.now();
  const report = await readLogChunks(chunksOf(log.bytes), {
    catalogue: {},
    knownKbs: new Set(),
    fileName: 'MSI50mb.LOG',
  });
  const elapsed = performance.now() - started;
  if (report.outcome !== 'failed')
    throw new Error(`The generated log should fail, the reader says ${report.outcome}`);
  return elapsed;
}

/** Prints the table of every figure beside its budget; true when all are within. */
function printTable() {
  const rows = [
    ['figure', 'measured', 'budget', ''],
    ...figures.map((f) => [f.name, f.shown, f.budget, f.within ? 'ok' : 'OVER']),
  ];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  console.log(
    `\n${rows
      .map((row) =>
        row
          .map((cell, i) => cell.padEnd(widths[i]))
          .join('  ')
          .trimEnd(),
      )
      .join('\n')}`,
  );
  const over = figures.filter((f) => !f.within);
  console.log(
    over.length === 0
      ? '\nEvery figure within its budget.'
      : `\n${over.length} figure${over.length === 1 ? '' : 's'} over budget.`,
  );
  return over.length === 0 && site.problems.length === 0;
}

if (PAGES_ONLY) process.exit(printTable() ? 0 : 1);

const firstScreenMs = await logReaderTiming(5 * 1024 * 1024);
figure(
  "Log reader, a 5 MB UTF-16 log's report (Node, the worker's code)",
  `${Math.round(firstScreenMs)} ms`,
  `${BUDGETS.firstScreenMs} ms`,
  firstScreenMs <= BUDGETS.firstScreenMs,
  firstScreenMs,
  BUDGETS.firstScreenMs,
);

const readerMs = await logReaderTiming(LOG_BYTES);
figure(
  "Log reader, a 50 MB UTF-16 log analysed (Node, the worker's code)",
  `${Math.round(readerMs)} ms`,
  `${BUDGETS.logReaderMs} ms`,
  readerMs <= BUDGETS.logReaderMs,
  readerMs,
  BUDGETS.logReaderMs,
);

const synthetic = [];
for (const count of SYNTHETIC_SIZES) {
  console.error(`Building with ${count.toLocaleString('en')} synthetic updates…`);
  const run = await buildSyntheticCatalogue(count);
  synthetic.push(run);
  figure(
    `Build with ${count.toLocaleString('en')} synthetic update pages (${run.pages.toLocaleString('en')} pages), peak memory`,
    `${(run.peakRss / MB).toFixed(0)} MB (wall ${run.seconds.toFixed(0)} s, processor ${run.cpuSeconds.toFixed(0)} s)`,
    `${(BUDGETS.peakMemory / MB).toFixed(0)} MB`,
    run.peakRss <= BUDGETS.peakMemory,
    run.peakRss,
    BUDGETS.peakMemory,
  );
}
const [small, large] = synthetic;
const growth = large.cpuSeconds / large.pages / (small.cpuSeconds / small.pages);
figure(
  `Processor time per page, ${large.updates.toLocaleString('en')} synthetic updates over ${small.updates.toLocaleString('en')}`,
  `${growth.toFixed(2)}×`,
  `≤ ${BUDGETS.growth.toFixed(2)}× (linear)`,
  growth <= BUDGETS.growth,
  growth,
  BUDGETS.growth,
);

const within = printTable();

mkdirSync('bench', { recursive: true });
const results = {
  date: new Date().toISOString(),
  machine: {
    os: `${type()} ${release()} (${arch()})`,
    cpu: cpus()[0]?.model.trim(),
    cores: cpus().length,
    memory: totalmem(),
    loadAverage: loadavg()[0],
    node: process.version,
  },
  // `shown` and `budgetShown` are the table's text, with units and detail, for docs/performance.md.
  figures: figures.map(({ name, value, budgetValue, within, shown, budget }) => ({
    name,
    value,
    budget: budgetValue,
    within,
    shown,
    budgetShown: budget,
  })),
  pageTypes: site.types.map(({ budget, pages, heaviest, weight }) => ({
    name: budget.name,
    pages,
    heaviest,
    ...weight,
  })),
  synthetic,
};
writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
console.log(`Wrote ${RESULTS} and ${await writePerformanceDoc()}.`);

process.exit(within ? 0 : 1);
