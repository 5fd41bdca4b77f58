import { describe, expect, it } from 'vitest';
import {
  formatHeadersFile,
  formatRedirectsFile,
  headersFor,
  joinPolicies,
  parseHeadersFile,
  parseRedirectsFile,
  refreshTarget,
  siteHeaderRules,
} from '../../../../tools/hosting/host-rules';

/** The top of a built folder, as finish-build reads it. */
const BUILT = [
  { name: '404.html', isDirectory: false },
  { name: '_astro', isDirectory: true },
  { name: 'index.html', isDirectory: false },
  { name: 'kb', isDirectory: true },
  { name: 'og', isDirectory: true },
  { name: 'sw.js', isDirectory: false },
];

/** The one value a host sends for a header, failing when two rules give it (hosts merge those differently). */
function onlyValue(rules: ReturnType<typeof siteHeaderRules>, path: string, name: string) {
  const values = headersFor(rules, path).filter(([header]) => header === name);
  expect(values.length, `${name} on ${path}`).toBeLessThanOrEqual(1);
  return values[0]?.[1];
}

describe('_headers', () => {
  it('reads back what it writes', () => {
    const rules = [
      { pattern: '/*', headers: [['X-Content-Type-Options', 'nosniff']] as [string, string][] },
    ];
    expect(parseHeadersFile(formatHeadersFile(rules))).toEqual(rules);
  });

  it('names the line it cannot place', () => {
    expect(() => parseHeadersFile('  X-Frame: deny\n')).toThrow(/line 1/);
  });

  it('gives a path every header of every rule that matches it, in file order', () => {
    const rules = siteHeaderRules('/ms09-061/', "default-src 'self'", BUILT);
    const names = headersFor(rules, '/ms09-061/_astro/a.js').map(([name]) => name);
    expect(names).toContain('Content-Security-Policy');
    expect(names.at(-1)).toBe('Cache-Control');
    expect(headersFor(rules, '/other/').length).toBe(0);
  });

  it("adds frame-ancestors 'none' to the pages' policy", () => {
    const csp = siteHeaderRules('/', "default-src 'self'", BUILT)[0].headers.find(
      ([name]) => name === 'Content-Security-Policy',
    )![1];
    expect(csp).toBe("default-src 'self'; frame-ancestors 'none'");
  });

  it('forbids framing in the words of Internet Explorer 8 to 11 too, and isolates windows', () => {
    const rules = siteHeaderRules('/', 'x', BUILT);
    for (const path of ['/', '/kb/953297/', '/404.html']) {
      expect(onlyValue(rules, path, 'X-Frame-Options')).toBe('DENY');
      expect(onlyValue(rules, path, 'Cross-Origin-Opener-Policy')).toBe('same-origin');
    }
  });

  it('keeps the files to the site, except the preview images other sites fetch', () => {
    const rules = siteHeaderRules('/ms09-061/', 'x', BUILT);
    for (const path of [
      '/ms09-061/',
      '/ms09-061/kb/953297/',
      '/ms09-061/_astro/a.js',
      '/ms09-061/sw.js',
      '/ms09-061/404.html',
    ])
      expect(onlyValue(rules, path, 'Cross-Origin-Resource-Policy'), path).toBe('same-origin');
    expect(onlyValue(rules, '/ms09-061/og/kb/953297.png', 'Cross-Origin-Resource-Policy')).toBe(
      'cross-origin',
    );
  });

  it('names each path once, with all its headers', () => {
    const rules = siteHeaderRules('/', 'x', BUILT);
    const patterns = rules.map((rule) => rule.pattern);
    expect(new Set(patterns).size).toBe(patterns.length);
    expect(rules.find((rule) => rule.pattern === '/sw.js')?.headers).toEqual([
      ['Cross-Origin-Resource-Policy', 'same-origin'],
      ['Cache-Control', 'no-cache'],
    ]);
  });

  it('asks for no obsolete permission', () => {
    const policy = onlyValue(siteHeaderRules('/', 'x', BUILT), '/', 'Permissions-Policy');
    expect(policy).toContain('camera=()');
    expect(policy).not.toContain('interest-cohort');
  });

  it('keeps pages without hashed names out of the long cache lifetime', () => {
    const rules = siteHeaderRules('/', 'x', BUILT);
    expect(headersFor(rules, '/kb/953297/').some(([name]) => name === 'Cache-Control')).toBe(false);
    expect(
      headersFor(rules, '/pagefind/pagefind.js').some(([name]) => name === 'Cache-Control'),
    ).toBe(false);
  });
});

describe('_redirects', () => {
  it('reads back what it writes', () => {
    const redirects = [{ from: '/kb/KB953297/', to: '/kb/953297/', status: 301 }];
    expect(parseRedirectsFile(formatRedirectsFile(redirects))).toEqual(redirects);
  });

  it('takes 301 when the status is left out, and skips comments', () => {
    expect(parseRedirectsFile('# aliases\n/a/ /b/\n')).toEqual([
      { from: '/a/', to: '/b/', status: 301 },
    ]);
  });

  it('names a line that is not "from to status"', () => {
    expect(() => parseRedirectsFile('/a/ /b/ 200\n')).toThrow(/line 1/);
  });
});

describe('reading built pages', () => {
  it('finds where an alias page forwards', () => {
    expect(refreshTarget('<meta http-equiv="refresh" content="0; url=/kb/953297/">')).toBe(
      '/kb/953297/',
    );
    expect(refreshTarget('<p>no refresh</p>')).toBeNull();
  });

  it('joins policies directive by directive without repeating a source', () => {
    expect(
      joinPolicies([
        "default-src 'self'; script-src 'self' 'sha256-a'",
        "default-src 'self'; script-src 'self' 'sha256-b'",
      ]),
    ).toBe("default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'");
  });
});
