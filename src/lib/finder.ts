/**
 * What the fix finder shows for a set of choices: the packages to install (one card per KB, with
 * every chosen .NET version it covers) and a plain sentence for each version that needs none.
 * Computed from the same FixTable as the combination pages.
 */
import type { Architecture } from '../schemas/shared';
import { pairKey, resolveFix, type FixTable, type FixTableFramework, type FixTableOs, type FixTablePackage } from './fix-table';
import type { FinderState } from './finder-state';
import type { UserAgentReading } from './user-agent';

export interface FinderRelease {
  release: string;
  name: string;
  architectures: Architecture[];
}

/** Releases grouped by family, in the table's order, for the OS menu. */
export function finderReleases(table: FixTable): { family: string; releases: FinderRelease[] }[] {
  const families: { family: string; releases: FinderRelease[] }[] = [];
  for (const os of table.operatingSystems) {
    let family = families.find((f) => f.family === os.family);
    if (!family) families.push((family = { family: os.family, releases: [] }));
    let release = family.releases.find((r) => r.release === os.release);
    if (!release) family.releases.push((release = { release: os.release, name: os.releaseName, architectures: [] }));
    if (!release.architectures.includes(os.architecture)) release.architectures.push(os.architecture);
  }
  return families;
}

export function osFor(table: FixTable, release: string | undefined, architecture: Architecture | undefined): FixTableOs | undefined {
  return table.operatingSystems.find((os) => os.release === release && os.architecture === architecture);
}

export interface FinderFix {
  kb: string;
  installer: string;
  package: FixTablePackage;
  /** The chosen versions this package covers; `via` names the version one of them brings, when that is the reason. */
  frameworks: { framework: FixTableFramework; via?: FixTableFramework }[];
}

export interface FinderNote {
  framework: FixTableFramework;
  message: string;
  /** Other service-pack levels of the same version that do have a package here. */
  alternatives: { framework: FixTableFramework; kb: string }[];
}

export interface FinderAnswer {
  os: FixTableOs;
  fixes: FinderFix[];
  notes: FinderNote[];
  /** Said once for the whole OS when the bulletin no longer covers it at all. */
  osNote?: string;
}

/** The answer for a complete choice of OS and architecture; undefined until both are chosen. */
export function answerFinder(table: FixTable, state: FinderState): FinderAnswer | undefined {
  const os = osFor(table, state.release, state.architecture);
  if (!os) return undefined;
  const framework = (id: string) => table.frameworks.find((f) => f.id === id)!;
  const answer: FinderAnswer = { os, fixes: [], notes: [] };

  const servedHere = table.frameworks.some((f) => table.served[pairKey(os.id, f.id)]);
  const withdrawnHere = table.frameworks.map((f) => table.withdrawn[pairKey(os.id, f.id)]).find((w) => w !== undefined);
  if (!servedHere && withdrawnHere) {
    answer.osNote = `No .NET Framework package of MS09-061 applies to ${os.name} since the bulletin's revision ${withdrawnHere.version}. ${withdrawnHere.reason}`;
  }

  for (const id of state.frameworks) {
    const chosen = framework(id);
    const result = resolveFix(table, os.id, id);
    if (result.kind === 'update') {
      let fix = answer.fixes.find((f) => f.kb === result.kb);
      if (!fix) answer.fixes.push((fix = { kb: result.kb, installer: result.installer, package: table.packages[result.kb]!, frameworks: [] }));
      fix.frameworks.push({ framework: chosen, ...(result.via ? { via: framework(result.via) } : {}) });
      continue;
    }
    if (answer.osNote) continue;
    const alternatives = table.frameworks
      .filter((f) => f.version === chosen.version && f.id !== id)
      .flatMap((f) => {
        const other = resolveFix(table, os.id, f.id);
        return other.kind === 'update' && !other.via ? [{ framework: f, kb: other.kb }] : [];
      });
    const message =
      result.kind === 'withdrawn'
        ? `Revision ${result.version} of the bulletin removed ${chosen.name} on ${os.name}. ${result.reason}`
        : result.kind === 'not-affected'
          ? `The bulletin lists ${chosen.name} as not affected on ${os.name}: it needs no update.`
          : alternatives.length > 0
            ? `The bulletin lists no package for ${chosen.name} itself on ${os.name}, only for these service packs of it. Which one applies depends on the service pack installed:`
            : `The bulletin lists no package for ${chosen.name} on ${os.name}.`;
    answer.notes.push({ framework: chosen, message, alternatives });
  }
  return answer;
}

export interface Suggestion {
  state: FinderState;
  /** Releases the browser's Windows version could be, when it cannot tell which. */
  candidates: FinderRelease[];
}

/**
 * A pre-selection from the browser, or undefined when it reports no Windows this bulletin knows.
 * The OS is chosen only when the NT version and architecture leave one release; the .NET versions
 * come from IE's `.NET CLR` tokens, where a generic 2.0 token gives way to the 2.0 level that a
 * detected 3.5 brings.
 */
export function suggestFromUserAgent(table: FixTable, reading: UserAgentReading): Suggestion | undefined {
  const matching = table.operatingSystems.filter(
    (os) => os.ntVersion === reading.ntVersion && os.architecture === reading.architecture,
  );
  if (matching.length === 0) return undefined;
  const releases = [...new Set(matching.map((os) => os.release))];
  // An upgraded machine can still send the token of the level it left (3.5 next to 3.5 SP1):
  // of each version, only the latest level reported counts.
  const reported = table.frameworks.filter((f) => f.userAgentTokens.some((token) => reading.clrVersions.includes(token)));
  const latest = reported.filter((f, i) => !reported.slice(i + 1).some((later) => later.version === f.version));
  const brought = new Set(latest.flatMap((f) => f.brings));
  const frameworks = latest
    .filter((f) => !table.frameworks.some((other) => brought.has(other.id) && other.version === f.version && other.id !== f.id))
    .map((f) => f.id);
  const candidates = finderReleases(table)
    .flatMap((family) => family.releases)
    .filter((r) => releases.includes(r.release));
  return {
    state: {
      ...(releases.length === 1 ? { release: releases[0] } : {}),
      architecture: reading.architecture,
      frameworks,
    },
    candidates: releases.length === 1 ? [] : candidates,
  };
}
