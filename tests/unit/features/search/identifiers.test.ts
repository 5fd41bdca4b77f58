import { describe, expect, it } from 'vitest';
import { buildSearchIdentifiers } from '../../../../src/features/search/identifier-lists';
import {
  answerKbIdentifier,
  identifierStatus,
  kbShaped,
  mayBecomeIdentifier,
} from '../../../../src/features/search/identifiers';
import { loadContent } from '../../content-model/load-content';

const identifiers = buildSearchIdentifiers(loadContent());
const answer = (query: string) => answerKbIdentifier(query, identifiers.kbs);

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

  it('says another bulletin, MS08-052, is not covered here', () => {
    expect(answer('MS08-052')).toEqual({
      kind: 'unknown',
      label: 'MS08-052',
      message: 'MS08-052 is not covered here: this site is about MS09-061 only.',
    });
  });
});

describe('answerKbIdentifier for KB numbers that are not ours', () => {
  const NOT_OURS =
    'KB999999 is not part of security bulletin MS09-061. The fix finder shows which of its updates your computer needs.';

  it.each(['KB999999', '999999', 'kb 999999'])('says %j is not part of the bulletin', (typed) => {
    expect(answer(typed)).toEqual({ kind: 'unknown', label: 'KB999999', message: NOT_OURS });
  });

  it('says "KB95329" is not a complete KB number', () => {
    expect(answer('KB95329')).toEqual({
      kind: 'unknown',
      label: 'KB95329',
      message: '“KB95329” is not a complete KB number: they have six digits, like KB953297.',
    });
  });

  it('says "KB95329700" is too long for a KB number', () => {
    expect(answer('KB95329700')).toEqual({
      kind: 'unknown',
      label: 'KB95329700',
      message: '“KB95329700” is too long for a KB number: they have six digits, like KB953297.',
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
