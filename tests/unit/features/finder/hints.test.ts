import { describe, expect, it } from 'vitest';
import { finderHint } from '../../../../src/features/finder/hints';
import { buildFixTable } from '../../../../src/features/fixes/fix-table';
import { loadContent } from '../../content-model/load-content';

const table = buildFixTable(loadContent(), 'ms09-061');
const hintFor = (key: string) => {
  const [release, architecture] = key.split('/');
  return [finderHint(table, release, architecture)];
};

describe('finderHint', () => {
  it('has no hint for a release the table does not have', () => {
    expect(finderHint(table, 'windows-95')).toBeUndefined();
  });

  it('does not offer .NET 3.0 to 3.5 SP1 and 3.5.1 on Windows 2000, with both reasons', () => {
    const [hint] = hintFor('windows-2000-sp4/x86');
    expect(hint?.unavailable).toEqual([
      'net-3-0',
      'net-3-0-sp1',
      'net-3-0-sp2',
      'net-3-5',
      'net-3-5-sp1',
      'net-3-5-1',
    ]);
    expect(hint?.unavailableTexts[1]).toMatch(
      /^Not offered on Windows 2000 SP4: .NET 3.5, 3.5 SP1. .NET Framework 3.5 supports/,
    );
  });

  it("says the 3.0 part for Windows 2000 is the site's reading", () => {
    expect(hintFor('windows-2000-sp4')[0]?.unavailableTexts[0]).toBe(
      "Not offered on Windows 2000 SP4: .NET 3.0, 3.0 SP1, 3.0 SP2. .NET Framework 3.5 supports, of the Windows versions before Vista, only Windows XP (SP2 or later) and Windows Server 2003. Windows 2000 is not one of them. (The research notes say .NET 3.0 does not install on Windows 2000 either, but name a source only for 3.5: for 3.0 this is the site's reading.) Source: Aaron Stebner, “.NET Framework 2.0 SP1 and 3.0 SP1 repair options on Windows Vista and Windows Server 2008”, and the bulletin's Affected Software table, which has no 3.5 row for Windows 2000.",
    );
  });

  it('does not offer 3.5.1 on Windows XP, saying it is built into Windows 7 and Server 2008 R2', () => {
    const [hint] = hintFor('windows-xp-sp2-sp3/x86');
    expect(hint?.unavailable).toEqual(['net-3-5-1']);
    expect(hint?.unavailableTexts[0]).toContain(
      'Not offered on Windows XP SP2 or SP3: .NET 3.5.1. The bulletin calls .NET Framework 3.5.1 the version built into Windows 7 and Windows Server 2008 R2.',
    );
  });

  it('says what is part of Vista SP2 once its architecture is chosen', () => {
    expect(hintFor('windows-vista-sp2/x64')[0]?.windowsOwnText).toBe(
      'Part of Windows Vista SP2: .NET 2.0 SP2, 3.0 SP2. The answer includes what it needs, ticked or not.',
    );
  });

  it('says 32-bit Server 2003 includes 1.1 SP1, and the 64-bit editions nothing', () => {
    expect([
      hintFor('windows-server-2003-sp2/x86')[0]?.windowsOwnText,
      hintFor('windows-server-2003-sp2/x64')[0]?.windowsOwnText,
    ]).toEqual([
      'Part of Windows Server 2003 SP2: .NET 1.1 SP1. The answer includes what it needs, ticked or not.',
      '',
    ]);
  });

  it('says .NET 3.0 is part of Server 2008 only when its feature is turned on', () => {
    expect(hintFor('windows-server-2008-sp2/ia64')[0]?.windowsOwnText).toContain(
      'Part of Windows only if the .NET Framework 3.0 feature is turned on: .NET 3.0 SP2.',
    );
  });

  it('has nothing to say about Windows 7 before its architecture is chosen', () => {
    expect(hintFor('windows-7')).toEqual([
      { unavailable: [], unavailableTexts: [], windowsOwnText: '' },
    ]);
  });
});
