import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';

const DIST = 'dist';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : path.endsWith('.html') ? [path] : [];
  });
}

/** The page a site-internal path serves, the way the static server resolves it. */
function pageFor(pathname: string): string | null {
  for (const candidate of [join(DIST, pathname), join(DIST, pathname, 'index.html')]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {}
  }
  return null;
}

const idsOf = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));

test('no internal link or #anchor in dist/ is broken', () => {
  const broken: string[] = [];
  const files = htmlFiles(DIST);
  expect(files.length).toBeGreaterThan(50);
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    const from = '/' + relative(DIST, file).replace(/index\.html$/, '');
    for (const [, href] of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
      const url = new URL(href!.replaceAll('&amp;', '&'), `http://site${from}`);
      if (url.host !== 'site') continue;
      const target = pageFor(decodeURIComponent(url.pathname));
      if (!target) {
        broken.push(`${from} → ${href} (no such page)`);
        continue;
      }
      if (url.hash && target.endsWith('.html') && !idsOf(readFileSync(target, 'utf8')).has(decodeURIComponent(url.hash.slice(1)))) {
        broken.push(`${from} → ${href} (no such anchor)`);
      }
    }
  }
  expect(broken).toEqual([]);
});
