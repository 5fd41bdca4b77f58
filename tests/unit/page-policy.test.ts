import { describe, expect, it } from 'vitest';
import { styleHashSource, withOwnStyleHashes } from '../../src/lib/page-policy';

// sha256 of "a{color:red}" in base64, computed with `printf 'a{color:red}' | openssl dgst -sha256 -binary | base64`.
const RED = "'sha256-6hWWMOcF+mJesSJGYhmK2lkIIEw9Xc5XKGLPVzh8yxs='";
const OTHER = "'sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA='";
const page = (styleSrc: string, styles: string) =>
  `<head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' ${OTHER}; style-src ${styleSrc};">${styles}</head>`;

describe('styleHashSource', () => {
  it('is the CSP source of a stylesheet’s sha256 in base64', () => {
    expect(styleHashSource('a{color:red}')).toBe(RED);
  });
});

describe('withOwnStyleHashes', () => {
  it('drops the style hashes of stylesheets the page does not hold', () => {
    expect(withOwnStyleHashes(page(`'self' ${RED} ${OTHER}`, '<style>a{color:red}</style>'))).toBe(page(`'self' ${RED}`, '<style>a{color:red}</style>'));
  });

  it('keeps the sources of style-src that are not hashes', () => {
    expect(withOwnStyleHashes(page(`'self' ${OTHER}`, ''))).toBe(page(`'self'`, ''));
  });

  it('leaves the script hashes alone', () => {
    expect(withOwnStyleHashes(page(`'self' ${OTHER}`, ''))).toContain(`script-src 'self' ${OTHER};`);
  });

  it('leaves a page without a policy as it is', () => {
    expect(withOwnStyleHashes('<style>a{color:red}</style>')).toBe('<style>a{color:red}</style>');
  });
});
