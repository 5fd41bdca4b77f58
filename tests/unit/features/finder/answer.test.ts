import { describe, expect, it } from 'vitest';
import { buildFixTable, type FixTable } from '../../../../src/features/fixes/fix-table';
import type { FinderState } from '../../../../src/features/finder/state';
import {
  answerFinder as answerEveryBulletin,
  finderReleases,
  osFor,
  suggestFromUserAgent,
  unavailableForChoice,
} from '../../../../src/features/finder/answer';
import {
  readReportableWindowsList,
  readUserAgent,
  reportableWindowsList,
  windowsReportedBy,
} from '../../../../src/features/finder/user-agent';
import { REFERENCE_PAIRS } from '../../../fixtures/reference-rows';
import { loadContent } from '../../content-model/load-content';

const table = buildFixTable(loadContent(), 'ms09-061');
/** MS09-061's part of the finder's answer: what these cases are about. */
const answerFinder = (bulletinTable: FixTable, state: FinderState) =>
  answerEveryBulletin([bulletinTable], state)?.bulletins[0];
const families = finderReleases(table);
const familyNamed = (name: string) => families.find((f) => f.family === name);

/** The release and architecture under which the finder offers one OS entry of the table. */
function choiceFor(osId: string) {
  const os = table.operatingSystems.find((o) => o.id === osId);
  if (!os) throw new Error(`No OS "${osId}" in the fix table`);
  return { release: os.release, architecture: os.architecture };
}

/** Real user-agent strings (see tests/unit/features/finder/user-agent.test.ts). */
const UA = {
  ie8XpNet35:
    'Mozilla/4.0 (compatible; MSIE 8.0; Windows NT 5.1; Trident/4.0; .NET CLR 1.1.4322; .NET CLR 2.0.50727; .NET CLR 3.0.04506.648; .NET CLR 3.5.21022)',
  ie8XpNet35Sp1:
    'Mozilla/4.0 (compatible; MSIE 8.0; Windows NT 5.1; Trident/4.0; .NET CLR 1.1.4322; .NET CLR 2.0.50727; .NET CLR 3.0.4506.2152; .NET CLR 3.5.30729)',
  ie8XpNet20: 'Mozilla/4.0 (compatible; MSIE 8.0; Windows NT 5.1; Trident/4.0; .NET CLR 2.0.50727)',
  ie6Win2000: 'Mozilla/4.0 (compatible; MSIE 6.0; Windows NT 5.0; .NET CLR 1.1.4322)',
  ie6Win2000Sp1: 'Mozilla/4.0 (compatible; MSIE 6.0; Windows NT 5.01; .NET CLR 1.0.3705)',
  ie7Vista:
    'Mozilla/4.0 (compatible; MSIE 7.0; Windows NT 6.0; SLCC1; .NET CLR 2.0.50727; .NET CLR 3.0.04506)',
  ie8VistaWow64:
    'Mozilla/4.0 (compatible; MSIE 8.0; Windows NT 6.0; WOW64; Trident/4.0; SLCC1; .NET CLR 2.0.50727; Media Center PC 5.0; .NET CLR 3.5.30729; .NET CLR 3.0.30729)',
  ie7Server2003Wow64:
    'Mozilla/4.0 (compatible; MSIE 7.0; Windows NT 5.2; WOW64; .NET CLR 2.0.50727)',
  ie7Server2003x86:
    'Mozilla/4.0 (compatible; MSIE 7.0; Windows NT 5.2; .NET CLR 1.1.4322; .NET CLR 2.0.50727)',
  ie7Itanium: 'Mozilla/4.0 (compatible; MSIE 7.0; Windows NT 5.2; Win64; IA64; .NET CLR 2.0.50727)',
  ie8Win7x86:
    'Mozilla/4.0 (compatible; MSIE 8.0; Windows NT 6.1; Trident/4.0; SLCC2; .NET CLR 2.0.50727; .NET CLR 3.5.30729; .NET CLR 3.0.30729; Media Center PC 6.0)',
  ie8Win7Wow64:
    'Mozilla/4.0 (compatible; MSIE 8.0; Windows NT 6.1; WOW64; Trident/4.0; SLCC2; .NET CLR 2.0.50727; .NET CLR 3.5.30729; .NET CLR 3.0.30729; Media Center PC 6.0)',
  chromeWindows10:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
  firefoxWindows10:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0',
  safariMac:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15',
  chromeLinux:
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
  firefoxUbuntu: 'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0',
  chromeAndroid:
    'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36',
};

const suggest = (userAgent: string) => suggestFromUserAgent(table, readUserAgent(userAgent));

describe('the Windows the finder answers from the browser', () => {
  const listed = readReportableWindowsList(reportableWindowsList(table.operatingSystems));
  const reported = (userAgent: string) =>
    windowsReportedBy(listed, readUserAgent(userAgent)).length > 0;

  it('are the NT version and architecture pairs of Windows 2000, XP, XP x64 and Server 2003, Vista and Server 2008, 7 and Server 2008 R2, each once', () => {
    expect(reportableWindowsList(table.operatingSystems)).toBe(
      '5.0 x86,5.1 x86,5.2 x64,5.2 x86,5.2 ia64,6.0 x86,6.0 x64,6.0 ia64,6.1 x86,6.1 x64,6.1 ia64',
    );
  });

  it('include IE 8 on 64-bit Windows 7 as the page lists them', () => {
    expect(reported(UA.ie8Win7Wow64)).toBe(true);
  });

  it('leave out 64-bit Windows 2000, which the bulletin has no entry for, though NT 5.0 is covered', () => {
    expect(reported('Mozilla/4.0 (compatible; MSIE 6.0; Windows NT 5.0; Win64; x64)')).toBe(false);
  });

  it('leave out Windows 10, whose browsers the suggestion does not answer either', () => {
    expect([reported(UA.chromeWindows10), suggest(UA.chromeWindows10)]).toEqual([false, undefined]);
  });

  it('are answered by the suggestion whenever the page lists them: XP, 32-bit', () => {
    expect([reported(UA.ie8XpNet20), suggest(UA.ie8XpNet20)?.state.release]).toEqual([
      true,
      'windows-xp-sp2-sp3',
    ]);
  });
});

describe('finderReleases', () => {
  it("groups the releases into six families, in the table's order", () => {
    expect(families.map((f) => f.family)).toEqual([
      'Windows 2000',
      'Windows XP',
      'Windows Server 2003',
      'Windows Vista',
      'Windows Server 2008',
      'Windows 7 and Server 2008 R2',
    ]);
  });

  it('starts with Windows 2000 SP4, 32-bit only', () => {
    expect(families[0]).toEqual({
      family: 'Windows 2000',
      releases: [{ release: 'windows-2000-sp4', name: 'Windows 2000 SP4', architectures: ['x86'] }],
    });
  });

  it('puts XP SP2/SP3 (x86 only) and XP Professional x64 (x64 only) in the Windows XP family', () => {
    expect(familyNamed('Windows XP')?.releases).toEqual([
      { release: 'windows-xp-sp2-sp3', name: 'Windows XP SP2 or SP3', architectures: ['x86'] },
      {
        release: 'windows-xp-professional-x64-sp2',
        name: 'Windows XP Professional x64 Edition SP2',
        architectures: ['x64'],
      },
    ]);
  });

  it('offers Windows Server 2003 SP2 as one release for x86, x64 and ia64', () => {
    expect(familyNamed('Windows Server 2003')?.releases).toEqual([
      {
        release: 'windows-server-2003-sp2',
        name: 'Windows Server 2003 SP2',
        architectures: ['x86', 'x64', 'ia64'],
      },
    ]);
  });

  it('lists the three Vista releases, each for x86 and x64', () => {
    expect(
      familyNamed('Windows Vista')?.releases.map(({ release, architectures }) => ({
        release,
        architectures,
      })),
    ).toEqual([
      { release: 'windows-vista-rtm', architectures: ['x86', 'x64'] },
      { release: 'windows-vista-sp1', architectures: ['x86', 'x64'] },
      { release: 'windows-vista-sp2', architectures: ['x86', 'x64'] },
    ]);
  });

  it('lists the two Server 2008 releases, each for x86, x64 and ia64', () => {
    expect(
      familyNamed('Windows Server 2008')?.releases.map(({ release, architectures }) => ({
        release,
        architectures,
      })),
    ).toEqual([
      { release: 'windows-server-2008-rtm', architectures: ['x86', 'x64', 'ia64'] },
      { release: 'windows-server-2008-sp2', architectures: ['x86', 'x64', 'ia64'] },
    ]);
  });

  it('ends with Windows 7 (x86, x64) and Server 2008 R2 (x64, ia64), each without a service pack and with SP1', () => {
    expect(families.at(-1)).toEqual({
      family: 'Windows 7 and Server 2008 R2',
      releases: [
        {
          release: 'windows-7',
          name: 'Windows 7 (no service pack)',
          architectures: ['x86', 'x64'],
        },
        { release: 'windows-7-sp1', name: 'Windows 7 SP1', architectures: ['x86', 'x64'] },
        {
          release: 'windows-server-2008-r2',
          name: 'Windows Server 2008 R2 (no service pack)',
          architectures: ['x64', 'ia64'],
        },
        {
          release: 'windows-server-2008-r2-sp1',
          name: 'Windows Server 2008 R2 SP1',
          architectures: ['x64', 'ia64'],
        },
      ],
    });
  });

  it('offers every OS entry of the table exactly once as a release and architecture', () => {
    const offered = families.flatMap((f) =>
      f.releases.flatMap((r) => r.architectures.map((a) => `${r.release} ${a}`)),
    );
    expect(offered.toSorted()).toEqual(
      table.operatingSystems.map((os) => `${os.release} ${os.architecture}`).toSorted(),
    );
  });
});

describe('osFor', () => {
  it('finds the OS entry for a release and architecture', () => {
    expect(osFor(table, 'windows-server-2003-sp2', 'ia64')?.id).toBe(
      'windows-server-2003-sp2-ia64',
    );
  });

  it('finds nothing for an architecture the release does not have', () => {
    expect(osFor(table, 'windows-2000-sp4', 'x64')).toBeUndefined();
  });

  it('finds nothing while the architecture is not chosen', () => {
    expect(osFor(table, 'windows-7', undefined)).toBeUndefined();
  });
});

describe('answerFinder before the OS is complete', () => {
  it('gives no answer when nothing is chosen', () => {
    expect(answerFinder(table, { frameworks: [] })).toBeUndefined();
  });

  it('gives no answer with a release but no architecture', () => {
    expect(
      answerFinder(table, { release: 'windows-xp-sp2-sp3', frameworks: ['net-1-1-sp1'] }),
    ).toBeUndefined();
  });

  it('gives no answer with an architecture but no release', () => {
    expect(
      answerFinder(table, { architecture: 'x86', frameworks: ['net-1-1-sp1'] }),
    ).toBeUndefined();
  });

  it('gives no answer for an architecture the release does not have', () => {
    expect(
      answerFinder(table, {
        release: 'windows-2000-sp4',
        architecture: 'x64',
        frameworks: ['net-1-1-sp1'],
      }),
    ).toBeUndefined();
  });
});

describe('answerFinder for Windows XP with .NET 1.1 SP1 and 2.0', () => {
  const answer = answerFinder(table, {
    release: 'windows-xp-sp2-sp3',
    architecture: 'x86',
    frameworks: ['net-1-1-sp1', 'net-2-0'],
  });

  it('answers for Windows XP SP2 or SP3', () => {
    expect(answer?.os.id).toBe('windows-xp-sp2-sp3-x86');
  });

  it('gives one fix: KB953297 with its 32-bit installer, for .NET 1.1 SP1', () => {
    expect(
      answer?.fixes.map(({ kb, installer, frameworks }) => ({
        kb,
        installer,
        frameworks: frameworks.map((f) => f.framework.id),
      })),
    ).toEqual([{ kb: '953297', installer: 'NDP1.1SP1-KB953297-x86', frameworks: ['net-1-1-sp1'] }]);
  });

  it('attaches the KB953297 update to the fix', () => {
    expect(answer?.fixes[0]?.update).toBe(table.updates['953297']);
  });

  it('gives one note, for .NET 2.0', () => {
    expect(answer?.notes.map((n) => n.framework.id)).toEqual(['net-2-0']);
  });

  it('offers 2.0 SP1 (KB953300) and 2.0 SP2 (KB974417) as the alternatives for 2.0', () => {
    expect(
      answer?.notes[0]?.alternatives.map(({ framework, kbs }) => ({
        framework: framework.id,
        kbs,
      })),
    ).toEqual([
      { framework: 'net-2-0-sp1', kbs: ['953300'] },
      { framework: 'net-2-0-sp2', kbs: ['974417'] },
    ]);
  });

  it('says that the update depends on the 2.0 service pack installed', () => {
    expect(answer?.notes[0]?.message).toBe(
      'The bulletin lists no update for .NET Framework 2.0 itself on Windows XP Service Pack 2 or Service Pack 3, only for these service packs of it. Which one applies depends on the service pack installed:',
    );
  });

  it('has no note for the whole OS', () => {
    expect(answer?.osNote).toBeUndefined();
  });
});

describe('answerFinder in other cases', () => {
  it('explains .NET 3.5 SP1 on Vista SP2 as not affected because of the 2.0 SP2 that Windows includes, covered by KB974470', () => {
    const answer = answerFinder(table, {
      release: 'windows-vista-sp2',
      architecture: 'x86',
      frameworks: ['net-3-5-sp1'],
    });
    expect(answer?.notes.map((n) => n.message)).toEqual([
      "The bulletin lists .NET Framework 3.5 Service Pack 1 as not affected on Windows Vista Service Pack 2 (32-bit): the .NET 2.0 SP2 it runs on is part of Windows there, and KB974470 above is the update for that (this site's reading of the bulletin's table).",
    ]);
  });

  it('gives one KB974417 fix covering both .NET 2.0 SP2 and 3.5 SP1 on Windows XP', () => {
    const answer = answerFinder(table, {
      release: 'windows-xp-sp2-sp3',
      architecture: 'x86',
      frameworks: ['net-2-0-sp2', 'net-3-5-sp1'],
    });
    expect(
      answer?.fixes.map(({ kb, frameworks }) => ({
        kb,
        frameworks: frameworks.map((f) => f.framework.id),
      })),
    ).toEqual([{ kb: '974417', frameworks: ['net-2-0-sp2', 'net-3-5-sp1'] }]);
  });

  it('gives no note when every chosen .NET version has a fix', () => {
    const answer = answerFinder(table, {
      release: 'windows-xp-sp2-sp3',
      architecture: 'x86',
      frameworks: ['net-2-0-sp2', 'net-3-5-sp1'],
    });
    expect(answer?.notes).toEqual([]);
  });

  it('gives .NET 1.1 SP1 on Windows 7 x64 a note for the whole OS naming revision 1.4', () => {
    const answer = answerFinder(table, {
      release: 'windows-7',
      architecture: 'x64',
      frameworks: ['net-1-1-sp1'],
    });
    expect(answer?.osNote).toMatch(
      /^No .NET Framework update of MS09-061 applies to Windows 7 x64 \(no service pack\) since the bulletin's revision 1\.4\. /,
    );
  });

  it('gives .NET 1.1 SP1 on Windows 7 x64 no fix and no note of its own', () => {
    const answer = answerFinder(table, {
      release: 'windows-7',
      architecture: 'x64',
      frameworks: ['net-1-1-sp1'],
    });
    expect({ fixes: answer?.fixes, notes: answer?.notes }).toEqual({ fixes: [], notes: [] });
  });

  it('gives Windows Server 2008 R2 for Itanium the whole-OS note even with no .NET version chosen', () => {
    const answer = answerFinder(table, {
      release: 'windows-server-2008-r2',
      architecture: 'ia64',
      frameworks: [],
    });
    expect(answer?.osNote).toContain('revision 1.4');
  });

  it('says .NET 3.0 on Windows XP is not affected and needs no update', () => {
    const answer = answerFinder(table, {
      release: 'windows-xp-sp2-sp3',
      architecture: 'x86',
      frameworks: ['net-3-0'],
    });
    expect(
      answer?.notes.map(({ framework, message, alternatives }) => ({
        framework: framework.id,
        message,
        alternatives,
      })),
    ).toEqual([
      {
        framework: 'net-3-0',
        message:
          'The bulletin lists .NET Framework 3.0 as not affected on Windows XP Service Pack 2 or Service Pack 3: it needs no update.',
        alternatives: [],
      },
    ]);
  });

  it('gives .NET 3.0 on Windows XP no fix', () => {
    expect(
      answerFinder(table, {
        release: 'windows-xp-sp2-sp3',
        architecture: 'x86',
        frameworks: ['net-3-0'],
      })?.fixes,
    ).toEqual([]);
  });

  it('gives .NET 1.1 SP1 on Windows Server 2003 x64 the 32-bit KB953297 installer', () => {
    const answer = answerFinder(table, {
      release: 'windows-server-2003-sp2',
      architecture: 'x64',
      frameworks: ['net-1-1-sp1'],
    });
    expect(answer?.fixes.map(({ kb, installer }) => ({ kb, installer }))).toEqual([
      { kb: '953297', installer: 'NDP1.1SP1-KB953297-x86' },
    ]);
  });

  it('gives .NET 1.1 SP1 on 32-bit Windows Server 2003 KB953298 instead', () => {
    const answer = answerFinder(table, {
      release: 'windows-server-2003-sp2',
      architecture: 'x86',
      frameworks: ['net-1-1-sp1'],
    });
    expect(answer?.fixes.map(({ kb, installer }) => ({ kb, installer }))).toEqual([
      { kb: '953298', installer: 'WindowsServer2003-KB953298-x86-ENU' },
    ]);
  });

  it('says the bulletin lists no update for .NET 1.0 SP3 on Windows Vista, with no alternatives', () => {
    const answer = answerFinder(table, {
      release: 'windows-vista-sp1',
      architecture: 'x86',
      frameworks: ['net-1-0-sp3'],
    });
    expect(answer?.notes.map(({ message, alternatives }) => ({ message, alternatives }))).toEqual([
      {
        message:
          'The bulletin lists no update for .NET Framework 1.0 Service Pack 3 on Windows Vista Service Pack 1 (32-bit).',
        alternatives: [],
      },
    ]);
  });

  it('gives a fix per KB, in the order the .NET versions were chosen', () => {
    const answer = answerFinder(table, {
      release: 'windows-xp-sp2-sp3',
      architecture: 'x86',
      frameworks: ['net-3-5-sp1', 'net-1-1-sp1', 'net-2-0-sp2'],
    });
    expect(answer?.fixes.map((f) => f.kb)).toEqual(['974417', '953297']);
  });
});

describe('answerFinder on every affected pair of the reference table', () => {
  it.each(REFERENCE_PAIRS)(
    'row $row: $os with $framework puts $framework on one card, KB$kb ($installer)',
    ({ os, framework, kb, installer }) => {
      const answer = answerFinder(table, { ...choiceFor(os), frameworks: [framework] });
      const cards = answer?.fixes.filter((f) =>
        f.frameworks.some((covered) => covered.framework.id === framework),
      );
      expect(cards?.map((f) => ({ kb: f.kb, installer: f.installer.toLowerCase() }))).toEqual([
        { kb, installer: installer.toLowerCase() },
      ]);
    },
  );
});

/**
 * What a whole computer needs: Windows entry, the versions ticked, and every KB of the answer in
 * its order, typed by hand from ms09-061-facts.md sections 2 and 12 (the package for Windows' own
 * .NET comes first).
 */
const WHOLE_COMPUTER: { os: string; ticked: string[]; kbs: string[] }[] = [
  { os: 'windows-vista-sp2-x86', ticked: ['net-3-5'], kbs: ['974470'] },
  { os: 'windows-vista-sp2-x64', ticked: ['net-3-5-sp1'], kbs: ['974470'] },
  { os: 'windows-vista-sp2-x86', ticked: [], kbs: ['974470'] },
  { os: 'windows-vista-sp2-x86', ticked: ['net-1-1-sp1'], kbs: ['974470', '953297'] },
  { os: 'windows-vista-sp2-x64', ticked: ['net-2-0-sp1'], kbs: ['974470'] },
  { os: 'windows-server-2008-sp2-x86', ticked: [], kbs: ['974470'] },
  { os: 'windows-server-2008-sp2-ia64', ticked: ['net-3-5'], kbs: ['974470'] },
  { os: 'windows-server-2008-rtm-x64', ticked: [], kbs: ['974291'] },
  { os: 'windows-server-2008-rtm-x86', ticked: ['net-3-5'], kbs: ['974291'] },
  { os: 'windows-server-2008-rtm-ia64', ticked: ['net-3-5-sp1'], kbs: ['974469'] },
  { os: 'windows-vista-rtm-x86', ticked: [], kbs: ['974468'] },
  { os: 'windows-vista-rtm-x86', ticked: ['net-3-5'], kbs: ['974292'] },
  { os: 'windows-vista-rtm-x64', ticked: ['net-3-5-sp1'], kbs: ['974467'] },
  { os: 'windows-vista-rtm-x86', ticked: ['net-2-0', 'net-3-5'], kbs: ['974292'] },
  { os: 'windows-vista-sp1-x86', ticked: [], kbs: ['974291'] },
  { os: 'windows-vista-sp1-x64', ticked: ['net-3-5'], kbs: ['974291'] },
  { os: 'windows-vista-sp1-x86', ticked: ['net-3-5-sp1'], kbs: ['974469'] },
  { os: 'windows-server-2003-sp2-x86', ticked: [], kbs: ['953298'] },
  { os: 'windows-server-2003-sp2-x86', ticked: ['net-1-1-sp1'], kbs: ['953298'] },
  { os: 'windows-server-2003-sp2-x86', ticked: ['net-3-5-sp1'], kbs: ['953298', '974417'] },
  { os: 'windows-server-2003-sp2-x64', ticked: [], kbs: [] },
  { os: 'windows-server-2003-sp2-x64', ticked: ['net-1-1-sp1'], kbs: ['953297'] },
  { os: 'windows-xp-sp2-sp3-x86', ticked: ['net-3-5', 'net-3-5-sp1'], kbs: ['974417'] },
  { os: 'windows-xp-sp2-sp3-x86', ticked: ['net-3-5', 'net-1-1-sp1'], kbs: ['953300', '953297'] },
  { os: 'windows-xp-professional-x64-sp2', ticked: ['net-2-0-sp2', 'net-3-5'], kbs: ['974417'] },
  { os: 'windows-2000-sp4-x86', ticked: ['net-3-5'], kbs: [] },
  { os: 'windows-2000-sp4-x86', ticked: ['net-3-5-sp1', 'net-1-1-sp1'], kbs: ['953297'] },
  { os: 'windows-2000-sp4-x86', ticked: ['net-2-0-sp2'], kbs: ['974417'] },
  { os: 'windows-xp-sp2-sp3-x86', ticked: ['net-3-5-1'], kbs: [] },
  { os: 'windows-vista-sp1-x86', ticked: ['net-3-5-1'], kbs: ['974291'] },
  { os: 'windows-7-x64', ticked: ['net-3-5-1'], kbs: [] },
  { os: 'windows-7-x86', ticked: [], kbs: [] },
];

describe("answerFinder for a whole computer, Windows' own .NET included", () => {
  it.each(WHOLE_COMPUTER)('$os with [$ticked] needs exactly [$kbs]', ({ os, ticked, kbs }) => {
    expect(
      answerFinder(table, { ...choiceFor(os), frameworks: ticked })?.fixes.map((f) => f.kb),
    ).toEqual(kbs);
  });
});

describe("answerFinder on Windows' own .NET", () => {
  const own = (os: string, ticked: string[] = []) =>
    answerFinder(table, { ...choiceFor(os), frameworks: ticked })?.fixes.flatMap(
      (f) => f.windowsOwn,
    );

  it('says why Vista SP2 needs KB974470 whatever else is installed', () => {
    expect(own('windows-vista-sp2-x86', ['net-3-5'])?.map((o) => o.sentence)).toEqual([
      'Windows Vista SP2 includes .NET 2.0 SP2 as part of Windows, so it needs KB974470 whatever else is installed.',
    ]);
  });

  it('names KB 2696944 as the source for Vista SP2 including .NET 2.0 SP2', () => {
    expect(own('windows-vista-sp2-x64')?.[0]?.included.source).toEqual({
      title: 'Microsoft support article KB 2696944 (support life cycle of .NET 3.5, 3.0 and 2.0)',
      url: 'https://support.microsoft.com/kb/2696944',
    });
  });

  // 3.0 SP2 installs 2.0 SP2 too (MS10-070's FAQ, "I have .NET Framework 3.0 SP2 installed").
  it('says Vista without a service pack needs KB974468 unless 3.0 SP2, 3.5 or 3.5 SP1 raised its 2.0', () => {
    expect(own('windows-vista-rtm-x86')?.map((o) => o.sentence)).toEqual([
      'Windows Vista (no service pack) includes .NET 2.0 as part of Windows, so it needs KB974468 unless .NET 3.0 SP2 or .NET 3.5 or .NET 3.5 SP1 raised it to a later level: tick it if it is installed.',
    ]);
  });

  it('says Vista without a service pack, with 3.5 ticked, has its 2.0 at 2.0 SP1 and needs KB974292', () => {
    expect(own('windows-vista-rtm-x64', ['net-3-5'])?.map((o) => o.sentence)).toEqual([
      'Windows Vista (no service pack) includes .NET 2.0 as part of Windows; with .NET 3.5 installed it is at .NET 2.0 SP1, so it needs KB974292.',
    ]);
  });

  it("says 32-bit Server 2003 includes 1.1 and so needs KB953298, marking the SP1 level as the site's reading", () => {
    const [statement] = own('windows-server-2003-sp2-x86') ?? [];
    expect({ sentence: statement?.sentence, reading: statement?.included.siteReading }).toEqual({
      sentence:
        'Windows Server 2003 SP2 includes .NET 1.1 SP1 as part of Windows, so it needs KB953298 whatever else is installed.',
      reading:
        "That this 1.1 is at the Service Pack 1 level the bulletin patches is this site's reading of the bulletin, which lists .NET Framework 1.1 SP1, with KB953298, for 32-bit Windows Server 2003 SP2.",
    });
  });

  it('leaves Server Core out of what Server 2008 SP2 includes, as the bulletin does', () => {
    expect(own('windows-server-2008-sp2-x64')?.[0]?.included.except).toBe(
      'Server Core installations, which the bulletin lists as not affected',
    );
  });

  it('gives Server 2003 x64 nothing of its own', () => {
    expect(own('windows-server-2003-sp2-x64')).toEqual([]);
  });

  it('asks about .NET 1.0 SP3 on Windows XP, part of Windows only on Media Center and Tablet PC editions', () => {
    const answer = answerFinder(table, { ...choiceFor('windows-xp-sp2-sp3-x86'), frameworks: [] });
    expect(
      answer?.conditional.map((c) => ({
        framework: c.framework.id,
        kbs: c.kbs,
        when: c.included.onlyWhen,
      })),
    ).toEqual([
      {
        framework: 'net-1-0-sp3',
        kbs: ['953295'],
        when: 'the computer runs Windows XP Media Center Edition or Tablet PC Edition',
      },
    ]);
  });

  it('no longer asks about .NET 1.0 SP3 on Windows XP once it is ticked', () => {
    expect(
      answerFinder(table, { ...choiceFor('windows-xp-sp2-sp3-x86'), frameworks: ['net-1-0-sp3'] })
        ?.conditional,
    ).toEqual([]);
  });

  it('does not ask about the optional .NET 3.0 of Server 2008, which needs no update', () => {
    expect(
      answerFinder(table, { ...choiceFor('windows-server-2008-sp2-x86'), frameworks: [] })
        ?.conditional,
    ).toEqual([]);
  });

  it("tells a lower 2.0 level ticked on Vista SP2 that Windows' 2.0 SP2 and its KB974470 cover it", () => {
    const answer = answerFinder(table, {
      ...choiceFor('windows-vista-sp2-x64'),
      frameworks: ['net-2-0-sp1'],
    });
    expect(answer?.notes.map((n) => n.message)).toEqual([
      '.NET 2.0 SP1: a computer has one level of .NET 2.0, and here it is the later .NET 2.0 SP2 (part of Windows Vista SP2), so KB974470 for that level covers it.',
    ]);
  });
});

describe('answerFinder on .NET versions that cannot be installed on the chosen Windows', () => {
  it('says .NET 3.5 cannot be installed on Windows 2000, with the reason and its source', () => {
    const [note] =
      answerFinder(table, { ...choiceFor('windows-2000-sp4-x86'), frameworks: ['net-3-5'] })
        ?.notes ?? [];
    expect({ message: note?.message, source: note?.unavailable?.source.url }).toEqual({
      message:
        '.NET Framework 3.5 cannot be installed on Windows 2000 Service Pack 4, so the finder gives no update for it. .NET Framework 3.5 supports, of the Windows versions before Vista, only Windows XP (SP2 or later) and Windows Server 2003. Windows 2000 is not one of them.',
      source:
        'https://learn.microsoft.com/en-us/archive/blogs/astebner/net-framework-2-0-sp1-and-3-0-sp1-repair-options-on-windows-vista-and-windows-server-2008',
    });
  });

  it("says .NET 3.5.1 cannot be installed on Windows XP and marks that as the site's reading", () => {
    const [note] =
      answerFinder(table, { ...choiceFor('windows-xp-sp2-sp3-x86'), frameworks: ['net-3-5-1'] })
        ?.notes ?? [];
    expect({ reason: note?.unavailable?.reason, reading: note?.unavailable?.siteReading }).toEqual({
      reason:
        'The bulletin calls .NET Framework 3.5.1 the version built into Windows 7 and Windows Server 2008 R2.',
      reading:
        "That it exists on no other Windows is this site's reading of that note. That Windows 7 SP1 and Server 2008 R2 SP1 keep it is this site's reading of MS10-070, whose Non-Affected Software table lists 3.5.1 on them.",
    });
  });

  it("marks .NET 3.0 on Windows 2000 as the site's reading, since the source speaks of 3.5", () => {
    const [note] =
      answerFinder(table, { ...choiceFor('windows-2000-sp4-x86'), frameworks: ['net-3-0'] })
        ?.notes ?? [];
    expect(note?.unavailable?.siteReading).toMatch(/for 3\.0 this is the site's reading/);
  });
});

describe('unavailableForChoice', () => {
  it('keeps 3.0, 3.0 SP1, 3.0 SP2, 3.5, 3.5 SP1 and 3.5.1 off Windows 2000', () => {
    expect(
      unavailableForChoice(table, 'windows-2000-sp4', 'x86').map((u) => u.framework.id),
    ).toEqual(['net-3-0', 'net-3-0-sp1', 'net-3-0-sp2', 'net-3-5', 'net-3-5-sp1', 'net-3-5-1']);
  });

  it.each([
    'windows-xp-sp2-sp3',
    'windows-xp-professional-x64-sp2',
    'windows-server-2003-sp2',
    'windows-vista-sp2',
    'windows-server-2008-rtm',
  ])('keeps only 3.5.1 off %s', (release) => {
    expect(unavailableForChoice(table, release, undefined).map((u) => u.framework.id)).toEqual([
      'net-3-5-1',
    ]);
  });

  it('offers everything on Windows 7', () => {
    expect(unavailableForChoice(table, 'windows-7', 'x64')).toEqual([]);
  });

  it('keeps nothing off while no Windows is chosen', () => {
    expect(unavailableForChoice(table, undefined, undefined)).toEqual([]);
  });
});

describe('suggestFromUserAgent', () => {
  it('chooses Windows XP SP2 or SP3, 32-bit, for IE 8 on Windows XP', () => {
    const suggestion = suggest(UA.ie8XpNet35);
    expect({
      release: suggestion?.state.release,
      architecture: suggestion?.state.architecture,
      candidates: suggestion?.candidates,
    }).toEqual({
      release: 'windows-xp-sp2-sp3',
      architecture: 'x86',
      candidates: [],
    });
  });

  it('suggests .NET 1.1 SP1 and 3.5 for IE 8 on Windows XP with the 3.5 tokens', () => {
    expect(suggest(UA.ie8XpNet35)?.state.frameworks).toEqual(
      expect.arrayContaining(['net-1-1-sp1', 'net-3-5']),
    );
  });

  it('keeps only 3.5 SP1 when an upgraded machine still sends the 3.5 token too', () => {
    const reading = readUserAgent(
      'Mozilla/4.0 (compatible; MSIE 8.0; Windows NT 5.1; Trident/4.0; .NET CLR 2.0.50727; .NET CLR 3.5.21022; .NET CLR 3.5.30729)',
    );
    expect(suggestFromUserAgent(table, reading)?.state.frameworks).toEqual(['net-3-5-sp1']);
  });

  it('drops the generic .NET 2.0 when .NET 3.5 brings 2.0 SP1', () => {
    expect(suggest(UA.ie8XpNet35)?.state.frameworks).not.toContain('net-2-0');
  });

  it('suggests exactly .NET 1.1 SP1, 3.0 SP1 and 3.5 for IE 8 on Windows XP with the 3.5 tokens', () => {
    expect(suggest(UA.ie8XpNet35)?.state.frameworks).toEqual([
      'net-1-1-sp1',
      'net-3-0-sp1',
      'net-3-5',
    ]);
  });

  it('drops the generic .NET 2.0 when .NET 3.5 SP1 brings 2.0 SP2', () => {
    expect(suggest(UA.ie8XpNet35Sp1)?.state.frameworks).toEqual([
      'net-1-1-sp1',
      'net-3-0-sp2',
      'net-3-5-sp1',
    ]);
  });

  it('keeps the generic .NET 2.0 when it is the only token', () => {
    expect(suggest(UA.ie8XpNet20)?.state.frameworks).toEqual(['net-2-0']);
  });

  it('chooses Windows 2000 SP4 for "Windows NT 5.0"', () => {
    expect(suggest(UA.ie6Win2000)?.state).toEqual({
      release: 'windows-2000-sp4',
      architecture: 'x86',
      frameworks: ['net-1-1-sp1'],
    });
  });

  it('chooses Windows 2000 SP4 for "Windows NT 5.01" too', () => {
    expect(suggest(UA.ie6Win2000Sp1)?.state.release).toBe('windows-2000-sp4');
  });

  it('chooses no release for 32-bit Windows NT 6.0', () => {
    expect(suggest(UA.ie7Vista)?.state.release).toBeUndefined();
  });

  it('keeps the architecture and .NET versions when it cannot choose the release', () => {
    expect(suggest(UA.ie7Vista)?.state).toEqual({ architecture: 'x86', frameworks: ['net-2-0'] });
  });

  it('offers the Vista and Server 2008 releases as candidates for 32-bit Windows NT 6.0', () => {
    expect(suggest(UA.ie7Vista)?.candidates.map((c) => c.release)).toEqual([
      'windows-vista-rtm',
      'windows-vista-sp1',
      'windows-vista-sp2',
      'windows-server-2008-rtm',
      'windows-server-2008-sp2',
    ]);
  });

  it('offers the same Vista and Server 2008 candidates for 64-bit Windows NT 6.0', () => {
    expect(suggest(UA.ie8VistaWow64)?.candidates.map((c) => c.release)).toEqual([
      'windows-vista-rtm',
      'windows-vista-sp1',
      'windows-vista-sp2',
      'windows-server-2008-rtm',
      'windows-server-2008-sp2',
    ]);
  });

  it("gives candidates as the finder menu's releases, with names and architectures", () => {
    expect(suggest(UA.ie7Vista)?.candidates[0]).toEqual({
      release: 'windows-vista-rtm',
      name: 'Windows Vista (no service pack)',
      architectures: ['x86', 'x64'],
    });
  });

  it('offers XP Professional x64 and Server 2003 as candidates for 64-bit Windows NT 5.2', () => {
    const suggestion = suggest(UA.ie7Server2003Wow64);
    expect({
      release: suggestion?.state.release,
      candidates: suggestion?.candidates.map((c) => c.release),
    }).toEqual({
      release: undefined,
      candidates: ['windows-xp-professional-x64-sp2', 'windows-server-2003-sp2'],
    });
  });

  it('chooses Windows Server 2003 for 32-bit Windows NT 5.2, since XP x64 has no 32-bit edition', () => {
    expect(suggest(UA.ie7Server2003x86)?.state.release).toBe('windows-server-2003-sp2');
  });

  it('chooses Windows Server 2003 for Itanium', () => {
    expect(suggest(UA.ie7Itanium)?.state).toEqual({
      release: 'windows-server-2003-sp2',
      architecture: 'ia64',
      frameworks: ['net-2-0'],
    });
  });

  it('offers Windows 7 without a service pack and with SP1 as candidates for 32-bit Windows NT 6.1', () => {
    const suggestion = suggest(UA.ie8Win7x86);
    expect({
      release: suggestion?.state.release,
      architecture: suggestion?.state.architecture,
      candidates: suggestion?.candidates.map((c) => c.release),
    }).toEqual({
      release: undefined,
      architecture: 'x86',
      candidates: ['windows-7', 'windows-7-sp1'],
    });
  });

  it('offers Windows 7 and Server 2008 R2, each without a service pack and with SP1, as candidates for 64-bit Windows NT 6.1', () => {
    expect(suggest(UA.ie8Win7Wow64)?.candidates.map((c) => c.release)).toEqual([
      'windows-7',
      'windows-7-sp1',
      'windows-server-2008-r2',
      'windows-server-2008-r2-sp1',
    ]);
  });

  it.each([
    ['Chrome on Windows 10', UA.chromeWindows10],
    ['Firefox on Windows 10', UA.firefoxWindows10],
    ['Safari on macOS', UA.safariMac],
    ['Chrome on Linux', UA.chromeLinux],
    ['Firefox on Ubuntu', UA.firefoxUbuntu],
    ['Chrome on Android', UA.chromeAndroid],
    ['an empty user agent', ''],
  ])('suggests nothing for %s', (_name, userAgent) => {
    expect(suggest(userAgent)).toBeUndefined();
  });
});
