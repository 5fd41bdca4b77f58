/**
 * "Which .NET do I have?": the command that lists the registry keys of each .NET level, and the
 * reading of its output back into the finder's .NET versions. Both follow the `registry` data of
 * the frameworks collection (Microsoft KB 318785), so a key is written in one place.
 */
import { parseRegQuery, type RegKey } from './reg-query';
import {
  pairKey,
  type FixTable,
  type FixTableFramework,
  type FixTableOs,
} from '../fixes/fix-table';
import { unavailableOn } from './answer';
import type { Source } from '../../content-model/schemas/shared';

export interface FoundFramework {
  framework: FixTableFramework;
  /** The key and values that show it, as printed. */
  shown: string;
  unconfirmed?: string;
}

export interface InstalledReading {
  /** One per .NET version: its latest level in the output. */
  found: FoundFramework[];
  /** Keys of a known version whose values match no level the finder lists (1.1 without SP1). */
  unmatched: string[];
  /** Version keys beside the known ones (`v4`), which the bulletin does not list. */
  otherVersions: string[];
  lines: number;
  unrecognised: number;
}

/** A key's path below HKEY_LOCAL_MACHINE\SOFTWARE, in either registry view; undefined for other places. */
function softwarePath(path: string): string | undefined {
  const match = /^(?:HKEY_LOCAL_MACHINE|HKLM)\\SOFTWARE\\(?:Wow6432Node\\)?(.+)$/i.exec(path);
  return match?.[1]?.toLowerCase();
}

/** REG_DWORD data (`0x2`) compared as a number, text as text. */
function sameData(printed: string, type: string, expected: string): boolean {
  if (type === 'REG_DWORD')
    return /^0x[0-9a-f]+$/i.test(printed) && Number.parseInt(printed, 16) === Number(expected);
  return printed.toLowerCase() === expected.toLowerCase();
}

function valueOf(key: RegKey, name: string) {
  return key.values.find((v) => v.name.toLowerCase() === name.toLowerCase());
}

function shown(key: RegKey, names: string[]): string {
  const values = names.flatMap((name) => {
    const value = valueOf(key, name);
    return value ? [`${value.name} ${value.data}`] : [];
  });
  return values.length > 0
    ? `${key.path}: ${values.join(', ')}`
    : `${key.path} (no ${names.join(' or ')} value)`;
}

/** The segment of a version key (`v2.0.50727`) and everything above it. */
const VERSION_SEGMENT = /^v\d/i;

export function readInstalledFrameworks(
  text: string,
  frameworks: FixTableFramework[],
): InstalledReading {
  const output = parseRegQuery(text);
  const patterns = frameworks.flatMap((framework) =>
    (framework.registry?.keys ?? []).map((key) => ({
      framework,
      key: key.key.toLowerCase(),
      values: key.values,
      without: key.without,
      unconfirmed: key.unconfirmed,
    })),
  );
  const knownKeys = new Set(patterns.map((p) => p.key));
  const versionParents = new Set(
    patterns.flatMap((p) => {
      const segments = p.key.split('\\');
      const at = segments.findIndex((s) => VERSION_SEGMENT.test(s));
      return at > 0 ? [segments.slice(0, at).join('\\')] : [];
    }),
  );

  const found = new Map<string, FoundFramework>();
  const unmatched: string[] = [];
  const otherVersions: string[] = [];
  for (const key of output.keys) {
    const path = softwarePath(key.path);
    if (path === undefined) continue;
    const matching = patterns.filter(
      (p) =>
        p.key === path &&
        Object.entries(p.values).every(([name, data]) => {
          const value = valueOf(key, name);
          return value !== undefined && sameData(value.data, value.type, data);
        }) &&
        p.without.every((name) => valueOf(key, name) === undefined),
    );
    for (const match of matching) {
      const earlier = found.get(match.framework.version);
      if (earlier && frameworks.indexOf(earlier.framework) >= frameworks.indexOf(match.framework))
        continue;
      found.set(match.framework.version, {
        framework: match.framework,
        shown: shown(key, Object.keys(match.values)),
        ...(match.unconfirmed ? { unconfirmed: match.unconfirmed } : {}),
      });
    }
    if (matching.length > 0) continue;
    if (knownKeys.has(path)) {
      const names = [
        ...new Set(patterns.filter((p) => p.key === path).flatMap((p) => Object.keys(p.values))),
      ];
      unmatched.push(shown(key, names));
      continue;
    }
    // The key above a known one (`…\NDP\v4`, whose levels are its Client and Full subkeys) is no other version.
    if ([...knownKeys].some((known) => known.startsWith(`${path}\\`))) continue;
    const slash = path.lastIndexOf('\\');
    const last = key.path.slice(key.path.lastIndexOf('\\') + 1);
    if (
      versionParents.has(path.slice(0, slash)) &&
      VERSION_SEGMENT.test(last) &&
      !otherVersions.includes(last)
    )
      otherVersions.push(last);
  }
  const order = (f: FoundFramework) => frameworks.indexOf(f.framework);
  return {
    found: [...found.values()].sort((a, b) => order(a) - order(b)),
    unmatched,
    otherVersions,
    lines: output.lines,
    unrecognised: output.unrecognised,
  };
}

export interface RegistryCommand {
  family: string;
  command: string;
  /** The family has 64-bit editions, so the command also reads the 32-bit view (Wow6432Node). */
  sixtyFourBit: boolean;
}

/**
 * One command per Windows family that a bulletin still covers: `reg query … /s` under the parent
 * of the version keys (in both registry views where the family has 64-bit editions), and
 * `reg query … /v` for the other keys of the versions that can be on that family.
 */
export function registryCommands(tables: FixTable[]): RegistryCommand[] {
  // Every bulletin's table lists the same Windows and .NET entries.
  const table = tables[0];
  const families = [...new Set(table.operatingSystems.map((os) => os.family))];
  return families.flatMap((family) => {
    const systems = table.operatingSystems.filter((os) => os.family === family);
    const covered = tables.some((bulletinTable) =>
      systems.some((os) =>
        table.frameworks.some((f) => bulletinTable.served[pairKey(os.id, f.id)]),
      ),
    );
    if (!covered) return [];
    const sixtyFourBit = systems.some((os) => os.architecture !== 'x86');
    const trees: string[] = [];
    const single: string[] = [];
    for (const framework of table.frameworks) {
      if (systems.every((os) => unavailableOn(framework, os.id))) continue;
      const partOfWindows = systems.some((os) =>
        os.includes.some((i) => i.framework === framework.id),
      );
      for (const key of framework.registry?.keys ?? []) {
        if (key.whenPartOfWindows && !partOfWindows) continue;
        const segments = key.key.split('\\');
        const at = segments.findIndex((s) => VERSION_SEGMENT.test(s));
        const query =
          at > 0
            ? `reg query "HKLM\\SOFTWARE\\${segments.slice(0, at).join('\\')}" /s`
            : `reg query "HKLM\\SOFTWARE\\${key.key}" /v ${Object.keys(key.values)[0]}`;
        const list = at > 0 ? trees : single;
        if (!list.includes(query)) list.push(query);
      }
    }
    const wow = sixtyFourBit
      ? trees.map((q) => q.replace('HKLM\\SOFTWARE\\', 'HKLM\\SOFTWARE\\Wow6432Node\\'))
      : [];
    return [{ family, command: [...trees, ...wow, ...single].join(' & '), sixtyFourBit }];
  });
}

/** The sources of the registry keys, each named once. */
export function registrySources(table: FixTable): Source[] {
  const sources = table.frameworks.flatMap((f) => (f.registry ? [f.registry.source] : []));
  return sources.filter((source, i) => sources.findIndex((s) => s.title === source.title) === i);
}

/** One line of what the finder says about a pasted output; shown as text only. */
export interface ReadingLine {
  text: string;
  /** A statement the reference leaves unconfirmed. */
  unconfirmed?: boolean;
  /** Nothing in the paste could be used. */
  error?: boolean;
}

/**
 * What the paste showed, and, once a Windows is chosen, where the answer does not depend on it:
 * a version that is part of that Windows whose key the reference does not confirm.
 */
export function describeReading(
  table: FixTable,
  reading: InstalledReading,
  os?: FixTableOs,
): ReadingLine[] {
  const others =
    reading.otherVersions.length > 0
      ? [
          {
            text: `Other versions in it, which the bulletin does not list: ${reading.otherVersions.join(', ')}.`,
          },
        ]
      : [];
  if (reading.found.length === 0 && reading.unmatched.length === 0) {
    const text =
      reading.lines === 0
        ? 'There is nothing to read yet: paste what the command printed.'
        : `Not recognised: none of the ${reading.lines} lines read shows a .NET version the finder knows. Paste everything the command printed, from its first line.`;
    return [{ text, error: true }, ...others];
  }
  const ticked = reading.found.map((f) => `.NET ${f.framework.shortName}`).join(', ') || 'nothing';
  const skipped =
    reading.unrecognised > 0
      ? ` ${reading.unrecognised} of ${reading.lines} lines were not recognised (error messages, other text) and were skipped.`
      : '';
  const lines: ReadingLine[] = [
    { text: `Read ${reading.lines} lines and ticked ${ticked}.${skipped}` },
  ];
  for (const f of reading.found) {
    lines.push({
      text: `.NET ${f.framework.shortName} from ${f.shown}.${f.unconfirmed ? ` ${f.unconfirmed}` : ''}`,
      ...(f.unconfirmed ? { unconfirmed: true } : {}),
    });
  }
  if (reading.unmatched.length > 0)
    lines.push({
      text: `Also read, but matching no .NET level the finder lists: ${reading.unmatched.join('; ')}.`,
    });
  lines.push(...others);
  for (const included of os?.includes ?? []) {
    const version = table.frameworks.find((f) => f.id === included.framework)!.version;
    if (
      !included.registryUnconfirmed ||
      included.onlyWhen ||
      reading.found.some((f) => f.framework.version === version)
    )
      continue;
    lines.push({
      text: `The output shows no .NET ${version} key. ${included.registryUnconfirmed} ${os!.releaseName} includes it as part of Windows, so the answer includes it anyway.`,
      unconfirmed: true,
    });
  }
  return lines;
}
