// Writes docs/performance.md from bench/results.json (tools/performance-doc.ts), formatted by
// Prettier so that `npm run format:check` accepts it as written. `npm run bench` calls it after a
// full run; `npm run bench:doc` writes the page again from the results already there, without
// measuring anything.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { performanceDoc } from './performance-doc.ts';

export const RESULTS = 'bench/results.json';
export const DOC = 'docs/performance.md';

/** Reads the results, writes the page; returns the page's path. */
export async function writePerformanceDoc(results = RESULTS, doc = DOC) {
  const markdown = performanceDoc(JSON.parse(readFileSync(results, 'utf8')));
  const options = (await resolveConfig(resolve(doc))) ?? {};
  mkdirSync(dirname(doc), { recursive: true });
  writeFileSync(doc, await format(markdown, { ...options, filepath: doc }));
  return doc;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(`Wrote ${await writePerformanceDoc()} from ${RESULTS}.`);
}
