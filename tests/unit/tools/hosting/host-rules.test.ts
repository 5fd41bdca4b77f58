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
    const rules = siteHeaderRules('/ms09-061/', "default-src 'self'");
    const names = headersFor(rules, '/ms09-061/_astro/a.js').map(([name]) => name);
    expect(names).toContain('Content-Security-Policy');
    expect(names.at(-1)).toBe('Cache-Control');
    expect(headersFor(rules, '/other/').length).toBe(0);
  });

  it("adds frame-ancestors 'none' to the pages' policy", () => {
    const csp = siteHeaderRules('/', "default-src 'self'")[0].headers.find(
      ([name]) => name === 'Content-Security-Policy',
    )![1];
    expect(csp).toBe("default-src 'self'; frame-ancestors 'none'");
  });

  it('keeps pages without hashed names out of the long cache lifetime', () => {
    const rules = siteHeaderRules('/', 'x');
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
