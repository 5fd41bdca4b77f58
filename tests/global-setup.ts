/**
 * The end-to-end tests read and serve dist/ and dist-base/. Against a missing or stale build they
 * would fail in confusing ways (a build without the search index gave 29 time-outs), so they
 * refuse to start.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SOURCES = ['src', 'public', 'astro.config.mjs', 'package.json'];
const REBUILD: Record<string, string> = {
  dist: 'Run `npm run build` first (`npm test` builds for you).',
  'dist-base':
    'Run `npm run build:base`, or delete dist-base/ to skip the base-path tests (`npm test` builds both).',
};

/** The newest file under a path, with its modification time. */
function newest(path: string): { path: string; time: number } {
  const stats = statSync(path);
  if (!stats.isDirectory()) return { path, time: stats.mtimeMs };
  return readdirSync(path)
    .map((name) => newest(join(path, name)))
    .reduce((a, b) => (b.time > a.time ? b : a), { path, time: 0 });
}

/** What is wrong with a build folder (dist/, dist-base/), in one line, or null when it is a build of the current sources. */
export function buildProblem(dir: string): string | null {
  if (!existsSync(`${dir}/index.html`)) return `${dir}/ has no build.`;
  if (!existsSync(`${dir}/pagefind/pagefind.js`))
    return `${dir}/ has no search index (${dir}/pagefind/): the build stopped before Pagefind ran.`;
  if (!existsSync(`${dir}/sw.js`))
    return `${dir}/ has no service worker (${dir}/sw.js): the build stopped before tools/finish-build.mjs ran.`;
  const built = statSync(`${dir}/index.html`).mtimeMs;
  const changed = SOURCES.filter((source) => existsSync(source))
    .map(newest)
    .reduce((a, b) => (b.time > a.time ? b : a));
  if (changed.time > built) return `${dir}/ is older than ${changed.path}.`;
  return null;
}

export default function globalSetup() {
  // dist-base/ may be missing when single specs run after `npm run build` alone (playwright.config.ts
  // then skips the base-path project); on CI it must be there.
  const folders = existsSync('dist-base') || process.env.CI ? ['dist', 'dist-base'] : ['dist'];
  for (const dir of folders) {
    const problem = buildProblem(dir);
    if (problem) throw new Error(`${problem} ${REBUILD[dir]}`);
  }
}
