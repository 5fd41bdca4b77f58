import { describe, expect, it } from 'vitest';
import { answerFinder } from '../../../../src/features/finder/answer';
import { buildFixTable } from '../../../../src/features/fixes/fix-table';
import {
  describeReading,
  readInstalledFrameworks,
  registryCommands,
  registrySources,
} from '../../../../src/features/finder/installed-frameworks';
import {
  HOSTILE_KEY,
  REG_QUERY_FIXTURES,
  UNRELATED_TEXTS,
} from '../../../fixtures/reg-query-outputs';
import { loadContent } from '../../content-model/load-content';

const table = buildFixTable(loadContent(), 'ms09-061');
const read = (text: string) => readInstalledFrameworks(text, table.frameworks);
const fixture = (start: string) => REG_QUERY_FIXTURES.find((f) => f.name.startsWith(start))!.text;

describe('readInstalledFrameworks', () => {
  it.each(REG_QUERY_FIXTURES)('ticks $ticks for "$name"', ({ text, ticks }) => {
    expect(read(text).found.map((f) => f.framework.id)).toEqual(ticks);
  });

  it.each(REG_QUERY_FIXTURES)(
    'with the answer for its Windows, "$name" leads to $kbs',
    ({ text, os, kbs }) => {
      const entry = table.operatingSystems.find((o) => o.id === os)!;
      const frameworks = read(text).found.map((f) => f.framework.id);
      expect(
        answerFinder([table], {
          release: entry.release,
          architecture: entry.architecture,
          frameworks,
        })?.bulletins[0]?.fixes.map((f) => f.kb),
      ).toEqual(kbs);
    },
  );

  it('says which key and values showed .NET 2.0 SP2', () => {
    expect(read(fixture('Vista SP2')).found[0]?.shown).toBe(
      'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\NET Framework Setup\\NDP\\v2.0.50727: Install 0x1, SP 0x2',
    );
  });

  it('reads .NET 1.1 SP1 from the 32-bit view of 64-bit Windows (Wow6432Node)', () => {
    expect(read(fixture('Server 2003 x64')).found[0]?.shown).toBe(
      'HKEY_LOCAL_MACHINE\\SOFTWARE\\Wow6432Node\\Microsoft\\NET Framework Setup\\NDP\\v1.1.4322: Install 0x1, SP 0x1',
    );
  });

  it('keeps only the latest level of a version: 3.0 SP2, not the 3.0 that v3.0\\Setup also shows', () => {
    expect(
      read(fixture('Vista SP2'))
        .found.filter((f) => f.framework.version === '3.0')
        .map((f) => f.framework.id),
    ).toEqual(['net-3-0-sp2']);
  });

  it('marks .NET 3.0 read from v3.0\\Setup alone as unconfirmed', () => {
    const text =
      'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\NET Framework Setup\\NDP\\v3.0\\Setup\r\n    InstallSuccess    REG_DWORD    0x1';
    expect(
      read(text).found.map((f) => ({
        id: f.framework.id,
        unconfirmed: f.unconfirmed !== undefined,
      })),
    ).toEqual([{ id: 'net-3-0', unconfirmed: true }]);
  });

  it('reports the key of .NET 1.1 without SP1 as read but matching no level the finder lists', () => {
    expect(read(fixture('Vista without')).unmatched).toEqual([
      'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\NET Framework Setup\\NDP\\v1.1.4322: Install 0x1, SP 0x0',
    ]);
  });

  it('reports the 3.5 key of a paste cut before its SP value as matching no level', () => {
    expect(read(fixture('a partial paste')).unmatched).toEqual([
      'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\NET Framework Setup\\NDP\\v3.5: Install 0x1',
    ]);
  });

  it('reads .NET 4 from its Full key (KB 318785), and does not name the v4 key above it as another version', () => {
    const reading = read(fixture('Server 2003 x64'));
    expect(reading.found.map((f) => f.framework.id)).toContain('net-4-0');
    expect(reading.otherVersions).toEqual([]);
  });

  // KB 318785 (shared reference, section 5): the v4 keys with Install 1, and 4.5 and later add Release.
  const V4 = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\NET Framework Setup\\NDP\\v4';
  it('takes the full .NET 4 over its Client Profile when both keys show', () => {
    const text = `${V4}\\Client\n    Install    REG_DWORD    0x1\n\n${V4}\\Full\n    Install    REG_DWORD    0x1`;
    expect(read(text).found.map((f) => f.framework.id)).toEqual(['net-4-0']);
  });

  it('reads the Client key alone as the .NET 4 Client Profile', () => {
    const text = `${V4}\\Client\n    Install    REG_DWORD    0x1`;
    expect(read(text).found.map((f) => f.framework.id)).toEqual(['net-4-0-client-profile']);
  });

  it('does not read a v4 key with a Release value (4.5 or later) as .NET 4.0', () => {
    const text = `${V4}\\Full\n    Install    REG_DWORD    0x1\n    Release    REG_DWORD    0x5c615`;
    const reading = read(text);
    expect(reading.found).toEqual([]);
    expect(reading.unmatched).toEqual([`${V4}\\Full: Install 0x1`]);
  });

  it('reads keys and names whatever their case, and the HKLM short form', () => {
    const text =
      'HKLM\\software\\microsoft\\net framework setup\\ndp\\v2.0.50727\n    install    REG_DWORD    0x1\n    sp    reg_dword    0x1';
    expect(read(text).found.map((f) => f.framework.id)).toEqual(['net-2-0-sp1']);
  });

  it('does not read a DWORD written in decimal as a level', () => {
    const text =
      'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\NET Framework Setup\\NDP\\v2.0.50727\n    Install    REG_DWORD    1\n    SP    REG_DWORD    2';
    expect(read(text).found).toEqual([]);
  });

  it('ignores keys outside HKEY_LOCAL_MACHINE\\SOFTWARE', () => {
    const text =
      'HKEY_CURRENT_USER\\SOFTWARE\\Microsoft\\NET Framework Setup\\NDP\\v2.0.50727\n    Install    REG_DWORD    0x1\n    SP    REG_DWORD    0x2';
    expect(read(text)).toEqual({
      found: [],
      unmatched: [],
      otherVersions: [],
      lines: 3,
      unrecognised: 0,
    });
  });

  it.each(UNRELATED_TEXTS)('ticks nothing for $name', ({ text, lines }) => {
    expect(read(text)).toEqual({
      found: [],
      unmatched: [],
      otherVersions: [],
      lines,
      unrecognised: lines,
    });
  });

  it('returns a key line carrying markup as plain text, as another version', () => {
    expect(read(HOSTILE_KEY).otherVersions).toEqual(['v9<img src=x onerror=alert(1)>']);
  });
});

const NDP = 'reg query "HKLM\\SOFTWARE\\Microsoft\\NET Framework Setup\\NDP" /s';
const WOW = 'reg query "HKLM\\SOFTWARE\\Wow6432Node\\Microsoft\\NET Framework Setup\\NDP" /s';
const V10 =
  'reg query "HKLM\\SOFTWARE\\Microsoft\\Active Setup\\Installed Components\\{78705f0d-e8db-4b2d-8193-982bdda15ecd}" /v Version';
const V10_MCE =
  'reg query "HKLM\\SOFTWARE\\Microsoft\\Active Setup\\Installed Components\\{FDC11A6F-17D1-48f9-9EA3-9051954BAA24}" /v Version';

describe('registryCommands', () => {
  it("gives one command per Windows family the bulletin still covers, in the table's order", () => {
    expect(registryCommands([table]).map((c) => c.family)).toEqual([
      'Windows 2000',
      'Windows XP',
      'Windows Server 2003',
      'Windows Vista',
      'Windows Server 2008',
    ]);
  });

  it('reads the NDP keys and the 1.0 key on Windows 2000, which has no 64-bit edition', () => {
    expect(registryCommands([table])[0]).toEqual({
      family: 'Windows 2000',
      command: `${NDP} & ${V10}`,
      sixtyFourBit: false,
    });
  });

  it('adds the 32-bit view and the Media Center / Tablet PC 1.0 key on Windows XP', () => {
    expect(registryCommands([table])[1]?.command).toBe(`${NDP} & ${WOW} & ${V10} & ${V10_MCE}`);
  });

  it.each([2, 3, 4])(
    'reads both views and the 1.0 key on family %i (Server 2003, Vista, Server 2008)',
    (index) => {
      expect(registryCommands([table])[index]?.command).toBe(`${NDP} & ${WOW} & ${V10}`);
    },
  );
});

describe('registrySources', () => {
  it('names Microsoft KB 318785 once, for every key', () => {
    expect(registrySources(table).map((s) => s.title)).toEqual([
      'Microsoft support article KB 318785, “How to determine which versions and service pack levels of the .NET Framework are installed” (MicrosoftDocs/SupportArticles-docs)',
    ]);
  });
});

describe('describeReading', () => {
  const os = (id: string) => table.operatingSystems.find((o) => o.id === id)!;
  const describe_ = (text: string, osId?: string) =>
    describeReading(table, read(text), osId ? os(osId) : undefined);

  it('says how many lines it read, what it ticked and how many lines it skipped', () => {
    expect(describe_(fixture('Server 2003 32-bit'))[0]).toEqual({
      text: 'Read 5 lines and ticked .NET 2.0 SP1. 2 of 5 lines were not recognised (error messages, other text) and were skipped.',
    });
  });

  it('names the key and values behind each version it ticked', () => {
    expect(describe_(fixture('Server 2003 32-bit'))[1]).toEqual({
      text: '.NET 2.0 SP1 from HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\NET Framework Setup\\NDP\\v2.0.50727: Install 0x1, SP 0x1.',
    });
  });

  it('reports unrelated text as not recognised, with the count of lines read', () => {
    expect(describe_('<script>alert(1)</script>\nhello')).toEqual([
      {
        text: 'Not recognised: none of the 2 lines read shows a .NET version the finder knows. Paste everything the command printed, from its first line.',
        error: true,
      },
    ]);
  });

  it('asks for a paste when the box is empty', () => {
    expect(describe_('')).toEqual([
      { text: 'There is nothing to read yet: paste what the command printed.', error: true },
    ]);
  });

  it('on 32-bit Server 2003, marks the missing 1.1 key as unconfirmed and keeps KB953298 in the answer', () => {
    expect(describe_(fixture('Server 2003 32-bit'), 'windows-server-2003-sp2-x86').at(-1)).toEqual({
      text: 'The output shows no .NET 1.1 key. Whether the NDP\\v1.1.4322 key exists where .NET 1.1 is part of Windows Server 2003 is not confirmed. Windows Server 2003 SP2 includes it as part of Windows, so the answer includes it anyway.',
      unconfirmed: true,
    });
  });

  it('on Vista SP2, marks a missing 2.0 key as unconfirmed', () => {
    const lines = describe_(fixture('Server 2003 x64'), 'windows-vista-sp2-x86').filter(
      (l) => l.unconfirmed,
    );
    expect(lines.length).toBe(0);
    const noTwo =
      'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\NET Framework Setup\\NDP\\v3.5\n    Install    REG_DWORD    0x1\n    SP    REG_DWORD    0x1';
    expect(
      describe_(noTwo, 'windows-vista-sp2-x86')
        .filter((l) => l.unconfirmed)
        .map((l) => l.text),
    ).toEqual([
      'The output shows no .NET 2.0 key. Whether the NDP\\v2.0.50727 key exists where .NET 2.0 is part of Windows (Vista, Server 2008) is not confirmed. Windows Vista SP2 includes it as part of Windows, so the answer includes it anyway.',
    ]);
  });

  it('raises no doubt on Windows XP, where no .NET is part of every computer', () => {
    expect(
      describe_(fixture('Server 2003 32-bit'), 'windows-xp-sp2-sp3-x86').some((l) => l.unconfirmed),
    ).toBe(false);
  });
});
