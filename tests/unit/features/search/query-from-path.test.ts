import { describe, expect, it } from 'vitest';
import {
  errorCodeFromPath,
  searchQueryFromPath,
} from '../../../../src/features/search/query-from-path';

describe('searchQueryFromPath under /kb/', () => {
  it('turns /kb/999999/ into "KB999999"', () => {
    expect(searchQueryFromPath('/kb/999999/')).toBe('KB999999');
  });

  it('keeps a single KB prefix for /kb/KB999999/', () => {
    expect(searchQueryFromPath('/kb/KB999999/')).toBe('KB999999');
  });

  it('writes the prefix in capitals for /kb/kb953297/', () => {
    expect(searchQueryFromPath('/kb/kb953297/')).toBe('KB953297');
  });

  it('still asks for KB123 when the number is too short to be a KB', () => {
    expect(searchQueryFromPath('/kb/123/')).toBe('KB123');
  });

  it('reads the KB number from an upper-case /KB/ folder', () => {
    expect(searchQueryFromPath('/KB/953297/')).toBe('KB953297');
  });

  it('reads a KB number typed with a space in the address', () => {
    expect(searchQueryFromPath('/kb/KB%20953297/')).toBe('KB953297');
  });

  it('gives no "<" or ">" for an encoded script tag in place of the KB number', () => {
    expect(searchQueryFromPath('/kb/%3Cscript%3E/')).not.toMatch(/[<>]/);
  });
});

describe('searchQueryFromPath elsewhere', () => {
  it('turns /guides/reading-the-logs/ into "guides reading the logs"', () => {
    expect(searchQueryFromPath('/guides/reading-the-logs/')).toBe('guides reading the logs');
  });

  it('turns /fix/windows-xp/net-9/ into "fix windows xp net 9"', () => {
    expect(searchQueryFromPath('/fix/windows-xp/net-9/')).toBe('fix windows xp net 9');
  });

  it('splits words on underscores, dots and plus signs too', () => {
    expect(searchQueryFromPath('/guides/read_the.setup+logs/')).toBe('guides read the setup logs');
  });

  it('decodes escaped spaces into separate words', () => {
    expect(searchQueryFromPath('/guides/reading%20the%20logs/')).toBe('guides reading the logs');
  });

  it('keeps letters outside ASCII', () => {
    expect(searchQueryFromPath('/guides/f%C3%BCr-windows/')).toBe('guides für windows');
  });

  it('drops the .html extension of index.html', () => {
    expect(searchQueryFromPath('/guides/reading-the-logs/index.html')).toBe(
      'guides reading the logs index',
    );
  });

  it('gives no word with "<" or ">" for an encoded script tag', () => {
    expect(searchQueryFromPath('/guides/%3Cscript%3Ealert(1)%3C%2Fscript%3E/')).not.toMatch(/[<>]/);
  });

  it('keeps the plain words next to an encoded script tag', () => {
    expect(searchQueryFromPath('/guides/%3Cscript%3E/reading-logs/')).toBe('guides reading logs');
  });

  it('does not throw on a malformed escape such as %E0%A4%A', () => {
    expect(() => searchQueryFromPath('/%E0%A4%A/')).not.toThrow();
  });

  it('gives no words from a malformed escape', () => {
    expect(searchQueryFromPath('/%E0%A4%A/')).toBe('');
  });

  it('keeps only the last eight words of a long address', () => {
    expect(searchQueryFromPath('/one-two-three/four-five-six/seven-eight-nine-ten/')).toBe(
      'three four five six seven eight nine ten',
    );
  });

  it('gives an empty query for the home page', () => {
    expect(searchQueryFromPath('/')).toBe('');
  });

  it('gives "kb" for the /kb/ folder itself', () => {
    expect(searchQueryFromPath('/kb/')).toBe('kb');
  });
});

describe('errorCodeFromPath', () => {
  it.each([
    ['/errors/0x64c/', '0x64c'],
    ['/errors/0x80070652/', '0x80070652'],
    ['/errors/-2147023293/', '-2147023293'],
    ['/errors/1655/', '1655'],
    ['/ERRORS/643h/', '643h'],
  ])('reads the code typed in %j', (path, code) => {
    expect(errorCodeFromPath(path)).toBe(code);
  });

  it.each(['/errors/', '/errors/setup-failed/', '/guides/1603/', '/errors/1603/extra/'])(
    'finds no code in %j',
    (path) => {
      expect(errorCodeFromPath(path)).toBeNull();
    },
  );
});

describe('searchQueryFromPath under /errors/', () => {
  it('searches a missing /errors/0x64c/ for the code as typed', () => {
    expect(searchQueryFromPath('/errors/0x64c/')).toBe('0x64c');
  });

  it('searches a missing /errors/setup-failed/ for its words', () => {
    expect(searchQueryFromPath('/errors/setup-failed/')).toBe('errors setup failed');
  });
});
