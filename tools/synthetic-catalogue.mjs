// Does the build scale? Builds the site with N synthetic update pages added, in a temporary copy of the
// project (node_modules linked, never the working tree), and measures time and peak memory.
//
// The content rules are strict about a bulletin's affected (OS, .NET) pairs: each is served by an
// update the bulletin lists, and a .NET package must serve at least one. So the synthetic updates
// are of the other product the schema knows, Silverlight, which serves no pair (like the
// Silverlight update of the site's first bulletin): they pass every rule as it stands, and nothing
// is relaxed for them. They belong to the first bulletin in src/content/bulletins.
import {
  cpSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { measuredRun } from './measured-run.mjs';

const ROOT = process.cwd();
const LEFT_OUT = new Set(['node_modules', 'dist', '.git', '.astro', 'test-results', 'bench']);
/** Above the real KB numbers (six digits), so no synthetic one can clash with them. */
const FIRST_KB = 9_000_000;

/** A deterministic stream of made-up words, so every run indexes the same text. */
function wordSource(seed) {
  const syllables = [
    'ka',
    'lo',
    'mi',
    'ne',
    'ru',
    'sa',
    'te',
    'vo',
    'xi',
    'zu',
    'bar',
    'cen',
    'dor',
    'fin',
    'gal',
    'hex',
  ];
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state;
  };
  return () =>
    Array.from({ length: 2 + (next() % 3) }, () => syllables[next() % syllables.length]).join('');
}

function sentence(word, length) {
  const words = Array.from({ length }, word);
  return `${words.join(' ')}.`.replace(/^./, (c) => c.toUpperCase());
}

function syntheticUpdate(index, bulletinId) {
  const kb = String(FIRST_KB + index);
  const word = wordSource(index + 1);
  const paragraph = () => Array.from({ length: 3 }, () => sentence(word, 14)).join(' ');
  return `---
kb: "${kb}"
title: Synthetic update ${kb} for the build benchmark
summary: A made-up package that only measures how the build grows. ${sentence(word, 10)}
bulletin: ${bulletinId}
product: Silverlight
otherPlatforms:
  - { platform: Synthetic platform ${index}, component: Synthetic component, severity: Moderate }
cves: [CVE-2009-${String(10000 + index)}]
---

## What it changes

${paragraph()}

${paragraph()}

## How to check it

${paragraph()}

## When it fails

${paragraph()}
`;
}

function countPages(dir) {
  return readdirSync(dir).reduce((sum, name) => {
    const path = join(dir, name);
    return sum + (statSync(path).isDirectory() ? countPages(path) : name.endsWith('.html') ? 1 : 0);
  }, 0);
}

/** Resolves to { updates, pages, seconds, cpuSeconds, peakRss } for a catalogue with `count` synthetic updates. */
export async function buildSyntheticCatalogue(count) {
  const dir = mkdtempSync(join(tmpdir(), `synthetic-catalogue-${count}-`));
  try {
    cpSync(ROOT, dir, {
      recursive: true,
      filter: (source) => !LEFT_OUT.has(relative(ROOT, source).split('/')[0]),
    });
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
    const [bulletinFile] = readdirSync(join(dir, 'src/content/bulletins')).sort();
    const bulletinId = bulletinFile.replace(/\.yaml$/, '');
    for (let i = 0; i < count; i++)
      writeFileSync(
        join(dir, 'src/content/updates', `${FIRST_KB + i}.mdx`),
        syntheticUpdate(i, bulletinId),
      );
    const run = await measuredRun('npm run build', { cwd: dir });
    if (run.code !== 0)
      throw new Error(
        `the build with ${count} synthetic updates failed:\n${run.output.slice(-3000)}`,
      );
    return {
      updates: count,
      pages: countPages(join(dir, 'dist')),
      seconds: run.seconds,
      cpuSeconds: run.cpuSeconds,
      peakRss: run.peakRss,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
