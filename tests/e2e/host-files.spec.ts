/** The files a static host reads beside the pages, and the headers the test server sends from them. */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { metaPolicy } from '../../src/site/csp';
import { ALL_KBS } from '../fixtures/reference-rows';

/** `_headers`: a path line, then indented "Name: value" lines; anything else fails the test. */
function parseHeaders(text: string) {
  const rules: { pattern: string; headers: Record<string, string> }[] = [];
  for (const line of text.split('\n').filter((l) => l.trim())) {
    if (!line.startsWith(' ')) {
      expect(line, 'a rule starts with a path').toMatch(/^\/\S*$/);
      rules.push({ pattern: line, headers: {} });
      continue;
    }
    const header = /^\s+([A-Za-z-]+): (.+)$/.exec(line);
    expect(header, `header line: ${line}`).not.toBeNull();
    rules.at(-1)!.headers[header![1]] = header![2]!;
  }
  return rules;
}

const directives = (policy: string) =>
  policy
    .split(';')
    .map((d) => d.trim().replace(/\s+/g, ' '))
    .filter(Boolean)
    .sort();
const sourcesByDirective = (list: string[]) =>
  new Map(list.map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));

for (const [dist, base] of [
  ['dist', '/'],
  ['dist-base', '/ms09-061/'],
] as const) {
  test(`${dist}/_headers parses and gives every page its own policy plus frame-ancestors 'none'`, () => {
    const rules = parseHeaders(readFileSync(`${dist}/_headers`, 'utf8'));
    const all = rules.find((rule) => rule.pattern === `${base}*`)!;
    expect(all.headers['X-Content-Type-Options']).toBe('nosniff');
    expect(all.headers['Referrer-Policy']).toBe('no-referrer');
    expect(all.headers['Permissions-Policy']).toContain('camera=()');
    expect(all.headers['Permissions-Policy']).not.toContain('interest-cohort');
    expect(all.headers['X-Frame-Options']).toBe('DENY');
    expect(all.headers['Cross-Origin-Opener-Policy']).toBe('same-origin');
    // Pages whose own styles differ (the bulletin's table) have policies of their own; the header joins
    // their sources, and the browser holds each page to its meta policy as well.
    const header = sourcesByDirective(directives(all.headers['Content-Security-Policy']));
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
    for (const page of [
      'kb/953297/index.html',
      'finder/index.html',
      'bulletins/ms09-061/index.html',
      '404.html',
    ]) {
      for (const [name, sources] of sourcesByDirective(
        directives(metaPolicy(readFileSync(`${dist}/${page}`, 'utf8'))!),
      )) {
        expect(header.get(name), `${page}: ${name}`).toEqual(expect.arrayContaining(sources));
      }
    }
  });

  test(`${dist}/_headers gives long cache lifetimes to hashed files only`, () => {
    const rules = parseHeaders(readFileSync(`${dist}/_headers`, 'utf8'));
    const cached = rules
      .filter((rule) => rule.headers['Cache-Control']?.includes('immutable'))
      .map((rule) => rule.pattern);
    expect(cached.sort()).toEqual([
      `${base}_astro/*`,
      `${base}pagefind/filter/*`,
      `${base}pagefind/fragment/*`,
      `${base}pagefind/index/*`,
    ]);
    expect(rules.find((rule) => rule.pattern === `${base}sw.js`)?.headers['Cache-Control']).toBe(
      'no-cache',
    );
  });

  test(`${dist}/_redirects parses and sends both typed forms of every KB address to its page`, () => {
    const lines = readFileSync(`${dist}/_redirects`, 'utf8').split('\n').filter(Boolean);
    for (const line of lines) expect(line).toMatch(/^\/\S+ \/\S+ 301$/);
    for (const kb of ALL_KBS) {
      expect(lines).toContain(`${base}kb/KB${kb}/ ${base}kb/${kb}/ 301`);
      expect(lines).toContain(`${base}kb/kb${kb}/ ${base}kb/${kb}/ 301`);
    }
  });
}

test('a page is served with the CSP header, frame-ancestors included', async ({ request }) => {
  const response = await request.get('/kb/953297/');
  expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(response.headers()['x-content-type-options']).toBe('nosniff');
});

test('pages are kept from other sites; the preview images are not', async ({ request }) => {
  const page = (await request.get('/kb/953297/')).headers();
  expect(page['x-frame-options']).toBe('DENY');
  expect(page['cross-origin-opener-policy']).toBe('same-origin');
  expect(page['cross-origin-resource-policy']).toBe('same-origin');
  const preview = await request.get('/og/kb/953297.png');
  expect(preview.status()).toBe(200);
  expect(preview.headers()['cross-origin-resource-policy']).toBe('cross-origin');
});

test('an alias address answers with a 301 to the update page', async ({ request }) => {
  const response = await request.get('/kb/KB953297/', { maxRedirects: 0 });
  expect(response.status()).toBe(301);
  expect(response.headers().location).toBe('/kb/953297/');
});
