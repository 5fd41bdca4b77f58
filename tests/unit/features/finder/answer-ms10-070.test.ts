/**
 * The finder against MS10-070 as typed from the bulletin (tests/fixtures/ms10-070-bulletin.ts):
 * every (Windows, .NET) the bulletin speaks of, and machines that need both bulletins' updates.
 */
import { describe, expect, it } from 'vitest';
import { buildFixTable } from '../../../../src/features/fixes/fix-table';
import { answerFinder } from '../../../../src/features/finder/answer';
import { MS10_070_FIXES } from '../../../fixtures/ms10-070-bulletin';
import { DOTNET_ENTRY, WINDOWS_ENTRY } from '../../../fixtures/ms10-070-entries';
import { loadContent } from '../../content-model/load-content';

const content = loadContent();
const tables = [buildFixTable(content, 'ms09-061'), buildFixTable(content, 'ms10-070')];

/** The finder's answer for one Windows entry with these versions ticked, by bulletin id. */
function answerFor(osId: string, frameworks: string[]) {
  const os = tables[0].operatingSystems.find((o) => o.id === osId)!;
  const answer = answerFinder(tables, {
    release: os.release,
    architecture: os.architecture,
    frameworks,
  })!;
  return Object.fromEntries(answer.bulletins.map((b) => [b.bulletin.id, b]));
}

const cases = MS10_070_FIXES.flatMap((fix) =>
  fix.windows.map((windows) => ({ windows, dotnet: fix.dotnet, kbs: fix.kbs, why: fix.why })),
);

describe('the finder on every Windows and .NET version MS10-070 speaks of', () => {
  it('knows every Windows row and .NET version of the typed bulletin', () => {
    expect(cases.filter((c) => !WINDOWS_ENTRY[c.windows] || !DOTNET_ENTRY[c.dotnet])).toEqual([]);
    expect(cases.length).toBeGreaterThan(100);
  });

  it.each(cases)('$windows with .NET $dotnet needs $kbs', ({ windows, dotnet, kbs }) => {
    const framework = DOTNET_ENTRY[dotnet];
    const answer = answerFor(WINDOWS_ENTRY[windows], [framework])['ms10-070'];
    // The updates the ticked version needs; those Windows' own versions need are said apart.
    const forTicked = answer.fixes
      .filter((fix) => fix.frameworks.some((f) => f.framework.id === framework))
      .map((fix) => fix.kb);
    expect(forTicked.toSorted()).toEqual(kbs.toSorted());
    if (kbs.length === 0) expect(answer.notes.map((n) => n.framework.id)).toContain(framework);
  });
});

describe('machines that need both bulletins', () => {
  it('Windows XP SP3 with .NET 1.1 SP1, 2.0 SP2 and 3.5 SP1 gets every update of both in one answer', () => {
    const answer = answerFor('windows-xp-sp2-sp3-x86', [
      'net-1-1-sp1',
      'net-2-0-sp2',
      'net-3-5-sp1',
    ]);
    // MS09-061 (ms09-061-facts.md, section 2): KB953297 for 1.1 SP1, KB974417 for 2.0 SP2 and 3.5 SP1.
    expect(answer['ms09-061'].fixes.map((f) => f.kb).toSorted()).toEqual(['953297', '974417']);
    // MS10-070: KB2416447 for 1.1 SP1, KB2418241 for 2.0 SP2 and 3.5 SP1, KB2416473 for 3.5 SP1.
    expect(answer['ms10-070'].fixes.map((f) => f.kb).toSorted()).toEqual([
      '2416447',
      '2416473',
      '2418241',
    ]);
  });

  it('Windows 7 x64 with .NET 4 gets MS10-070 only, with the 3.5.1 Windows itself carries', () => {
    const answer = answerFor('windows-7-x64', ['net-4-0']);
    // MS09-061 revision 1.4 removed its only Windows 7 row: no update of it applies there.
    expect(answer['ms09-061'].fixes).toEqual([]);
    expect(answer['ms09-061'].osNote).toMatch(/^No .NET Framework update of MS09-061 applies/);
    const ms10070 = answer['ms10-070'];
    expect(ms10070.fixes.map((f) => f.kb).toSorted()).toEqual(['2416471', '2416472']);
    expect(ms10070.fixes.find((f) => f.kb === '2416471')!.windowsOwn).toHaveLength(1);
  });

  it('Windows 7 SP1 with .NET 4 needs KB2416472 alone: 3.5.1 is not affected there', () => {
    const answer = answerFor('windows-7-sp1-x64', ['net-4-0'])['ms10-070'];
    expect(answer.fixes.map((f) => f.kb)).toEqual(['2416472']);
  });

  // KB2416468 is labelled ".NET 3.5" but is the 2.0 SP1 package (NDP20SP1-KB2416468, facts section 4):
  // with 2.0 at SP2, KB2418241 (2.0 SP2) stands for it and KB2418240 still patches 3.5 itself.
  it('Windows XP with .NET 3.5 and 2.0 SP2 needs the 2.0 SP2 update, not the 2.0 SP1 package', () => {
    const answer = answerFor('windows-xp-sp2-sp3-x86', ['net-3-5', 'net-2-0-sp2'])['ms10-070'];
    expect(answer.fixes.map((f) => f.kb).toSorted()).toEqual(['2418240', '2418241']);
  });

  it('narrows to one bulletin when a link asks', () => {
    const os = tables[0].operatingSystems.find((o) => o.id === 'windows-vista-sp2-x86')!;
    const answer = answerFinder(tables, {
      release: os.release,
      architecture: os.architecture,
      frameworks: ['net-3-5-sp1'],
      bulletin: 'ms10-070',
    })!;
    expect(answer.bulletins.map((b) => b.bulletin.code)).toEqual(['MS10-070']);
  });
});
