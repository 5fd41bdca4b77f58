/**
 * A copy of the project in a temporary folder, for tests that run Astro on changed content. It has
 * its own caches: every package is linked, but Astro's and Vite's cache folders are not, since the
 * copy's data store must not be written where `astro check`, running at the same time, writes the
 * real one.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve('.');

/** The copy's folder, after `change` has edited it (broken content, a bulletin added). */
export function projectCopy(prefix: string, change: (dir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const item of [
    'astro.config.mjs',
    'package.json',
    'tsconfig.json',
    'src',
    'public',
    'tools',
  ])
    cpSync(join(ROOT, item), join(dir, item), { recursive: true });
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (!/^\.(astro|vite)/.test(name))
      symlinkSync(join(ROOT, 'node_modules', name), join(dir, 'node_modules', name));
  }
  change(dir);
  return dir;
}
