import { describe, expect, it } from 'vitest';
import { cspHash, cspHashSource, metaPolicy, withMetaPolicy } from '../../../src/site/csp';

// sha256 of "a{color:red}" in base64, computed with `printf 'a{color:red}' | openssl dgst -sha256 -binary | base64`.
const RED = 'sha256-6hWWMOcF+mJesSJGYhmK2lkIIEw9Xc5XKGLPVzh8yxs=';
const meta = (content: string) =>
  `<head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="${content}"><title>t</title></head>`;

describe('cspHash', () => {
  it('is the sha256 of the code in base64 behind "sha256-", without quotes, as Astro takes it', () => {
    expect(cspHash('a{color:red}')).toBe(RED);
  });
});

describe('cspHashSource', () => {
  it('is the hash in single quotes, as a policy lists it', () => {
    expect(cspHashSource('a{color:red}')).toBe(`'${RED}'`);
  });
});

describe('metaPolicy', () => {
  it("reads a page's meta policy with its quotes", () => {
    expect(metaPolicy(meta("default-src 'self'; style-src 'self'"))).toBe(
      "default-src 'self'; style-src 'self'",
    );
  });

  it('decodes quotes written as character references', () => {
    expect(metaPolicy(meta('default-src &#39;self&#39;; img-src &apos;self&apos;'))).toBe(
      "default-src 'self'; img-src 'self'",
    );
  });

  it('is null for a page with only a report-only policy, which it does not mistake for one written another way', () => {
    expect(
      metaPolicy(
        `<meta http-equiv="content-security-policy-report-only" content="default-src 'self'">`,
      ),
    ).toBeNull();
  });

  it('is null for a page without a policy', () => {
    expect(metaPolicy('<head><title>t</title></head>')).toBeNull();
  });

  it('refuses a policy tag with its attributes in another order, rather than report none', () => {
    expect(() =>
      metaPolicy(`<meta content="default-src 'self'" http-equiv="content-security-policy">`),
    ).toThrow(/does not read/);
  });

  it('refuses a policy tag with its attributes in other quotes, rather than report none', () => {
    expect(() =>
      metaPolicy(`<meta http-equiv='content-security-policy' content="default-src 'self'">`),
    ).toThrow(/does not read/);
  });
});

describe('withMetaPolicy', () => {
  it('replaces the policy and leaves the rest of the page as it is', () => {
    expect(
      withMetaPolicy(meta("default-src 'self'"), (policy) => `${policy}; img-src 'self'`),
    ).toBe(meta("default-src 'self'; img-src 'self'"));
  });

  it('hands the change the policy with its references decoded', () => {
    let seen = '';
    withMetaPolicy(meta('default-src &#39;self&#39;'), (policy) => (seen = policy));
    expect(seen).toBe("default-src 'self'");
  });

  it('writes a double quote or ampersand in the new policy as a reference, so the attribute still ends where it should', () => {
    expect(withMetaPolicy(meta('x'), () => 'a"b&c')).toBe(meta('a&quot;b&amp;c'));
  });

  it('leaves a page without a policy as it is', () => {
    expect(withMetaPolicy('<p>no policy</p>', () => 'changed')).toBe('<p>no policy</p>');
  });

  it('refuses a policy tag whose attributes it cannot read', () => {
    expect(() =>
      withMetaPolicy(`<meta content="x" http-equiv="Content-Security-Policy">`, () => 'changed'),
    ).toThrow(/does not read/);
  });
});
