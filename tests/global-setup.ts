/**
 * The end-to-end tests read and serve dist/. Against a missing or stale build they would fail in
 * confusing ways (a build without the search index gave 29 time-outs), so they refuse to start.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SOURCES = ['src', 'public', 'astro.config.mjs', 'package.json'];
const REBUILD = 'Run `npm run build` first (`npm test` builds for you).';

/** The newest file under a path, with its modification time. */
function newest(path: string): { path: string; time: number } {
  const stats = statSync(path);
  if (!stats.isDirectory()) return { path, time: stats.mtimeMs };
  return readdirSync(path)
    .map((name) => newest(join(path, name)))
    .reduce((a, b) => (b.time > a.time ? b : a), { path, time: 0 });
}

const exists = (path: string) => {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
};

/** What is wrong with dist/, in one line, or null when it is a build of the current sources. */
export function distProblem(): string | null {
  if (!exists('dist/index.html')) return 'dist/ has no build.';
  if (!exists('dist/pagefind/pagefind.js')) return 'dist/ has no search index (dist/pagefind/): the build stopped before Pagefind ran.';
  const built = statSync('dist/index.html').mtimeMs;
  const changed = SOURCES.filter(exists)
    .map(newest)
    .reduce((a, b) => (b.time > a.time ? b : a));
  if (changed.time > built) return `dist/ is older than ${changed.path}.`;
  return null;
}

export default function globalSetup() {
  const problem = distProblem();
  if (problem) throw new Error(`${problem} ${REBUILD}`);
}
