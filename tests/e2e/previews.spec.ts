/**
 * What a pasted link shows and what crawlers find, read from the two builds `npm test` makes:
 * dist/ without SITE_URL, dist-base/ with SITE_URL=https://example.org and BASE_PATH=/ms09-061/.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { MS10_070_FIX_PAIRS } from '../fixtures/ms10-070-entries';
import { MS10_070_KBS } from '../fixtures/ms10-070-reference';
import { ALL_KBS, REFERENCE_PAIRS } from '../fixtures/reference-rows';
import { htmlFiles } from '../../tools/html-files';

const SITE = 'https://example.org/ms09-061';
/** One error page per content file, named by its decimal code (src/content/errors/1603.yaml → /errors/1603/). */
const ERROR_CODES = readdirSync('src/content/errors').map((file) => file.replace(/\.yaml$/, ''));
const GUIDES = [
  'error-0x643-1603',
  'install-the-update-by-hand',
  'read-the-setup-logs',
  'reinstall-dotnet-in-order',
];

const page = (dist: string, path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
const attribute = (html: string, pattern: RegExp) => pattern.exec(html)?.[1];
const canonical = (html: string) => attribute(html, /<link rel="canonical" href="([^"]+)"/);
const meta = (html: string, key: string) =>
  attribute(html, new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`));

test.skip(!existsSync('dist-base'), 'needs dist-base/ (npm run build:base)');

const SAMPLES = [
  'kb/953297',
  'fix/ms09-061/windows-xp-sp2-sp3-x86/net-1-1-sp1',
  'fix/ms10-070/windows-7-x64/net-4-0',
  'bulletins/ms10-070',
  'guides/read-the-setup-logs',
  'bulletins/ms09-061',
  'finder',
  '',
];

for (const path of SAMPLES) {
  test(`with SITE_URL, /${path} has an absolute canonical address equal to its og:url`, () => {
    const html = page('dist-base', path);
    const expected = `${SITE}/${path}${path ? '/' : ''}`;
    expect(canonical(html)).toBe(expected);
    expect(meta(html, 'og:url')).toBe(expected);
  });
}

test('with SITE_URL, the 404 page names no canonical address and no robots rule, since hosts answer it with status 404', () => {
  const html = readFileSync('dist-base/404.html', 'utf8');
  expect(canonical(html)).toBeUndefined();
  expect(meta(html, 'robots')).toBeUndefined();
});

test('without SITE_URL, pages leave out canonical, og:url and og:image rather than guess a domain', () => {
  const html = page('dist', 'kb/953297');
  expect(canonical(html)).toBeUndefined();
  expect(meta(html, 'og:url')).toBeUndefined();
  expect(meta(html, 'og:image')).toBeUndefined();
  expect(meta(html, 'og:title')).toBe('KB953297: Security update for .NET Framework 1.1 SP1');
});

test('an update page preview names the fix, with a large image card', () => {
  const html = page('dist-base', 'kb/974417');
  expect(meta(html, 'og:title')).toContain('KB974417');
  expect(meta(html, 'og:image')).toBe(`${SITE}/og/kb/974417.png`);
  expect(meta(html, 'og:image:width')).toBe('1200');
  expect(meta(html, 'og:image:height')).toBe('630');
  expect(meta(html, 'twitter:card')).toBe('summary_large_image');
  expect(meta(html, 'twitter:image')).toBe(`${SITE}/og/kb/974417.png`);
});

test('a fix page preview points at its own image', () => {
  expect(
    meta(page('dist-base', 'fix/ms09-061/windows-vista-sp2-x86/net-2-0-sp2'), 'og:image'),
  ).toBe(`${SITE}/og/fix/ms09-061/windows-vista-sp2-x86/net-2-0-sp2.png`);
});

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(file: string) {
  const bytes = readFileSync(file);
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('every update page has a 1200×630 PNG preview image', () => {
  for (const kb of ALL_KBS)
    expect(pngSize(`dist/og/kb/${kb}.png`), kb).toEqual({ width: 1200, height: 630 });
});

test('every fix page has a 1200×630 PNG preview image', () => {
  for (const pair of REFERENCE_PAIRS) {
    expect(
      pngSize(`dist/og/fix/ms09-061/${pair.os}/${pair.framework}.png`),
      `${pair.os} ${pair.framework}`,
    ).toEqual({ width: 1200, height: 630 });
  }
});

test('every error page has a 1200×630 PNG preview image', () => {
  for (const code of ERROR_CODES)
    expect(pngSize(`dist/og/errors/${code}.png`), code).toEqual({ width: 1200, height: 630 });
});

for (const dist of ['dist', 'dist-base']) {
  test(`every page of ${dist}/ has a title and a description of its own`, () => {
    const seen = { title: new Map<string, string>(), description: new Map<string, string>() };
    const repeated: string[] = [];
    for (const file of htmlFiles(dist)) {
      const html = readFileSync(file, 'utf8');
      const values = {
        title: attribute(html, /<title>([^<]+)<\/title>/),
        description: meta(html, 'description'),
      };
      for (const key of ['title', 'description'] as const) {
        expect(values[key], `${file} ${key}`).toBeTruthy();
        const other = seen[key].get(values[key]!);
        if (other) repeated.push(`${key} of ${relative(dist, file)} repeats ${other}`);
        seen[key].set(values[key]!, relative(dist, file));
      }
    }
    expect(repeated).toEqual([]);
  });
}

test('the sitemap lists every update, fix, error, guide, tool and index page, and no alias, search or 404 page', () => {
  expect(readFileSync('dist-base/sitemap-index.xml', 'utf8')).toContain(
    `<loc>${SITE}/sitemap-0.xml</loc>`,
  );
  const listed = [
    ...readFileSync('dist-base/sitemap-0.xml', 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g),
  ]
    .map((m) => m[1])
    .sort();
  const expected = [
    '',
    'finder/',
    'kb/',
    'fix/',
    'guides/',
    'errors/',
    'bulletins/',
    'bulletins/ms09-061/',
    'bulletins/ms09-061/details/',
    'bulletins/ms10-070/',
    'bulletins/ms10-070/details/',
    'tools/error-code/',
    'tools/log-reader/',
    ...ALL_KBS.map((kb) => `kb/${kb}/`),
    ...MS10_070_KBS.map((kb) => `kb/${kb}/`),
    ...REFERENCE_PAIRS.map((pair) => `fix/ms09-061/${pair.os}/${pair.framework}/`),
    ...MS10_070_FIX_PAIRS.map((pair) => `fix/ms10-070/${pair}/`),
    ...GUIDES.map((slug) => `guides/${slug}/`),
    ...ERROR_CODES.map((code) => `errors/${code}/`),
  ].map((path) => `${SITE}/${path}`);
  expect(listed).toEqual([...new Set(expected)].sort());
});

test('robots.txt names the sitemap when the public address is known, and only then', () => {
  expect(readFileSync('dist-base/robots.txt', 'utf8')).toContain(
    `Sitemap: ${SITE}/sitemap-index.xml`,
  );
  expect(readFileSync('dist/robots.txt', 'utf8')).not.toContain('Sitemap:');
  expect(existsSync('dist/sitemap-index.xml')).toBe(false);
});
