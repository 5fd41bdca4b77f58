import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bulletinPath, combinationPath, contentHref, finderPath, guidePath, kbAliases, kbPath, ogImagePath, withoutBase } from '../../src/lib/routes';

describe('path builders', () => {
  it('puts a KB page under /kb/ with its digits only and a trailing slash', () => {
    expect(kbPath('953297')).toBe('/kb/953297/');
  });

  it('puts a combination page under /fix/ with the OS id first and the .NET id second', () => {
    expect(combinationPath('windows-xp-sp2-sp3-x86', 'net-3-5-sp1')).toBe('/fix/windows-xp-sp2-sp3-x86/net-3-5-sp1/');
  });

  it('puts a bulletin page under /bulletins/', () => {
    expect(bulletinPath('ms09-061')).toBe('/bulletins/ms09-061/');
  });

  it('puts a guide page under /guides/', () => {
    expect(guidePath('error-0x643-1603')).toBe('/guides/error-0x643-1603/');
  });
});

describe('kbAliases', () => {
  it('lists the KB-prefixed forms people type, in capitals and in lower case', () => {
    expect(kbAliases('953297')).toEqual(['KB953297', 'kb953297']);
  });

  it('does not repeat the canonical digits-only form', () => {
    expect(kbAliases('974470')).not.toContain('974470');
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
    expect(kbPath('953297')).toBe('/ms09-061/kb/953297/');
    expect(combinationPath('windows-xp-sp2-sp3-x86', 'net-3-5-sp1')).toBe('/ms09-061/fix/windows-xp-sp2-sp3-x86/net-3-5-sp1/');
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
