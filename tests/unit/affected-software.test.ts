import { describe, expect, it } from 'vitest';
import { affectedSoftwareRows, type AffectedSoftwareRow } from '../../src/lib/affected-software';
import { loadContent } from './load-content';

const rows = affectedSoftwareRows(loadContent(), 'ms09-061');
const dotnetRows = rows.filter((row) => row.osIds.length > 0);

/** The row that covers exactly these OS ids and .NET ids, whatever its position. */
function rowFor(osIds: string[], frameworkIds: string[]): AffectedSoftwareRow | undefined {
  return rows.find((row) => row.osIds.join() === osIds.join() && row.frameworkIds.join() === frameworkIds.join());
}

describe('affectedSoftwareRows on the real content', () => {
  it('has 48 rows: 45 for the .NET Framework and 3 for Silverlight', () => {
    expect(rows).toHaveLength(48);
    expect(dotnetRows).toHaveLength(45);
    expect(rows.filter((row) => row.kb === '970363')).toHaveLength(3);
  });

  it('starts with .NET 1.1 SP1 on Windows 2000 and KB953297', () => {
    expect(rows[0]).toMatchObject({
      kb: '953297',
      osIds: ['windows-2000-sp4-x86'],
      platform: 'Windows 2000 Service Pack 4',
      frameworkIds: ['net-1-1-sp1'],
      component: '.NET Framework 1.1 Service Pack 1',
      installer: 'NDP1.1SP1-KB953297-x86',
      severity: 'Critical',
      replaces: 'MS07-040',
    });
  });

  it('ends with the three Silverlight rows: Mac, Windows clients, Windows servers', () => {
    expect(rows.slice(-3).map(({ kb, platform, severity, osIds, installer }) => ({ kb, platform, severity, osIds, installer }))).toEqual([
      { kb: '970363', platform: 'Mac', severity: 'Critical', osIds: [], installer: undefined },
      { kb: '970363', platform: 'All Windows client operating systems', severity: 'Critical', osIds: [], installer: undefined },
      { kb: '970363', platform: 'All Windows server operating systems', severity: 'Moderate', osIds: [], installer: undefined },
    ]);
  });

  it('shows the whole Silverlight component, "Silverlight 2, upgraded to Silverlight 3", not just "Silverlight 2"', () => {
    // The facts give this component text for rows 46–48. In 970363.mdx it sits unquoted inside a
    // YAML flow mapping, where the comma ends the value.
    expect(rows.slice(-3).map((row) => row.component)).toEqual([
      'Silverlight 2, upgraded to Silverlight 3',
      'Silverlight 2, upgraded to Silverlight 3',
      'Silverlight 2, upgraded to Silverlight 3',
    ]);
  });

  it('returns no rows for a bulletin the site does not have', () => {
    expect(affectedSoftwareRows(loadContent(), 'ms09-999')).toEqual([]);
  });
});

describe('sample rows of the bulletin\'s Affected Software table (facts file, section 2)', () => {
  // Typed by hand from /work/shared/reference/ms09-061-facts.md; "None" in Replaces is undefined here.
  const SAMPLES: [row: number, os: string[], frameworks: string[], kb: string, installer: string, severity: string, replaces?: string][] = [
    [1, ['windows-2000-sp4-x86'], ['net-1-1-sp1'], '953297', 'NDP1.1SP1-KB953297-x86', 'Critical', 'MS07-040'],
    [2, ['windows-2000-sp4-x86'], ['net-2-0-sp1'], '953300', 'NDP20SP1-KB953300-v2-x86', 'Critical'],
    [4, ['windows-xp-sp2-sp3-x86'], ['net-1-0-sp3'], '953295', 'NDP1.0SP3-KB953295-X86-OCM-ENU', 'Critical', 'MS07-040'],
    [10, ['windows-xp-professional-x64-sp2'], ['net-2-0-sp2', 'net-3-5-sp1'], '974417', 'NDP20SP2-KB974417-x64', 'Critical'],
    [11, ['windows-server-2003-sp2-x86'], ['net-1-1-sp1'], '953298', 'WindowsServer2003-KB953298-x86-ENU', 'Important', 'MS07-040'],
    [17, ['windows-server-2003-sp2-ia64'], ['net-1-1-sp1'], '953297', 'NDP1.1SP1-KB953297-x86', 'Important', 'MS07-040'],
    [18, ['windows-server-2003-sp2-ia64'], ['net-2-0-sp1', 'net-3-5'], '953300', 'NDP20SP1-KB953300-v2-ia64', 'Important'],
    [20, ['windows-vista-rtm-x86', 'windows-vista-sp1-x86', 'windows-vista-sp2-x86'], ['net-1-1-sp1'], '953297', 'NDP1.1SP1-KB953297-x86', 'Critical', 'MS07-040'],
    [21, ['windows-vista-rtm-x86'], ['net-2-0'], '974468', 'Windows6.0-KB974468-x86', 'Critical'],
    [29, ['windows-vista-rtm-x64'], ['net-2-0-sp1', 'net-3-5'], '974292', 'Windows6.0-KB974292-x64', 'Critical'],
    [33, ['windows-vista-sp2-x64'], ['net-2-0-sp2'], '974470', 'Windows6.0-KB974470-x64', 'Critical'],
    [37, ['windows-server-2008-sp2-x86'], ['net-2-0-sp2'], '974470', 'Windows6.0-KB974470-x86', 'Important'],
    [42, ['windows-server-2008-rtm-ia64', 'windows-server-2008-sp2-ia64'], ['net-1-1-sp1'], '953297', 'NDP1.1SP1-KB953297-x86', 'Important', 'MS07-040'],
    [44, ['windows-server-2008-rtm-ia64'], ['net-2-0-sp2', 'net-3-5-sp1'], '974469', 'Windows6.0-KB974469-ia64', 'Important'],
  ];

  const cases = SAMPLES.map(([row, os, frameworks, kb, installer, severity, replaces]) => ({ row, os, frameworks, kb, installer, severity, replaces }));

  it.each(cases)('row $row is KB$kb with package $installer, rated $severity', ({ os, frameworks, kb, installer, severity, replaces }) => {
    const row = rowFor(os, frameworks);
    expect(row, 'no row covers exactly these OS and .NET ids').toBeDefined();
    expect(row!.kb).toBe(kb);
    expect(row!.installer).toBe(installer);
    expect(row!.severity).toBe(severity);
    expect(row!.replaces).toBe(replaces);
  });

  it('names both components of a combined row, joined with "and"', () => {
    expect(rowFor(['windows-xp-sp2-sp3-x86'], ['net-2-0-sp1', 'net-3-5'])?.component).toBe(
      '.NET Framework 2.0 Service Pack 1 and .NET Framework 3.5',
    );
  });

  it('names every edition of a row that covers several, separated by semicolons', () => {
    expect(rowFor(['windows-server-2008-rtm-x64', 'windows-server-2008-sp2-x64'], ['net-1-1-sp1'])?.platform).toBe(
      'Windows Server 2008 x64 (no service pack); Windows Server 2008 x64 Service Pack 2',
    );
  });

  it('keeps the note that .NET 1.0 SP3 concerns only XP Media Center and Tablet PC', () => {
    expect(rowFor(['windows-xp-sp2-sp3-x86'], ['net-1-0-sp3'])?.note).toBe(
      'Only Windows XP Media Center Edition 2005 and Windows XP Tablet PC Edition 2005',
    );
  });
});

describe('the order of the .NET rows', () => {
  /**
   * Rows 1–45 of the facts table in the bulletin's order, as "KB OS ids / .NET ids", typed by hand.
   * The bulletin lists Vista 32-bit RTM, SP1 and SP2 (rows 20–26) before any Vista x64 row, and
   * Server 2008 by architecture (32-bit RTM and SP2, then x64, then Itanium).
   */
  const BULLETIN_ORDER = [
    '953297 windows-2000-sp4-x86 / net-1-1-sp1', // 1
    '953300 windows-2000-sp4-x86 / net-2-0-sp1',
    '974417 windows-2000-sp4-x86 / net-2-0-sp2',
    '953295 windows-xp-sp2-sp3-x86 / net-1-0-sp3',
    '953297 windows-xp-sp2-sp3-x86 / net-1-1-sp1', // 5
    '953300 windows-xp-sp2-sp3-x86 / net-2-0-sp1 net-3-5',
    '974417 windows-xp-sp2-sp3-x86 / net-2-0-sp2 net-3-5-sp1',
    '953297 windows-xp-professional-x64-sp2 / net-1-1-sp1',
    '953300 windows-xp-professional-x64-sp2 / net-2-0-sp1 net-3-5',
    '974417 windows-xp-professional-x64-sp2 / net-2-0-sp2 net-3-5-sp1', // 10
    '953298 windows-server-2003-sp2-x86 / net-1-1-sp1',
    '953300 windows-server-2003-sp2-x86 / net-2-0-sp1 net-3-5',
    '974417 windows-server-2003-sp2-x86 / net-2-0-sp2 net-3-5-sp1',
    '953297 windows-server-2003-sp2-x64 / net-1-1-sp1',
    '953300 windows-server-2003-sp2-x64 / net-2-0-sp1 net-3-5', // 15
    '974417 windows-server-2003-sp2-x64 / net-2-0-sp2 net-3-5-sp1',
    '953297 windows-server-2003-sp2-ia64 / net-1-1-sp1',
    '953300 windows-server-2003-sp2-ia64 / net-2-0-sp1 net-3-5',
    '974417 windows-server-2003-sp2-ia64 / net-2-0-sp2 net-3-5-sp1',
    '953297 windows-vista-rtm-x86 windows-vista-sp1-x86 windows-vista-sp2-x86 / net-1-1-sp1', // 20
    '974468 windows-vista-rtm-x86 / net-2-0',
    '974292 windows-vista-rtm-x86 / net-2-0-sp1 net-3-5',
    '974467 windows-vista-rtm-x86 / net-2-0-sp2 net-3-5-sp1',
    '974291 windows-vista-sp1-x86 / net-2-0-sp1',
    '974469 windows-vista-sp1-x86 / net-2-0-sp2 net-3-5-sp1', // 25
    '974470 windows-vista-sp2-x86 / net-2-0-sp2',
    '953297 windows-vista-rtm-x64 windows-vista-sp1-x64 windows-vista-sp2-x64 / net-1-1-sp1',
    '974468 windows-vista-rtm-x64 / net-2-0',
    '974292 windows-vista-rtm-x64 / net-2-0-sp1 net-3-5',
    '974467 windows-vista-rtm-x64 / net-2-0-sp2 net-3-5-sp1', // 30
    '974291 windows-vista-sp1-x64 / net-2-0-sp1',
    '974469 windows-vista-sp1-x64 / net-2-0-sp2 net-3-5-sp1',
    '974470 windows-vista-sp2-x64 / net-2-0-sp2',
    '953297 windows-server-2008-rtm-x86 windows-server-2008-sp2-x86 / net-1-1-sp1',
    '974291 windows-server-2008-rtm-x86 / net-2-0-sp1', // 35
    '974469 windows-server-2008-rtm-x86 / net-2-0-sp2 net-3-5-sp1',
    '974470 windows-server-2008-sp2-x86 / net-2-0-sp2',
    '953297 windows-server-2008-rtm-x64 windows-server-2008-sp2-x64 / net-1-1-sp1',
    '974291 windows-server-2008-rtm-x64 / net-2-0-sp1',
    '974469 windows-server-2008-rtm-x64 / net-2-0-sp2 net-3-5-sp1', // 40
    '974470 windows-server-2008-sp2-x64 / net-2-0-sp2',
    '953297 windows-server-2008-rtm-ia64 windows-server-2008-sp2-ia64 / net-1-1-sp1',
    '974291 windows-server-2008-rtm-ia64 / net-2-0-sp1',
    '974469 windows-server-2008-rtm-ia64 / net-2-0-sp2 net-3-5-sp1',
    '974470 windows-server-2008-sp2-ia64 / net-2-0-sp2', // 45
  ];
  const shown = dotnetRows.map((row) => `${row.kb} ${row.osIds.join(' ')} / ${row.frameworkIds.join(' ')}`);

  it('holds the same 45 rows as the bulletin, in any order', () => {
    expect([...shown].sort()).toEqual([...BULLETIN_ORDER].sort());
  });

  it('lists the .NET rows in the bulletin\'s order (Vista 32-bit before Vista x64; Server 2008 grouped by architecture)', () => {
    expect(shown).toEqual(BULLETIN_ORDER);
  });
});
