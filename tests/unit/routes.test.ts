import { describe, expect, it } from 'vitest';
import { bulletinPath, combinationPath, guidePath, kbAliases, kbPath } from '../../src/lib/routes';

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
