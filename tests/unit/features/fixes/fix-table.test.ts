import { describe, expect, it } from 'vitest';
import {
  buildFixTable,
  allFixes,
  groupFixesByOs,
  kbsByReach,
  mostServingUpdates,
  installerFor,
  resolveFix,
  servedNoteSentence,
  type Fix,
} from '../../../../src/features/fixes/fix-table';
import { REFERENCE_PAIRS, REFERENCE_ROWS } from '../../../fixtures/reference-rows';
import { loadContent } from '../../content-model/load-content';

const table = buildFixTable(loadContent(), 'ms09-061');
const osEntry = (id: string) => table.operatingSystems.find((os) => os.id === id)!;

describe("resolveFix on every row of the bulletin's Affected Software table", () => {
  it('has the 45 rows of the facts table', () => {
    expect(REFERENCE_ROWS.map(({ row }) => row)).toEqual(
      Array.from({ length: 45 }, (_, i) => i + 1),
    );
  });

  it.each(REFERENCE_PAIRS)(
    'row $row: $os with $framework needs KB$kb ($installer)',
    ({ os, framework, kb, installer }) => {
      const answer = resolveFix(table, os, framework);
      expect(answer.kind).toBe('update');
      if (answer.kind !== 'update') return;
      expect(answer.kbs).toEqual([kb]);
      expect(installerFor(table, kb, osEntry(os)).toLowerCase()).toBe(installer.toLowerCase());
      expect(answer.via).toBeUndefined();
    },
  );

  it('serves exactly the pairs of the facts table, no more', () => {
    const expected = Object.fromEntries(
      REFERENCE_PAIRS.map(({ os, framework, kb }) => [`${os} ${framework}`, [kb]]),
    );
    expect(table.served).toEqual(expected);
  });
});

describe('resolveFix beyond the table', () => {
  it('sends .NET 3.5 SP1 on Vista SP2 (32-bit) to KB974470 through the 2.0 SP2 it installs', () => {
    expect(resolveFix(table, 'windows-vista-sp2-x86', 'net-3-5-sp1')).toEqual({
      kind: 'update',
      kbs: ['974470'],
      via: 'net-2-0-sp2',
    });
    expect(installerFor(table, '974470', osEntry('windows-vista-sp2-x86'))).toBe(
      'Windows6.0-KB974470-x86',
    );
  });

  it('reports .NET 1.1 SP1 on Windows 7 x64 as withdrawn from KB953297 in revision 1.4', () => {
    const answer = resolveFix(table, 'windows-7-x64', 'net-1-1-sp1');
    expect(answer.kind).toBe('withdrawn');
    if (answer.kind !== 'withdrawn') return;
    expect(answer.kb).toBe('953297');
    expect(answer.version).toBe('1.4');
    expect(answer.reason).toContain('not a supported component');
  });

  it('reports .NET 1.1 SP1 on Windows Server 2008 R2 for Itanium as withdrawn too', () => {
    expect(resolveFix(table, 'windows-server-2008-r2-ia64', 'net-1-1-sp1')).toMatchObject({
      kind: 'withdrawn',
      kb: '953297',
      version: '1.4',
    });
  });

  it("reports .NET 3.0 on Windows XP as not affected, with the bulletin's note", () => {
    expect(resolveFix(table, 'windows-xp-sp2-sp3-x86', 'net-3-0')).toEqual({
      kind: 'not-affected',
      note: 'On all supported versions of Windows',
    });
  });

  it('reports .NET 3.5.1 on Windows 7 as not affected', () => {
    expect(resolveFix(table, 'windows-7-x86', 'net-3-5-1')).toEqual({
      kind: 'not-affected',
      note: 'On all supported versions of Windows',
    });
  });

  it('reports .NET 1.0 SP3 on Windows Vista as not listed by the bulletin', () => {
    expect(resolveFix(table, 'windows-vista-sp1-x86', 'net-1-0-sp3')).toEqual({
      kind: 'not-listed',
    });
  });

  it('reports an unknown Windows edition as not listed', () => {
    expect(resolveFix(table, 'windows-98', 'net-1-1-sp1')).toEqual({ kind: 'not-listed' });
  });

  it('reports an unknown .NET version as not listed', () => {
    expect(resolveFix(table, 'windows-xp-sp2-sp3-x86', 'net-4-0')).toEqual({ kind: 'not-listed' });
  });
});

describe('buildFixTable', () => {
  it('throws when the bulletin does not exist', () => {
    expect(() => buildFixTable(loadContent(), 'ms09-999')).toThrow(
      'No bulletin "ms09-999" in src/content/bulletins',
    );
  });

  it('names the bulletin and its final revision', () => {
    expect(table.bulletin).toEqual({
      id: 'ms09-061',
      code: 'MS09-061',
      title:
        'Vulnerabilities in the Microsoft .NET Common Language Runtime Could Allow Remote Code Execution',
      version: '1.4',
    });
  });

  it('gives every update an Update Catalog search for its KB', () => {
    expect(table.updates['974470'].updateCatalog).toBe(
      'https://www.catalog.update.microsoft.com/Search.aspx?q=KB974470',
    );
  });

  it('keeps the log folder the bulletin names for KB953297', () => {
    expect(table.updates['953297'].logFolder).toBe('%temp%\\NDP1.1sp1-KB953297-X86');
  });
});

describe('allFixes', () => {
  const fixes = allFixes(table);

  it('answers each pair with the KB and package the reference gives for it', () => {
    const reference = Object.fromEntries(
      REFERENCE_PAIRS.map((pair) => [
        `${pair.os} ${pair.framework}`,
        `KB${pair.kb} ${pair.installer}`,
      ]),
    );
    const shown = Object.fromEntries(
      fixes.map((c) => [
        `${c.os.id} ${c.framework.id}`,
        c.answer.kbs.map((kb) => `KB${kb} ${installerFor(table, kb, c.os)}`).join(', '),
      ]),
    );
    expect(shown).toEqual(reference);
  });

  it('holds exactly the pairs of the facts table', () => {
    const pairs = fixes.map((c) => `${c.os.id} ${c.framework.id}`).sort();
    expect(pairs).toEqual(REFERENCE_PAIRS.map(({ os, framework }) => `${os} ${framework}`).sort());
  });

  // Facts table row 4: Windows XP SP2 / SP3 (only Media Center Edition 2005 and Tablet PC Edition 2005), .NET 1.0 SP3.
  it('carries the edition limit of row 4 to the fix for .NET 1.0 SP3 on Windows XP', () => {
    const fix = fixes.find(
      (c) => c.os.id === 'windows-xp-sp2-sp3-x86' && c.framework.id === 'net-1-0-sp3',
    )!;
    expect(fix.note).toMatch(/Media Center Edition 2005 and Windows XP Tablet PC Edition 2005/);
  });

  it('gives only the fix for .NET 1.0 SP3 on Windows XP a row note, as only row 4 has one', () => {
    expect(fixes.filter((c) => c.note).map((c) => `${c.os.id} ${c.framework.id}`)).toEqual([
      'windows-xp-sp2-sp3-x86 net-1-0-sp3',
    ]);
  });

  it('gives no page to a pair answered only through the version it brings', () => {
    expect(
      fixes.some((c) => c.os.id === 'windows-vista-sp2-x86' && c.framework.id === 'net-3-5-sp1'),
    ).toBe(false);
  });

  it('includes nothing for Windows 7 or Windows Server 2008 R2', () => {
    const releases = new Set(fixes.map((c) => c.os.release));
    expect(releases.has('windows-7')).toBe(false);
    expect(releases.has('windows-server-2008-r2')).toBe(false);
  });
});

describe('groupFixesByOs', () => {
  it("groups the fixes by Windows edition, in the bulletin's order (32-bit editions of a release before x64)", () => {
    const groups = groupFixesByOs(allFixes(table));
    expect(groups.map((group) => group[0].os.id)).toEqual([
      'windows-2000-sp4-x86',
      'windows-xp-sp2-sp3-x86',
      'windows-xp-professional-x64-sp2',
      'windows-server-2003-sp2-x86',
      'windows-server-2003-sp2-x64',
      'windows-server-2003-sp2-ia64',
      'windows-vista-rtm-x86',
      'windows-vista-sp1-x86',
      'windows-vista-sp2-x86',
      'windows-vista-rtm-x64',
      'windows-vista-sp1-x64',
      'windows-vista-sp2-x64',
      'windows-server-2008-rtm-x86',
      'windows-server-2008-sp2-x86',
      'windows-server-2008-rtm-x64',
      'windows-server-2008-sp2-x64',
      'windows-server-2008-rtm-ia64',
      'windows-server-2008-sp2-ia64',
    ]);
  });

  it('puts only one Windows edition in each group', () => {
    for (const group of groupFixesByOs(allFixes(table))) {
      expect(new Set(group.map((c) => c.os.id)).size).toBe(1);
    }
  });

  it('keeps the first-seen order of editions when fixes come interleaved', () => {
    const [a1, b1, a2] = [
      allFixes(table).find((c) => c.os.id === 'windows-xp-sp2-sp3-x86')!,
      allFixes(table).find((c) => c.os.id === 'windows-2000-sp4-x86')!,
      allFixes(table).findLast((c) => c.os.id === 'windows-xp-sp2-sp3-x86')!,
    ] as Fix[];
    expect(groupFixesByOs([a1, b1, a2])).toEqual([[a1, a2], [b1]]);
  });
});

describe('kbsByReach', () => {
  it('puts KB953297 first: one package for .NET 1.1 SP1 on every affected Windows but 32-bit Server 2003', () => {
    expect(kbsByReach(table)[0]).toBe('953297');
  });

  it('ranks the .NET updates by the pairs they serve in the reference, ties by KB number', () => {
    // Counted by hand from the facts' section 2: KB953297 17 pairs; KB953300 and KB974417 11;
    // KB974469 10; KB974291 and KB974470 5; KB974292 and KB974467 4; KB974468 2; KB953295 and KB953298 1.
    expect(kbsByReach(table)).toEqual([
      '953297',
      '953300',
      '974417',
      '974469',
      '974291',
      '974470',
      '974292',
      '974467',
      '974468',
      '953295',
      '953298',
    ]);
  });
});

describe('mostServingUpdates', () => {
  const updates = ['953295', '953297', '953298', '953300', '974417'].map((kb) => ({
    data: { kb },
  }));

  it('puts KB953297 first: .NET 1.1 SP1 on every Windows from 2000 to Server 2008 (rows 1, 5, 8, 14, 17, 20, 27, 34, 38, 42)', () => {
    expect(mostServingUpdates(table, updates, 1).map((u) => u.data.kb)).toEqual(['953297']);
  });
});

describe('servedNoteSentence', () => {
  // Facts table row 4: Windows XP SP2 / SP3 (only Media Center Edition 2005 and Tablet PC Edition 2005).
  it("says a row note as the bulletin's, in one sentence", () => {
    expect(
      servedNoteSentence(
        'Only Windows XP Media Center Edition 2005 and Windows XP Tablet PC Edition 2005',
      ),
    ).toBe(
      'The bulletin lists it here with this note: Only Windows XP Media Center Edition 2005 and Windows XP Tablet PC Edition 2005.',
    );
  });
});
