/**
 * Addresses are checked by what must hold for the bulletin's KBs and pairs (typed by hand in
 * tests/fixtures/reference-rows.ts), and by how the rest of the site reads them back, not by
 * restating how each one is built.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseKbNumber } from '../../../src/identifiers/kb-number';
import {
  fixPath,
  contentHref,
  finderPath,
  guidePath,
  kbAliases,
  updatePath,
  ogImagePath,
  withoutBase,
} from '../../../src/site/routes';
import { searchQueryFromPath } from '../../../src/features/search/query-from-path';
import { ALL_KBS, REFERENCE_PAIRS } from '../../fixtures/reference-rows';

/** An address a person can copy as it is: lowercase, nothing to escape, a trailing slash. */
const isPlainAddress = (path: string) =>
  path === path.toLowerCase() &&
  encodeURI(path) === path &&
  path.startsWith('/') &&
  path.endsWith('/');

describe('update page addresses', () => {
  it('give each of the twelve KBs of the bulletin an address of its own', () => {
    expect(new Set(ALL_KBS.map(updatePath)).size).toBe(12);
  });

  it('are plain addresses', () => {
    expect(ALL_KBS.map(updatePath).filter((path) => !isPlainAddress(path))).toEqual([]);
  });

  it('are read back as the same KB by the not-found page, so a mistyped neighbour searches for it', () => {
    expect(ALL_KBS.map((kb) => searchQueryFromPath(updatePath(kb)))).toEqual(
      ALL_KBS.map((kb) => `KB${kb}`),
    );
  });
});

describe('KB aliases', () => {
  it('are each read as the KB they stand for', () => {
    for (const kb of ALL_KBS)
      expect(kbAliases(kb).map(parseKbNumber), kb).toEqual(kbAliases(kb).map(() => kb));
  });

  it('never take the address of the update page itself', () => {
    for (const kb of ALL_KBS)
      expect(
        kbAliases(kb).map((alias) => updatePath(alias)),
        kb,
      ).not.toContain(updatePath(kb));
  });

  it('include the KB-prefixed form in capitals and in lower case, the two people type', () => {
    expect(kbAliases('953297').toSorted()).toEqual(['KB953297', 'kb953297']);
  });
});

describe('fix page addresses', () => {
  it('give each (Windows, .NET) pair of the bulletin an address of its own', () => {
    const pairs = REFERENCE_PAIRS.map((pair) => `${pair.os} ${pair.framework}`);
    expect(
      new Set(REFERENCE_PAIRS.map((pair) => fixPath('ms09-061', pair.os, pair.framework))).size,
    ).toBe(new Set(pairs).size);
  });

  it('are plain addresses', () => {
    expect(
      REFERENCE_PAIRS.map((pair) => fixPath('ms09-061', pair.os, pair.framework)).filter(
        (path) => !isPlainAddress(path),
      ),
    ).toEqual([]);
  });
});

describe('guide addresses', () => {
  it("are read back as the guide's words by the not-found page", () => {
    expect(searchQueryFromPath(guidePath('read-the-setup-logs'))).toMatch(/read the setup logs$/);
  });
});

describe('under a base path', () => {
  beforeEach(() => {
    vi.stubEnv('BASE_URL', '/ms09-061/');
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('puts every page path under the base', () => {
    expect(updatePath('953297')).toBe('/ms09-061/kb/953297/');
    expect(fixPath('ms10-070', 'windows-xp-sp2-sp3-x86', 'net-3-5-sp1')).toBe(
      '/ms09-061/fix/ms10-070/windows-xp-sp2-sp3-x86/net-3-5-sp1/',
    );
    expect(finderPath('?os=windows-xp-sp2-sp3')).toBe('/ms09-061/finder/?os=windows-xp-sp2-sp3');
  });

  it('reads a served path back as a route from the root', () => {
    expect(withoutBase('/ms09-061/kb/999999/')).toBe('/kb/999999/');
    expect(withoutBase('/other/kb/999999/')).toBe('/other/kb/999999/');
  });

  it('gives content links written from the root the base, and leaves other links alone', () => {
    expect(contentHref('/kb/953297/')).toBe('/ms09-061/kb/953297/');
    expect(contentHref('https://www.microsoft.com/')).toBe('https://www.microsoft.com/');
    expect(contentHref('//cdn.example/x')).toBe('//cdn.example/x');
    expect(contentHref('#download')).toBe('#download');
  });

  it("names a page's preview image after the page, under the base", () => {
    expect(ogImagePath('/ms09-061/kb/953297/')).toBe('/ms09-061/og/kb/953297.png');
  });
});

/** The first folder of every page address on the site, typed by hand from dist/. */
const ROUTE_FOLDERS = [
  'kb',
  'fix',
  'errors',
  'guides',
  'tools',
  'finder',
  'search',
  'bulletins',
  'og',
  'pagefind',
];
/** A string or template literal that starts with one of those folders: "/kb/…", `/fix/${…}`, '/finder/'. */
const PATH_LITERAL = new RegExp(`["'\`]/(?:${ROUTE_FOLDERS.join('|')})(?:[/"'\`?#]|$)`);
/** Where templates and browser code live: routes, the site's frame and every feature. */
const TEMPLATE_FOLDERS = ['src/pages', 'src/site', 'src/features'];

/** Every source file under a folder, recursively. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory()
      ? sourceFiles(path)
      : /\.(astro|ts|js)$/.test(entry.name)
        ? [path]
        : [];
  });
}

/** Code without its comments, which may name an address to explain it. */
const withoutComments = (code: string) =>
  code
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/(^|\s)\/\/.*$/gm, '$1');

describe('pages, components, layouts and browser scripts', () => {
  it('take every address from src/site/routes.ts, writing no path literal of their own', () => {
    const found = TEMPLATE_FOLDERS.flatMap(sourceFiles)
      .filter((file) => file !== join('src/site/routes.ts'))
      .flatMap((file) =>
        withoutComments(readFileSync(file, 'utf8'))
          .split('\n')
          .filter((line) => PATH_LITERAL.test(line))
          .map((line) => `${file}: ${line.trim()}`),
      );
    expect(found).toEqual([]);
  });
});
