import { describe, expect, it } from 'vitest';
import { buildSearchIdentifiers } from '../../../../src/features/search/identifier-lists';
import {
  answerKbIdentifier,
  identifierStatus,
  kbShaped,
  mayBecomeIdentifier,
} from '../../../../src/features/search/identifiers';
import { MS10_070_KBS } from '../../../fixtures/bulletin-kbs';
import { loadContent } from '../../content-model/load-content';
import {
  MS10_070,
  ms10070UpdateTitle,
  withFirstBulletinOnly,
  withSecondBulletin,
} from './second-bulletin';

const identifiers = buildSearchIdentifiers(loadContent());
const answer = (query: string) => answerKbIdentifier(query, identifiers.kbs);
/** As search answers once the content has a second bulletin, MS10-070. */
const twoBulletins = buildSearchIdentifiers(withSecondBulletin()).kbs;
const answerOfTwo = (query: string) => answerKbIdentifier(query, twoBulletins);
const oneBulletin = buildSearchIdentifiers(withFirstBulletinOnly()).kbs;

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
/** The bulletin's own KB article. */
const BULLETIN_KB = '974378';
const BULLETIN_URL = '/bulletins/ms09-061/';

/** The shapes in which people type a KB number. */
const typedForms = (digits: string) => [
  `KB${digits}`,
  `kb${digits}`,
  `KB ${digits}`,
  `Kb-${digits}`,
  digits,
];

describe('answerKbIdentifier for the update KBs', () => {
  const cases = UPDATE_KBS.flatMap((kb) => typedForms(kb).map((typed) => ({ typed, kb })));

  it.each(cases)('answers $typed with the page of KB$kb', ({ typed, kb }) => {
    expect(answer(typed)).toMatchObject({ kind: 'page', url: `/kb/${kb}/`, label: `KB${kb}` });
  });

  it("gives the update's own title", () => {
    expect(answer('KB953297')).toMatchObject({
      title: 'Security update for .NET Framework 1.1 SP1',
    });
  });

  it('ignores the spaces around a KB number', () => {
    expect(answer('  kb953297  ')).toMatchObject({ kind: 'page', url: '/kb/953297/' });
  });
});

describe('answerKbIdentifier for the bulletin', () => {
  it.each(typedForms(BULLETIN_KB))(
    "sends the bulletin's own KB typed as %j to the bulletin page",
    (typed) => {
      expect(answer(typed)).toMatchObject({ kind: 'page', url: BULLETIN_URL, label: 'KB974378' });
    },
  );

  it.each(['MS09-061', 'ms09-061', 'ms09061', 'ms09 061', 'MS09-061 ', ' MS 09-061'])(
    'sends %j to the bulletin page',
    (typed) => {
      expect(answer(typed)).toMatchObject({ kind: 'page', url: BULLETIN_URL, label: 'MS09-061' });
    },
  );

  it('says another bulletin, MS08-052, is not covered, naming the one the site covers', () => {
    expect(answerKbIdentifier('MS08-052', oneBulletin)).toEqual({
      kind: 'unknown',
      label: 'MS08-052',
      message: 'MS08-052 is not covered here: this site covers MS09-061.',
    });
  });
});

describe('answerKbIdentifier once the content has a second bulletin, MS10-070', () => {
  const BULLETIN_PAGE = {
    kind: 'page',
    label: 'MS10-070',
    title: `MS10-070: ${MS10_070.title}`,
    url: '/bulletins/ms10-070/',
  };

  it.each(['MS10-070', 'ms10070', 'ms10 070', 'MS 10-070', ' ms10-070 ', 'Ms10-070'])(
    'sends %j to the MS10-070 page',
    (typed) => {
      expect(answerOfTwo(typed)).toEqual(BULLETIN_PAGE);
    },
  );

  it('still sends MS09-061 to its own page', () => {
    expect(answerOfTwo('ms09061')).toMatchObject({ kind: 'page', url: BULLETIN_URL });
  });

  const cases = MS10_070_KBS.flatMap((kb) => typedForms(kb).map((typed) => ({ typed, kb })));
  it.each(cases)('answers $typed with the page of KB$kb, titled as the update', ({ typed, kb }) => {
    expect(answerOfTwo(typed)).toEqual({
      kind: 'page',
      label: `KB${kb}`,
      title: ms10070UpdateTitle(kb),
      url: `/kb/${kb}/`,
    });
  });

  it.each(typedForms('2418042'))(
    "sends the bulletin's own KB typed as %j to the MS10-070 page",
    (typed) => {
      expect(answerOfTwo(typed)).toEqual({
        kind: 'page',
        label: 'KB2418042',
        title: "MS10-070 bulletin (the bulletin's own KB article)",
        url: '/bulletins/ms10-070/',
      });
    },
  );

  it('says another bulletin, MS10-041, is not covered, naming both that are', () => {
    expect(answerOfTwo('MS10-041')).toEqual({
      kind: 'unknown',
      label: 'MS10-041',
      message: 'MS10-041 is not covered here: this site covers MS09-061 and MS10-070.',
    });
  });

  it('says an unknown KB is part of neither bulletin', () => {
    expect(answerOfTwo('kb 999999')).toEqual({
      kind: 'unknown',
      label: 'KB999999',
      message:
        'KB999999 is not part of security bulletin MS09-061 or MS10-070. The fix finder shows which update your computer needs.',
    });
  });
});

describe('answerKbIdentifier for KB numbers that are not ours', () => {
  const NOT_OURS =
    'KB999999 is not part of security bulletin MS09-061. The fix finder shows which update your computer needs.';

  it.each(['KB999999', '999999', 'kb 999999'])('says %j is not part of the bulletin', (typed) => {
    expect(answerKbIdentifier(typed, oneBulletin)).toEqual({
      kind: 'unknown',
      label: 'KB999999',
      message: NOT_OURS,
    });
  });

  it('says "KB95329" is not a complete KB number, giving one of the site’s as an example', () => {
    expect(answer('KB95329')).toEqual({
      kind: 'unknown',
      label: 'KB95329',
      message: expect.stringMatching(
        /^“KB95329” is not a complete KB number: they have six or seven digits, like KB\d{6,7}\.$/,
      ) as unknown,
    });
    const example = /like KB(\d+)/.exec((answer('KB95329') as { message: string }).message)![1];
    expect(answer(example)).toMatchObject({ kind: 'page', url: `/kb/${example}/` });
  });

  it('says "KB95329700" is too long for a KB number', () => {
    expect(answer('KB95329700')).toMatchObject({
      kind: 'unknown',
      label: 'KB95329700',
      message: expect.stringMatching(
        /^“KB95329700” is too long for a KB number: they have six or seven digits, like KB\d{6,7}\.$/,
      ) as unknown,
    });
  });

  it('treats the seven-digit KB9532970 as an unknown KB, not as KB953297', () => {
    expect(answer('KB9532970')).toMatchObject({ kind: 'unknown', label: 'KB9532970' });
  });

  it('treats a bare seven-digit number as an unknown KB', () => {
    expect(answer('9532970')).toMatchObject({ kind: 'unknown', label: 'KB9532970' });
  });
});

describe('answerKbIdentifier for ordinary queries', () => {
  it('answers nothing for an empty query', () => {
    expect(answer('')).toBeNull();
  });

  it('answers nothing for ordinary words such as "reinstall dotnet"', () => {
    expect(answer('reinstall dotnet')).toBeNull();
  });

  it('answers nothing for words that merely contain a KB number', () => {
    expect(answer('KB953297 fails')).toBeNull();
  });

  it('leaves a 10,000-character query to full-text search instead of reading it as a KB number', () => {
    expect(answer(`KB${'9'.repeat(9_998)}`)).toBeNull();
  });

  it('answers nothing for a 10,000-character KB number padded with spaces', () => {
    expect(answer(`${' '.repeat(5_000)}KB953297${' '.repeat(4_992)}`)).toBeNull();
  });
});

describe('mayBecomeIdentifier', () => {
  for (const typing of [
    'K',
    'kb',
    'KB ',
    'KB-95',
    'kb9532',
    'M',
    'ms',
    'MS09',
    'ms09-0',
    'MS 09 06',
    '0',
    '0x',
    '0x64',
    '16',
    '-2147',
    '-',
    '95329',
  ]) {
    it(`holds back full text for “${typing}”, which may still grow into an identifier`, () => {
      expect(mayBecomeIdentifier(typing)).toBe(true);
    });
  }

  for (const words of [
    'reinstall',
    'cleanup tool',
    'Windows 2003',
    'msi log',
    'kbd',
    'install 1603',
    '',
  ]) {
    it(`searches “${words}” at once, since it cannot become an identifier`, () => {
      expect(mayBecomeIdentifier(words)).toBe(false);
    });
  }
});

describe('kbShaped', () => {
  for (const query of [
    'K',
    'kb',
    'KB953297',
    'kb 953297',
    '953297',
    'ms',
    'ms09-061',
    'MS10-001',
    'ms10 070',
    'KB95329',
  ]) {
    it(`answers “${query}” from the KB list`, () => {
      expect(kbShaped(query)).toBe(true);
    });
  }
  for (const query of [
    '0x80070643',
    '1603',
    '643h',
    '0x',
    '16',
    '-2147023293',
    'reinstall',
    'kbd',
    'msi log',
    'KB953297 fails',
  ]) {
    it(`leaves “${query}” to the later steps`, () => {
      expect(kbShaped(query)).toBe(false);
    });
  }
});

describe('identifierStatus', () => {
  it('says the KB number was found and that More results searches the other pages', () => {
    expect(identifierStatus('KB953297')).toBe(
      'KB953297 found. More results searches the other pages for it.',
    );
  });
});
