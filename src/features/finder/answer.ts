/**
 * What the fix finder shows for a set of choices: for each bulletin, the updates to install (one
 * card per KB, with every chosen .NET version it covers) and a plain sentence for each version
 * that needs none. Computed from the same FixTables as the fix pages, one per bulletin; every
 * bulletin's table lists the same Windows and .NET entries.
 */
import type { Architecture, Source } from '../../content-model/schemas/shared';
import { listInWords } from '../bulletins/revisions';
import {
  installerFor,
  pairKey,
  resolveFix,
  type FixTable,
  type FixTableFramework,
  type FixTableIncluded,
  type FixTableOs,
  type FixTableUpdate,
} from '../fixes/fix-table';
import { formatKbNumber } from '../../identifiers/kb-number';
import type { FinderState } from './state';
import { windowsReportedBy, type UserAgentReading } from './user-agent';

export interface FinderRelease {
  release: string;
  name: string;
  architectures: Architecture[];
}

/** The Windows and .NET entries a table lists: the same in every bulletin's table. */
export type FinderEntries = Pick<FixTable, 'operatingSystems' | 'frameworks'>;

/** Releases grouped by family, in the table's order, for the OS menu. */
export function finderReleases(
  table: FinderEntries,
): { family: string; releases: FinderRelease[] }[] {
  const families: { family: string; releases: FinderRelease[] }[] = [];
  for (const os of table.operatingSystems) {
    let family = families.find((f) => f.family === os.family);
    if (!family) families.push((family = { family: os.family, releases: [] }));
    let release = family.releases.find((r) => r.release === os.release);
    if (!release)
      family.releases.push(
        (release = { release: os.release, name: os.releaseName, architectures: [] }),
      );
    if (!release.architectures.includes(os.architecture))
      release.architectures.push(os.architecture);
  }
  return families;
}

export function osFor(
  table: FinderEntries,
  release: string | undefined,
  architecture: Architecture | undefined,
): FixTableOs | undefined {
  return table.operatingSystems.find(
    (os) => os.release === release && os.architecture === architecture,
  );
}

/** A .NET version that cannot be installed on a Windows entry, and why (from the framework's data). */
export interface Unavailable {
  framework: FixTableFramework;
  reason: string;
  source: Source;
  siteReading?: string;
}

/** Whether a .NET version can be installed on one Windows entry; undefined when it can. */
export function unavailableOn(framework: FixTableFramework, osId: string): Unavailable | undefined {
  const limits = framework.installableOn;
  if (!limits) return undefined;
  const excluded = limits.only
    ? !limits.only.includes(osId)
    : (limits.except?.includes(osId) ?? false);
  if (!excluded) return undefined;
  return {
    framework,
    reason: limits.reason,
    source: limits.source,
    ...(limits.siteReading ? { siteReading: limits.siteReading } : {}),
  };
}

/**
 * The .NET versions the finder should not offer for a release (and architecture, when chosen):
 * those that cannot be installed on any of its matching Windows entries.
 */
export function unavailableForChoice(
  table: FinderEntries,
  release: string | undefined,
  architecture: Architecture | undefined,
): Unavailable[] {
  const entries = table.operatingSystems.filter(
    (os) => os.release === release && (!architecture || os.architecture === architecture),
  );
  if (entries.length === 0) return [];
  return table.frameworks.flatMap((framework) => {
    const reasons = entries.map((os) => unavailableOn(framework, os.id));
    return reasons.every((reason) => reason !== undefined) ? [reasons[0]] : [];
  });
}

/** Why Windows' own .NET needs an update: the statement, its source, and the update's reasoning. */
export interface WindowsOwn {
  included: FixTableIncluded;
  /** The version Windows includes. */
  framework: FixTableFramework;
  /** The level it is at on this computer: the included one, or a later one that a ticked version brings. */
  level: FixTableFramework;
  /** The ticked version that raised it, when it was raised. */
  raisedBy?: FixTableFramework;
  sentence: string;
}

export interface FinderFix {
  kb: string;
  /** The package for this Windows entry's architecture, '' where the bulletin names none. */
  installer: string;
  update: FixTableUpdate;
  /**
   * The chosen versions this update covers; `via` names the level one of them runs on, when that
   * is the reason; `note`, the note of the bulletin's row for the pair served, where it has one.
   */
  frameworks: { framework: FixTableFramework; via?: FixTableFramework; note?: string }[];
  /** The .NET versions that are part of Windows and need this update whatever is ticked. */
  windowsOwn: WindowsOwn[];
}

export interface FinderNote {
  framework: FixTableFramework;
  message: string;
  /** Other service-pack levels of the same version that do have updates here. */
  alternatives: { framework: FixTableFramework; kbs: string[] }[];
  /** Set when the version cannot be installed on this Windows at all. */
  unavailable?: Unavailable;
}

/** A .NET version that is part of only some computers of this entry (some editions, a feature turned on). */
export interface ConditionalOwn {
  included: FixTableIncluded;
  framework: FixTableFramework;
  kbs: string[];
}

/** What one bulletin says for the choice. */
export interface FinderAnswer {
  bulletin: FixTable['bulletin'];
  os: FixTableOs;
  fixes: FinderFix[];
  notes: FinderNote[];
  /** Versions part of Windows only on some of these computers, which would need an update: asked, not assumed. */
  conditional: ConditionalOwn[];
  /** Said once for the whole OS when the bulletin does not cover it, or no longer does. */
  osNote?: string;
}

/** The answer of every bulletin for one Windows entry, in the site's bulletin order. */
export interface FinderAnswers {
  os: FixTableOs;
  bulletins: FinderAnswer[];
}

/**
 * The answer for a complete choice of OS and architecture, from every bulletin's table or the one
 * the choice narrows to; undefined until both are chosen.
 */
export function answerFinder(tables: FixTable[], state: FinderState): FinderAnswers | undefined {
  const [entries] = tables;
  const os = entries && osFor(entries, state.release, state.architecture);
  if (!os) return undefined;
  const chosen = tables.filter((t) => !state.bulletin || t.bulletin.id === state.bulletin);
  return { os, bulletins: chosen.map((table) => answerForOs(table, os, state.frameworks)) };
}

interface Origin {
  framework: FixTableFramework;
  from: 'windows' | 'ticked' | 'brought';
  by?: FixTableFramework;
}

/** What the steps of one Windows entry's answer share: the level of each version, and the answer they fill. */
interface AnswerSteps {
  table: FixTable;
  os: FixTableOs;
  /** The level a version is at on this computer, and where it comes from. */
  levelOf: (version: string) => Origin;
  /** The answer's card for an update, made on first use. */
  fixFor: (kb: string) => FinderFix;
  answer: FinderAnswer;
}

/**
 * What one Windows entry with these .NET versions ticked needs. A computer has one level of each
 * .NET version: the latest of what Windows includes, what is ticked and what ticked versions bring
 * underneath them. Each level present gets the update the bulletin lists for it here.
 */
export function answerForOs(table: FixTable, os: FixTableOs, frameworkIds: string[]): FinderAnswer {
  const answer: FinderAnswer = {
    bulletin: table.bulletin,
    os,
    fixes: [],
    notes: [],
    conditional: [],
  };
  const osNote = withdrawnFromOs(table, os) ?? unlistedOs(table, os);
  if (osNote) answer.osNote = osNote;
  const usable = installableChoices(table, os, frameworkIds, answer.notes);
  const steps: AnswerSteps = {
    table,
    os,
    levelOf: levelsOnComputer(table, os, usable),
    fixFor: (kb) => fixCard(table, answer, kb),
    answer,
  };
  for (const included of os.includes.filter((i) => !i.onlyWhen)) answerWindowsOwn(steps, included);
  for (const framework of usable) answerTicked(steps, framework);
  answer.conditional = conditionalOwn(table, os, usable);
  return answer;
}

function frameworkWithId(table: FixTable, id: string): FixTableFramework | undefined {
  return table.frameworks.find((f) => f.id === id);
}

/** Later levels of a version come later in the table. */
function rankOf(table: FixTable, framework: FixTableFramework): number {
  return table.frameworks.indexOf(framework);
}

/** The updates the bulletin lists for a pair: none, one, or two to install both. */
function updatesFor(table: FixTable, os: FixTableOs, framework: FixTableFramework): string[] {
  return table.served[pairKey(os.id, framework.id)] ?? [];
}

const coversOs = (table: FixTable, os: FixTableOs) =>
  table.frameworks.some((f) => updatesFor(table, os, f).length > 0);

/** Said once for the whole OS when no update applies to it any more and a revision withdrew one. */
function withdrawnFromOs(table: FixTable, os: FixTableOs): string | undefined {
  if (coversOs(table, os)) return undefined;
  const withdrawn = table.frameworks
    .map((f) => table.withdrawn[pairKey(os.id, f.id)])
    .find((w) => w !== undefined);
  return (
    withdrawn &&
    `No .NET Framework update of ${table.bulletin.code} applies to ${os.name} since the bulletin's revision ${withdrawn.version}. ${withdrawn.reason}`
  );
}

/** Said once for the whole OS when the bulletin lists no update for it at all. */
function unlistedOs(table: FixTable, os: FixTableOs): string | undefined {
  return coversOs(table, os)
    ? undefined
    : `${table.bulletin.code} lists no update for ${os.name}: it is not in the bulletin's Affected Software table.`;
}

/** The card of an update, made the first time a version needs it, so each KB has one card. */
function fixCard(table: FixTable, answer: FinderAnswer, kb: string): FinderFix {
  let fix = answer.fixes.find((f) => f.kb === kb);
  if (!fix) {
    const installer = installerFor(table, kb, answer.os);
    answer.fixes.push(
      (fix = { kb, installer, update: table.updates[kb], frameworks: [], windowsOwn: [] }),
    );
  }
  return fix;
}

/** The ticked versions that can be installed here; each one that cannot gets a note saying why. */
function installableChoices(
  table: FixTable,
  os: FixTableOs,
  frameworkIds: string[],
  notes: FinderNote[],
): FixTableFramework[] {
  const chosen = frameworkIds
    .map((id) => frameworkWithId(table, id))
    .filter((f) => f !== undefined);
  const usable: FixTableFramework[] = [];
  for (const framework of chosen) {
    const unavailable = unavailableOn(framework, os.id);
    if (!unavailable) {
      usable.push(framework);
      continue;
    }
    notes.push({
      framework,
      message: `${framework.name} cannot be installed on ${os.name}, so the finder gives no update for it. ${unavailable.reason}`,
      alternatives: [],
      unavailable,
    });
  }
  return usable;
}

/**
 * Where each version's level comes from on this computer: Windows, a ticked version, or what a
 * ticked version brings. Gives the level a version is at; on a tie, what is ticked counts before
 * what Windows or another version brings.
 */
function levelsOnComputer(
  table: FixTable,
  os: FixTableOs,
  usable: FixTableFramework[],
): (version: string) => Origin {
  const origins: Origin[] = [
    ...os.includes
      .filter((included) => !included.onlyWhen)
      .map((included) => ({
        framework: frameworkWithId(table, included.framework)!,
        from: 'windows' as const,
      })),
    ...usable.map((framework) => ({ framework, from: 'ticked' as const })),
    ...usable.flatMap((framework) =>
      framework.brings.map((id) => ({
        framework: frameworkWithId(table, id)!,
        from: 'brought' as const,
        by: framework,
      })),
    ),
  ];
  return (version) =>
    origins
      .filter((o) => o.framework.version === version)
      .reduce((best, o) =>
        rankOf(table, o.framework) > rankOf(table, best.framework) ||
        (o.framework === best.framework && o.from === 'ticked')
          ? o
          : best,
      );
}

/** A version that is part of Windows needs the update for the level it is at, whatever is ticked. */
function answerWindowsOwn({ table, os, levelOf, fixFor }: AnswerSteps, included: FixTableIncluded) {
  const framework = frameworkWithId(table, included.framework)!;
  const level = levelOf(framework.version);
  const kbs = updatesFor(table, os, level.framework);
  if (kbs.length === 0) return;
  const raisedBy =
    rankOf(table, level.framework) > rankOf(table, framework)
      ? (level.by ?? level.framework)
      : undefined;
  const sentence = windowsOwnSentence(table, os, framework, level.framework, raisedBy, kbs);
  for (const kb of kbs)
    fixFor(kb).windowsOwn.push({
      included,
      framework,
      level: level.framework,
      ...(raisedBy ? { raisedBy } : {}),
      sentence,
    });
}

/**
 * A ticked version: covered by the update of a later level it is superseded by, or by those of a
 * level it brings and its own (a bulletin may list both for 3.5 SP1: one for the 2.0 SP2 underneath,
 * one for 3.5 SP1 itself); else a note saying why there is none.
 */
function answerTicked(steps: AnswerSteps, framework: FixTableFramework) {
  const { table, os, levelOf, fixFor, answer } = steps;
  const level = levelOf(framework.version);
  if (level.framework !== framework) {
    answer.notes.push({
      framework,
      message: supersededMessage(table, os, framework, level),
      alternatives: [],
    });
    return;
  }
  const throughBrought = framework.brings.length > 0 && answerThroughBrought(steps, framework);
  // A version's own updates, less those of a level it brings that a later level replaced here
  // (an update listed for 2.0 SP1 and 3.5, or one that is the 2.0 SP1 package, is not needed once
  // 2.0 is at SP2: the 2.0 SP2 update stands for it).
  const replacedLevels = framework.brings
    .map((id) => frameworkWithId(table, id)!)
    .filter((brought) => levelOf(brought.version).framework !== brought);
  const own = updatesFor(table, os, framework).filter(
    (kb) =>
      !replacedLevels.some(
        (level) =>
          updatesFor(table, os, level).includes(kb) || table.updates[kb]?.layer === level.id,
      ) &&
      !answer.fixes.some(
        (fix) => fix.kb === kb && fix.frameworks.some((f) => f.framework === framework),
      ),
  );
  for (const kb of own) fixFor(kb).frameworks.push(covered(table, os, framework));
  if (throughBrought || own.length > 0) return;
  // The OS's own note already says that nothing applies here.
  if (answer.osNote) return;
  answer.notes.push(plainNote(table, os, framework));
}

/** Versions part of Windows only on some computers, with an update here, that are not ticked. */
function conditionalOwn(
  table: FixTable,
  os: FixTableOs,
  usable: FixTableFramework[],
): ConditionalOwn[] {
  return os.includes
    .filter((included) => included.onlyWhen)
    .flatMap((included) => {
      const framework = frameworkWithId(table, included.framework)!;
      const kbs = updatesFor(table, os, framework);
      return kbs.length > 0 && !usable.some((f) => f.version === framework.version)
        ? [{ included, framework, kbs }]
        : [];
    });
}

/**
 * A version that brings others (3.5 brings 2.0 SP1) is vulnerable through them, so its update is
 * the one for the level those are at. Where the bulletin calls it not affected, that level's
 * update is why, and the note says so. False when no level it brings has an update here.
 */
function answerThroughBrought(
  { table, os, levelOf, fixFor, answer }: AnswerSteps,
  framework: FixTableFramework,
): boolean {
  for (const broughtId of framework.brings) {
    const level = levelOf(frameworkWithId(table, broughtId)!.version);
    const kbs = updatesFor(table, os, level.framework);
    if (kbs.length === 0) continue;
    for (const kb of kbs) fixFor(kb);
    if (table.notAffected[pairKey(os.id, framework.id)] !== undefined) {
      const why =
        level.from === 'windows'
          ? `is part of Windows there`
          : level.from === 'brought'
            ? `comes with .NET ${level.by!.shortName}`
            : `is ticked too`;
      const these = listInWords(kbs.map(formatKbNumber));
      answer.notes.push({
        framework,
        message: `The bulletin lists ${framework.name} as not affected on ${os.name}: the .NET ${level.framework.shortName} it runs on ${why}, and ${these} above ${kbs.length > 1 ? 'are the updates' : 'is the update'} for that (this site's reading of the bulletin's table).`,
        alternatives: [],
      });
    } else {
      const direct = updatesFor(table, os, framework);
      for (const kb of kbs)
        fixFor(kb).frameworks.push(
          covered(table, os, framework, direct.includes(kb) ? undefined : level.framework),
        );
    }
    return true;
  }
  return false;
}

/** A chosen version an update covers, with the note of the row that serves it: its own, or that of the level it runs on. */
function covered(
  table: FixTable,
  os: FixTableOs,
  framework: FixTableFramework,
  via?: FixTableFramework,
): FinderFix['frameworks'][number] {
  const note = table.servedNotes[pairKey(os.id, (via ?? framework).id)];
  return { framework, ...(via ? { via } : {}), ...(note ? { note } : {}) };
}

function windowsOwnSentence(
  table: FixTable,
  os: FixTableOs,
  framework: FixTableFramework,
  level: FixTableFramework,
  raisedBy: FixTableFramework | undefined,
  kbs: string[],
): string {
  const opening = `${os.releaseName} includes .NET ${framework.shortName} as part of Windows`;
  const KB = listInWords(kbs.map(formatKbNumber));
  if (raisedBy)
    return `${opening}; with .NET ${raisedBy.shortName} installed it is at .NET ${level.shortName}, so it needs ${KB}.`;
  // Later levels of the same version that some installable version would bring here, with an update of their own.
  const raisers = table.frameworks.filter(
    (f) =>
      !unavailableOn(f, os.id) &&
      f.brings.some((id) => {
        const brought = table.frameworks.find((b) => b.id === id)!;
        return (
          brought.version === framework.version &&
          table.frameworks.indexOf(brought) > table.frameworks.indexOf(framework) &&
          table.served[pairKey(os.id, id)]
        );
      }),
  );
  if (raisers.length === 0) return `${opening}, so it needs ${KB} whatever else is installed.`;
  return `${opening}, so it needs ${KB} unless ${raisers.map((f) => `.NET ${f.shortName}`).join(' or ')} raised it to a later level: tick it if it is installed.`;
}

function supersededMessage(
  table: FixTable,
  os: FixTableOs,
  framework: FixTableFramework,
  level: Origin,
): string {
  const why =
    level.from === 'windows'
      ? `part of ${os.releaseName}`
      : level.from === 'brought'
        ? `brought by .NET ${level.by!.shortName}`
        : 'ticked too';
  const opening = `.NET ${framework.shortName}: a computer has one level of .NET ${framework.version}, and here it is the later .NET ${level.framework.shortName} (${why})`;
  const result = resolveFix(table, os.id, level.framework.id);
  if (result.kind === 'update')
    return `${opening}, so ${listInWords(result.kbs.map(formatKbNumber))} for that level ${result.kbs.length > 1 ? 'cover' : 'covers'} it.`;
  if (result.kind === 'not-affected')
    return `${opening}, which the bulletin lists as not affected.`;
  return `${opening}, for which the bulletin lists no update on ${os.name}.`;
}

function plainNote(table: FixTable, os: FixTableOs, chosen: FixTableFramework): FinderNote {
  const result = resolveFix(table, os.id, chosen.id);
  // Other service packs are worth naming only where the bulletin lists nothing for this one.
  const alternatives = (result.kind === 'not-listed' ? table.frameworks : [])
    .filter((f) => f.version === chosen.version && f.id !== chosen.id)
    .flatMap((f) => {
      const kbs = table.served[pairKey(os.id, f.id)];
      return kbs ? [{ framework: f, kbs }] : [];
    });
  const message =
    result.kind === 'withdrawn'
      ? `Revision ${result.version} of the bulletin removed ${chosen.name} on ${os.name}. ${result.reason}`
      : result.kind === 'not-affected'
        ? `The bulletin lists ${chosen.name} as not affected on ${os.name}: it needs no update.`
        : alternatives.length > 0
          ? `The bulletin lists no update for ${chosen.name} itself on ${os.name}, only for these service packs of it. Which one applies depends on the service pack installed:`
          : `The bulletin lists no update for ${chosen.name} on ${os.name}.`;
  return { framework: chosen, message, alternatives };
}

export interface Suggestion {
  state: FinderState;
  /** Releases the browser's Windows version could be, when it cannot tell which. */
  candidates: FinderRelease[];
}

/**
 * A pre-selection from the browser, or undefined when it reports no Windows the site's bulletins know.
 * The OS is chosen only when the NT version and architecture leave one release; the .NET versions
 * come from IE's `.NET CLR` tokens, where a generic 2.0 token gives way to the 2.0 level that a
 * detected 3.5 brings.
 */
export function suggestFromUserAgent(
  table: FinderEntries,
  reading: UserAgentReading,
): Suggestion | undefined {
  const matching = windowsReportedBy(table.operatingSystems, reading);
  if (matching.length === 0) return undefined;
  const releases = [...new Set(matching.map((os) => os.release))];
  // An upgraded machine can still send the token of the level it left (3.5 next to 3.5 SP1):
  // of each version, only the latest level reported counts.
  const reported = table.frameworks.filter((f) =>
    f.userAgentTokens.some((token) => reading.clrVersions.includes(token)),
  );
  const latest = reported.filter(
    (f, i) => !reported.slice(i + 1).some((later) => later.version === f.version),
  );
  const brought = new Set(latest.flatMap((f) => f.brings));
  const frameworks = latest
    .filter(
      (f) =>
        !table.frameworks.some(
          (other) => brought.has(other.id) && other.version === f.version && other.id !== f.id,
        ),
    )
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
