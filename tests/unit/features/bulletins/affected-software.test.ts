import { describe, expect, it } from 'vitest';
import {
  affectedSoftwareRows,
  replacesSentence,
  rowNames,
  type AffectedSoftwareRow,
} from '../../../../src/features/bulletins/affected-software';
import { REFERENCE_ROWS } from '../../../fixtures/reference-rows';
import { loadContent } from '../../content-model/load-content';

const rows = affectedSoftwareRows(loadContent(), 'ms09-061');
const dotnetRows = rows.filter((row) => row.systems.length > 0);
const ids = (entries: { id: string }[]) => entries.map((entry) => entry.id);

/** The row that covers exactly these OS ids and .NET ids, whatever its position. */
function rowFor(osIds: string[], frameworkIds: string[]): AffectedSoftwareRow | undefined {
  return rows.find(
    (row) =>
      ids(row.systems).join() === osIds.join() &&
      ids(row.frameworks).join() === frameworkIds.join(),
  );
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
      systems: [{ id: 'windows-2000-sp4-x86', name: 'Windows 2000 Service Pack 4' }],
      platform: 'Windows 2000 Service Pack 4',
      frameworks: [{ id: 'net-1-1-sp1', name: '.NET Framework 1.1 Service Pack 1' }],
      component: '.NET Framework 1.1 Service Pack 1',
      installer: 'NDP1.1SP1-KB953297-x86',
      severity: 'Critical',
      replaces: 'MS07-040',
    });
  });

  it('ends with the three Silverlight rows: Mac, Windows clients, Windows servers', () => {
    expect(
      rows.slice(-3).map(({ kb, platform, severity, systems, installer }) => ({
        kb,
        platform,
        severity,
        systems,
        installer,
      })),
    ).toEqual([
      { kb: '970363', platform: 'Mac', severity: 'Critical', systems: [], installer: undefined },
      {
        kb: '970363',
        platform: 'All Windows client operating systems',
        severity: 'Critical',
        systems: [],
        installer: undefined,
      },
      {
        kb: '970363',
        platform: 'All Windows server operating systems',
        severity: 'Moderate',
        systems: [],
        installer: undefined,
      },
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

  it('refuses a bulletin the site does not have, naming it', () => {
    expect(() => affectedSoftwareRows(loadContent(), 'ms09-999')).toThrow(
      'No bulletin "ms09-999" in src/content/bulletins',
    );
  });
});

describe("every row of the bulletin's Affected Software table (facts file, section 2)", () => {
  it.each(REFERENCE_ROWS)(
    'row $row is KB$kb with package $installer, rated $severity',
    ({ os, frameworks, kb, installer, severity }) => {
      const row = rowFor(os, frameworks);
      expect(row, 'no row covers exactly these OS and .NET ids').toBeDefined();
      expect(row!.kb).toBe(kb);
      expect(row!.installer).toBe(installer);
      expect(row!.severity).toBe(severity);
    },
  );

  it('says the .NET 1.0 and 1.1 rows replace MS07-040 and the others replace nothing', () => {
    for (const ref of REFERENCE_ROWS) {
      const replaces = ['953295', '953297', '953298'].includes(ref.kb) ? 'MS07-040' : undefined;
      expect(rowFor(ref.os, ref.frameworks)?.replaces, `row ${ref.row}`).toBe(replaces);
    }
  });

  it('names both components of a combined row, joined with "and"', () => {
    expect(rowFor(['windows-xp-sp2-sp3-x86'], ['net-2-0-sp1', 'net-3-5'])?.component).toBe(
      '.NET Framework 2.0 Service Pack 1 and .NET Framework 3.5',
    );
  });

  it('names every edition of a row that covers several, separated by semicolons', () => {
    expect(
      rowFor(['windows-server-2008-rtm-x64', 'windows-server-2008-sp2-x64'], ['net-1-1-sp1'])
        ?.platform,
    ).toBe('Windows Server 2008 x64 (no service pack); Windows Server 2008 x64 Service Pack 2');
  });

  it('keeps the note that .NET 1.0 SP3 concerns only XP Media Center and Tablet PC', () => {
    expect(rowFor(['windows-xp-sp2-sp3-x86'], ['net-1-0-sp3'])?.note).toBe(
      'Only Windows XP Media Center Edition 2005 and Windows XP Tablet PC Edition 2005',
    );
  });
});

describe('the order of the .NET rows', () => {
  // tests/fixtures/reference-rows.ts lists the rows in the bulletin's own order.
  const BULLETIN_ORDER = REFERENCE_ROWS.map(
    (ref) => `${ref.kb} ${ref.os.join(' ')} / ${ref.frameworks.join(' ')}`,
  );
  const shown = dotnetRows.map(
    (row) => `${row.kb} ${ids(row.systems).join(' ')} / ${ids(row.frameworks).join(' ')}`,
  );

  it('holds the same 45 rows as the bulletin, in any order', () => {
    expect([...shown].sort()).toEqual([...BULLETIN_ORDER].sort());
  });

  it("lists the .NET rows in the bulletin's order (Vista 32-bit before Vista x64; Server 2008 grouped by architecture)", () => {
    expect(shown).toEqual(BULLETIN_ORDER);
  });
});

describe('rowNames', () => {
  const linked = (row: AffectedSoftwareRow) => {
    const names = rowNames(row);
    return [...names.systems, ...names.frameworks].flatMap((name) =>
      name.pair ? [`${name.pair.osId} ${name.pair.frameworkId}`] : [],
    );
  };

  it('links each .NET version of a one-Windows row to its own page, and not the Windows name', () => {
    const names = rowNames(rowFor(['windows-xp-sp2-sp3-x86'], ['net-2-0-sp1', 'net-3-5'])!);
    expect(names.systems).toEqual([{ name: 'Windows XP Service Pack 2 or Service Pack 3' }]);
    expect(names.frameworks).toEqual([
      {
        name: '.NET Framework 2.0 Service Pack 1',
        pair: { osId: 'windows-xp-sp2-sp3-x86', frameworkId: 'net-2-0-sp1' },
      },
      {
        name: '.NET Framework 3.5',
        pair: { osId: 'windows-xp-sp2-sp3-x86', frameworkId: 'net-3-5' },
      },
    ]);
  });

  it('links each Windows edition of a row that covers several (Vista RTM, SP1, SP2 with 1.1 SP1)', () => {
    const names = rowNames(
      rowFor(
        ['windows-vista-rtm-x86', 'windows-vista-sp1-x86', 'windows-vista-sp2-x86'],
        ['net-1-1-sp1'],
      )!,
    );
    expect(names.systems.map((name) => name.pair?.osId)).toEqual([
      'windows-vista-rtm-x86',
      'windows-vista-sp1-x86',
      'windows-vista-sp2-x86',
    ]);
    expect(names.frameworks).toEqual([{ name: '.NET Framework 1.1 Service Pack 1' }]);
  });

  it.each(REFERENCE_ROWS)('links every pair of row $row exactly once', ({ os, frameworks }) => {
    expect(linked(rowFor(os, frameworks)!).sort()).toEqual(
      os.flatMap((o) => frameworks.map((f) => `${o} ${f}`)).sort(),
    );
  });

  it('links nothing in a Silverlight row, and shows its platform and component', () => {
    const row = rows.find((r) => r.kb === '970363')!;
    expect(rowNames(row)).toEqual({
      systems: [{ name: 'Mac' }],
      frameworks: [{ name: 'Silverlight 2, upgraded to Silverlight 3' }],
    });
  });

  it('refuses a row of several Windows editions and several .NET versions, naming its KB', () => {
    const row = rowFor(['windows-xp-sp2-sp3-x86'], ['net-2-0-sp1', 'net-3-5'])!;
    const doubled = {
      ...row,
      systems: [
        ...row.systems,
        {
          id: 'windows-xp-professional-x64-sp2',
          name: 'Windows XP Professional x64 Edition Service Pack 2',
        },
      ],
    };
    expect(() => rowNames(doubled)).toThrow(
      /^KB953300: a row of several Windows editions and several \.NET versions/,
    );
  });
});

describe('replacesSentence', () => {
  const rowsOf = (bulletin: string, kb: string) =>
    affectedSoftwareRows(loadContent(), bulletin).filter((row) => row.kb === kb);

  // MS10-070's table (tests/fixtures/ms10-070-bulletin.ts): KB2416447 replaces MS10-041 on four of its Windows rows.
  it('names the Windows rows where an update replaces an earlier bulletin, and only those', () => {
    expect(replacesSentence(rowsOf('ms10-070', '2416447'))).toBe(
      'Replaces MS10-041 on Windows XP Service Pack 3, Windows XP Professional x64 Edition Service Pack 2, Windows Server 2003 x64 Edition Service Pack 2 and Windows Server 2003 with SP2 for Itanium-based Systems; elsewhere no earlier bulletin.',
    );
  });

  // MS09-061's facts (section 2): KB953297 replaces MS07-040 on every row.
  it('says it once where every row replaces the same bulletin', () => {
    expect(replacesSentence(rowsOf('ms09-061', '953297'))).toBe('Replaces MS07-040.');
  });

  it('says so where no row replaces one', () => {
    expect(replacesSentence(rowsOf('ms10-070', '2416472'))).toBe('Replaces no earlier bulletin.');
  });
});
