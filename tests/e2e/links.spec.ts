import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';

/** Built pages, and the finder's saved answers (JSON markup, whose links the browser writes into the page). */
function filesWithLinks(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesWithLinks(path);
    return path.endsWith('.html') || /[\\/]finder[\\/]answers[\\/].+\.json$/.test(path)
      ? [path]
      : [];
  });
}

/** The page a site-internal path serves, the way the static server resolves it; null outside the base path. */
function pageFor(dist: string, base: string, pathname: string): string | null {
  if (!pathname.startsWith(base)) return null;
  const sitePath = pathname.slice(base.length - 1);
  for (const candidate of [join(dist, sitePath), join(dist, sitePath, 'index.html')]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // Not there: try the next candidate.
    }
  }
  return null;
}

const idsOf = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));

// dist/ is served at the root; dist-base/ under /ms09-061/, where a link that misses the base is broken.
for (const [dist, base] of [
  ['dist', '/'],
  ['dist-base', '/ms09-061/'],
] as const) {
  test(`no internal link or #anchor in ${dist}/ is broken`, () => {
    test.skip(!existsSync(dist), `needs ${dist}/`);
    const broken: string[] = [];
    const files = filesWithLinks(dist);
    expect(files.some((file) => file.endsWith('.json'))).toBe(true);
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      // A saved answer's links are shown on the page that fetched it, the finder.
      const from = file.endsWith('.json')
        ? `${base}finder/`
        : base + relative(dist, file).replace(/index\.html$/, '');
      for (const href of [...html.matchAll(/\s(?:href|src)="([^"]+)"|"href":"([^"]+)"/g)].map(
        (m) => m[1] ?? m[2],
      )) {
        const url = new URL(href.replaceAll('&amp;', '&'), `http://site${from}`);
        if (url.host !== 'site') continue;
        const target = pageFor(dist, base, decodeURIComponent(url.pathname));
        if (!target) {
          broken.push(`${from} → ${href} (no such page)`);
          continue;
        }
        if (
          url.hash &&
          target.endsWith('.html') &&
          !idsOf(readFileSync(target, 'utf8')).has(decodeURIComponent(url.hash.slice(1)))
        ) {
          broken.push(`${from} → ${href} (no such anchor)`);
        }
      }
    }
    expect(broken).toEqual([]);
  });
}
