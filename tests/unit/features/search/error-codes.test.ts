import { describe, expect, it } from 'vitest';
import {
  buildErrorNames,
  buildSearchIdentifiers,
} from '../../../../src/features/search/identifier-lists';
import {
  errorPageAnswer,
  findErrorPage,
  mayBeErrorCode,
} from '../../../../src/features/search/error-codes';
import { loadContent } from '../../content-model/load-content';

const { returned, logged } = buildSearchIdentifiers(loadContent());
const names = buildErrorNames(loadContent());
/** As search answers: with both lists (the setup-log numbers are fetched once the returned codes miss), and the name of the code found. */
function answer(query: string) {
  const page = findErrorPage(query, returned, logged);
  return page && errorPageAnswer(page, names[page.code] ?? '');
}
const ERROR_1603_URL = '/errors/1603/';

describe('findErrorPage and errorPageAnswer', () => {
  it.each([
    '0x643',
    '0X643',
    '643',
    '643h',
    '1603',
    '0x80070643',
    '80070643',
    '-2147023293',
    '2147944003',
    ' 0x643 ',
    '0x8007 0643',
  ])('sends %j to the page of error 1603', (typed) => {
    expect(answer(typed)).toMatchObject({
      kind: 'page',
      url: ERROR_1603_URL,
      label: 'Error 0x643 (1603)',
    });
  });

  it.each(['1618', '0x652', '652h', '0x80070652', '80070652', '-2147023278', '2147944018'])(
    'sends %j to the page of error 1618',
    (typed) => {
      expect(answer(typed)).toMatchObject({
        kind: 'page',
        url: '/errors/1618/',
        label: 'Error 0x652 (1618)',
      });
    },
  );

  it("gives the error page's title with the answer", () => {
    expect(answer('0x643')).toMatchObject({ title: 'Error 1603 (0x643): ERROR_INSTALL_FAILURE' });
  });

  it("gives a setup-log message's title with its level", () => {
    expect(answer('2203')).toMatchObject({
      title: 'Error 2203 in a setup log',
      url: '/errors/2203/',
    });
  });

  it('gives an informational setup-log message its level, Info', () => {
    expect(answer('2898')).toMatchObject({
      title: 'Info 2898 in a setup log',
      url: '/errors/2898/',
    });
  });

  it('answers error 1259, alone in its run of returned codes, with its name', () => {
    expect(answer('0x4EB')).toMatchObject({
      title: 'Error 1259 (0x4EB): ERROR_APPHELP_BLOCK',
      url: '/errors/1259/',
    });
  });

  it('answers the last code of a run, 1654, and nothing for 1655, just past it', () => {
    expect([answer('1654')?.kind, answer('1655')]).toEqual(['page', null]);
  });

  it('answers a returned code from the list of returned codes alone', () => {
    expect(findErrorPage('0x80070643', returned)).toEqual({ code: 1603 });
  });

  it('answers a setup-log number only with the list of setup-log numbers', () => {
    expect(findErrorPage('2203', returned)).toBeNull();
  });

  it('answers nothing for "0x64", which is error 100 and not one the site explains', () => {
    expect(answer('0x64')).toBeNull();
  });

  it('answers nothing for the HRESULT 0x80004005, which does not wrap a Win32 error', () => {
    expect(answer('0x80004005')).toBeNull();
  });

  it('answers nothing for "1234", which is no known error as decimal or as hex', () => {
    expect(answer('1234')).toBeNull();
  });
});

describe('mayBeErrorCode', () => {
  for (const query of ['0x80070643', '1603', '643h', '0x', '16', '-', '-2147023293']) {
    it(`fetches the error titles for “${query}”`, () => {
      expect(mayBeErrorCode(query)).toBe(true);
    });
  }
  for (const query of ['reinstall', 'log files', 'cleanup tool', 'Windows 2003']) {
    it(`fetches nothing for the words “${query}”`, () => {
      expect(mayBeErrorCode(query)).toBe(false);
    });
  }
});
