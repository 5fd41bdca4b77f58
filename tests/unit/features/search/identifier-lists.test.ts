import { describe, expect, it } from 'vitest';
import {
  buildErrorNames,
  buildSearchIdentifiers,
} from '../../../../src/features/search/identifier-lists';
import { errorPageAnswer, findErrorPage } from '../../../../src/features/search/error-codes';
import { answerKbIdentifier } from '../../../../src/features/search/identifiers';
import { MS10_070_KBS } from '../../../fixtures/bulletin-kbs';
import { loadContent } from '../../content-model/load-content';
import { MS10_070, withSecondBulletin } from './second-bulletin';

const identifiers = buildSearchIdentifiers(loadContent());
/** As the search panel answers: KB numbers and bulletin ids, else error codes. */
const names = buildErrorNames(loadContent());
function answer(query: string) {
  const page = findErrorPage(query, identifiers.returned, identifiers.logged);
  return (
    answerKbIdentifier(query, identifiers.kbs) ??
    (page && errorPageAnswer(page, names[page.code] ?? ''))
  );
}

/** Every update KB of MS09-061 (facts, section 2). */
const UPDATE_KBS = [
  '953295',
  '953297',
  '953298',
  '953300',
  '970363',
  '974291',
  '974292',
  '974417',
  '974467',
  '974468',
  '974469',
  '974470',
];
const BULLETIN_URL = '/bulletins/ms09-061/';

describe('buildSearchIdentifiers', () => {
  it('knows every update KB of the bulletin, each pointing at its update page', () => {
    expect(UPDATE_KBS.map((kb) => answer(`KB${kb}`))).toEqual(
      UPDATE_KBS.map((kb): unknown => expect.objectContaining({ kind: 'page', url: `/kb/${kb}/` })),
    );
  });

  it('lists no update KB numbers besides those of MS09-061 and MS10-070', () => {
    const known = new Set([...UPDATE_KBS, ...MS10_070_KBS]);
    expect(Object.keys(identifiers.kbs.updates).filter((kb) => !known.has(kb))).toEqual([]);
  });

  it('lists every bulletin of the content, each with its own KB article and title', () => {
    expect(buildSearchIdentifiers(withSecondBulletin()).kbs.bulletins).toEqual({
      'ms09-061': {
        kb: '974378',
        title:
          'Vulnerabilities in the Microsoft .NET Common Language Runtime Could Allow Remote Code Execution',
      },
      'ms10-070': { kb: MS10_070.kb, title: MS10_070.title },
    });
  });

  it("sends the bulletin's own KB974378 to the bulletin page, titled as the bulletin's own article", () => {
    expect(answer('KB974378')).toEqual({
      kind: 'page',
      label: 'KB974378',
      title: "MS09-061 bulletin (the bulletin's own KB article)",
      url: BULLETIN_URL,
    });
  });

  it('sends MS09-061 to the bulletin page, titled with its code and its title', () => {
    expect(answer('MS09-061')).toEqual({
      kind: 'page',
      label: 'MS09-061',
      title:
        'MS09-061: Vulnerabilities in the Microsoft .NET Common Language Runtime Could Allow Remote Code Execution',
      url: BULLETIN_URL,
    });
  });

  it('carries no addresses, which follow from the numbers and ids', () => {
    expect(JSON.stringify(identifiers)).not.toMatch(/\/(kb|bulletins|errors)\//);
  });

  it('sends error 1603 to its error page', () => {
    expect(answer('1603')).toMatchObject({ kind: 'page', url: '/errors/1603/' });
  });

  it('keys returned error codes by their decimal number only', () => {
    expect(Object.keys(identifiers.returned).every((key) => /^\d+$/.test(key))).toBe(true);
  });

  it('carries no error titles nor names in the error lists', () => {
    expect(JSON.stringify([identifiers.returned, identifiers.logged])).not.toMatch(
      /in a setup log|0x|Error \d|ERROR_/,
    );
  });

  it('lists the exit codes from 1601 as one run up to 1616, as 1617 has no page', () => {
    expect(identifiers.returned['1601']).toBe(16);
  });

  it("gives each returned code's name apart, the part of its title the number does not give", () => {
    expect([names['1603'], names['1618']]).toEqual([
      'ERROR_INSTALL_FAILURE',
      'ERROR_INSTALL_ALREADY_RUNNING',
    ]);
  });

  it('gives setup-log numbers no name, their title being their level and number', () => {
    expect(names['2203']).toBeUndefined();
  });

  it('knows 1618 and the log message 2203, each with its page', () => {
    expect(
      [answer('1618'), answer('2203')].map((found) => found?.kind === 'page' && found.url),
    ).toEqual(['/errors/1618/', '/errors/2203/']);
  });
});
