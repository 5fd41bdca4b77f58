import { describe, expect, it } from 'vitest';
import {
  bulletinWithdrawals,
  formatDate,
  listInWords,
  revisionHistory,
} from '../../../../src/features/bulletins/revisions';
import { loadContent } from '../../content-model/load-content';

// Revision history and the Windows 7 / Server 2008 R2 rows, typed from the facts file (sections 1, 2 and 10).
const REVISIONS = [
  ['1.0', '2009-10-13'],
  ['1.1', '2009-10-21'],
  ['1.2', '2009-11-04'],
  ['1.3', '2010-05-11'],
  ['1.4', '2010-06-22'],
];
const WINDOWS_7_AND_2008_R2 = [
  'windows-7-x86',
  'windows-7-x64',
  'windows-server-2008-r2-x64',
  'windows-server-2008-r2-ia64',
];

describe('revisionHistory', () => {
  const history = revisionHistory(loadContent(), 'ms09-061');

  it('lists revisions 1.0 to 1.4 with their dates', () => {
    expect(history.map((r) => [r.version, r.date.toISOString().slice(0, 10)])).toEqual(REVISIONS);
  });

  it('words revision 1.4 from the pairs it removed: .NET 1.1 SP1 on Windows 7 and Windows Server 2008 R2, not supported there', () => {
    expect(history[4].change).toBe(
      '.NET Framework 1.1 Service Pack 1 removed as an affected component of Windows 7 (no service pack) and Windows Server 2008 R2 (no service pack), because it is not a supported component of those systems.',
    );
  });
});

describe('bulletinWithdrawals', () => {
  it('finds one withdrawal: KB953297 for .NET 1.1 SP1 on the four Windows 7 and Server 2008 R2 editions, in revision 1.4', () => {
    const [withdrawal, ...others] = bulletinWithdrawals(loadContent(), 'ms09-061');
    expect(others).toEqual([]);
    expect(withdrawal).toMatchObject({
      version: '1.4',
      kb: '953297',
      osIds: WINDOWS_7_AND_2008_R2,
      frameworkIds: ['net-1-1-sp1'],
      releases: 'Windows 7 (no service pack) and Windows Server 2008 R2 (no service pack)',
    });
  });

  it('says revisions 1.1 to 1.3 listed it and revision 1.4 of 22 June 2010 removed .NET 1.1 SP1 from those systems', () => {
    expect(bulletinWithdrawals(loadContent(), 'ms09-061')[0].history).toBe(
      'Revisions 1.1 to 1.3 of the bulletin listed KB953297 for .NET Framework 1.1 Service Pack 1 on Windows 7 (no service pack) and Windows Server 2008 R2 (no service pack); ' +
        'revision 1.4 (22 June 2010) removed .NET Framework 1.1 Service Pack 1 from them, because it is not a supported component of those systems.',
    );
  });

  it('says no .NET update of MS09-061 applies to those systems any more, since no update serves them', () => {
    expect(bulletinWithdrawals(loadContent(), 'ms09-061')[0].consequence).toBe(
      'Since then no .NET Framework update of MS09-061 applies to those systems.',
    );
  });

  it('does not say so when an update still serves one of those editions', () => {
    const content = loadContent();
    content.updates
      .find((u) => u.data.kb === '974470')!
      .data.serves[0].os.push({ id: 'windows-7-x86', collection: 'operatingSystems' });
    expect(bulletinWithdrawals(content, 'ms09-061')[0].consequence).toBeUndefined();
  });

  it('names one revision when only the one before the removal listed the pairs', () => {
    const content = loadContent();
    content.bulletins[0].data.revisions[4].removed[0].listedFrom = '1.3';
    expect(bulletinWithdrawals(content, 'ms09-061')[0].history).toMatch(
      /^Revision 1\.3 of the bulletin listed KB953297/,
    );
  });
});

describe('listInWords and formatDate', () => {
  it('joins one, two and three names as a sentence does', () => {
    expect([listInWords(['A']), listInWords(['A', 'B']), listInWords(['A', 'B', 'C'])]).toEqual([
      'A',
      'A and B',
      'A, B and C',
    ]);
  });

  it('writes a date as day, month name and year', () => {
    expect(formatDate(new Date('2010-06-22'))).toBe('22 June 2010');
  });
});
