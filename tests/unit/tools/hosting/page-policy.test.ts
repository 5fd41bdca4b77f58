import { describe, expect, it } from 'vitest';
import { withOwnStyleHashes } from '../../../../tools/hosting/page-policy';

// sha256 of "a{color:red}" in base64, computed with `printf 'a{color:red}' | openssl dgst -sha256 -binary | base64`.
const RED = "'sha256-6hWWMOcF+mJesSJGYhmK2lkIIEw9Xc5XKGLPVzh8yxs='";
const OTHER = "'sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA='";
const page = (styleSrc: string, styles: string) =>
  `<head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' ${OTHER}; style-src ${styleSrc};">${styles}</head>`;

describe('withOwnStyleHashes', () => {
  it('drops the style hashes of stylesheets the page does not hold', () => {
    expect(withOwnStyleHashes(page(`'self' ${RED} ${OTHER}`, '<style>a{color:red}</style>'))).toBe(
      page(`'self' ${RED}`, '<style>a{color:red}</style>'),
    );
  });

  it('keeps the sources of style-src that are not hashes', () => {
    expect(withOwnStyleHashes(page(`'self' ${OTHER}`, ''))).toBe(page(`'self'`, ''));
  });

  it('leaves style-src-elem alone and cuts style-src after it', () => {
    const html = `<meta http-equiv="content-security-policy" content="style-src-elem 'self' ${OTHER}; style-src 'self' ${OTHER}">`;
    expect(withOwnStyleHashes(html)).toBe(
      `<meta http-equiv="content-security-policy" content="style-src-elem 'self' ${OTHER}; style-src 'self'">`,
    );
  });

  it('leaves the script hashes alone', () => {
    expect(withOwnStyleHashes(page(`'self' ${OTHER}`, ''))).toContain(
      `script-src 'self' ${OTHER};`,
    );
  });

  it('keeps the hash of a stylesheet inside a template, which a script may put in the page', () => {
    const styles = '<template><style>a{color:red}</style></template>';
    expect(withOwnStyleHashes(page(`'self' ${RED} ${OTHER}`, styles))).toBe(
      page(`'self' ${RED}`, styles),
    );
  });

  it('refuses a policy without style-src, rather than leave it untrimmed', () => {
    const html = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' ${OTHER}">`;
    expect(() => withOwnStyleHashes(html)).toThrow(/no style-src/);
  });

  it('refuses a policy tag it cannot read, rather than leave every hash in it', () => {
    const html = `<meta content="style-src 'self' ${OTHER}" http-equiv="content-security-policy">`;
    expect(() => withOwnStyleHashes(html)).toThrow(/does not read/);
  });

  it('leaves a page without a policy as it is', () => {
    expect(withOwnStyleHashes('<style>a{color:red}</style>')).toBe('<style>a{color:red}</style>');
  });
});
