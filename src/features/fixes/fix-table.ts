/**
 * The answer to "which update does this computer need?", derived once from the collections.
 * A FixTable is plain, serialisable data: fix pages use it at build time, and the fix
 * finder ships the same table to the browser, so both always give the same answer.
 */
import {
  bulletinEntry,
  type Bulletin,
  type Collections,
  type Framework,
  type OperatingSystem,
  type Update,
} from '../../content-model/entries';
import { bulletinWithdrawals, type Withdrawal } from '../bulletins/revisions';
import { updateCatalogSearchUrl } from '../updates/download-links';
import { formatBulletinId } from '../../identifiers/bulletin-id';
import type { OtherLogFolder } from '../updates/package-wording';

/** A .NET version that comes with a Windows entry, with the framework as an id. */
export type FixTableIncluded = Omit<OperatingSystem['includes'][number], 'framework'> & {
  framework: string;
};

/** A Windows entry as the schema types it, with references as ids and only what answers need. */
export type FixTableOs = Pick<
  OperatingSystem,
  'name' | 'release' | 'releaseName' | 'family' | 'architecture' | 'ntVersion'
> & {
  id: string;
  includes: FixTableIncluded[];
};

type InstallableOn = NonNullable<Framework['installableOn']>;

/** A .NET version as the schema types it, with references as ids. */
export type FixTableFramework = Pick<
  Framework,
  'name' | 'shortName' | 'version' | 'userAgentTokens'
> & {
  id: string;
  brings: string[];
  /** Where it installs, with OS ids; absent when no source limits it. */
  installableOn?: Omit<InstallableOn, 'only' | 'except'> & { only?: string[]; except?: string[] };
  registry?: Framework['registry'];
};

/**
 * A package as the schema types it, with the Update Catalog search made from its number. Its log
 * files come only with another folder for them: the one answer sentence that names them sends
 * the visitor to that folder, and the finder ships this table to the browser.
 */
export type FixTableUpdate = Pick<
  Update,
  'kb' | 'title' | 'installers' | 'downloadCenter' | 'logFolder'
> & {
  updateCatalog: string;
  /** The .NET level the package patches, as an id, where the table labels it for a later version. */
  layer?: string;
  otherLogFolder?: OtherLogFolder;
};

export interface FixTable {
  /** `code` is the id as Microsoft prints it ("MSyy-nnn"). */
  bulletin: { id: string; code: string; title: Bulletin['title']; version: Bulletin['version'] };
  operatingSystems: FixTableOs[];
  frameworks: FixTableFramework[];
  updates: Record<string, FixTableUpdate>;
  /** `${os} ${framework}` → KB digits of the updates the bulletin lists for it (sometimes two: install both). */
  served: Record<string, string[]>;
  /** `${os} ${framework}` → the note of the bulletin's row that serves it (an edition limit), where it has one. */
  servedNotes: Record<string, string>;
  /** `${os} ${framework}` → the bulletin's note, or "" when it has none. */
  notAffected: Record<string, string>;
  /** `${os} ${framework}` → the KB an earlier revision listed, the revision that removed it, and why. */
  withdrawn: Record<string, Pick<Withdrawal, 'kb' | 'version'> & { reason: Withdrawal['history'] }>;
}

/** The key of an (OS, .NET) pair in the table's records. */
export const pairKey = (os: string, framework: string) => `${os} ${framework}`;

/** Builds the table of one bulletin; every bulletin's table lists the same Windows and .NET entries. */
export function buildFixTable(content: Collections, bulletinId: string): FixTable {
  const bulletin = bulletinEntry(content, bulletinId);
  const byOrder = <T extends { data: { order: number } }>(a: T, b: T) =>
    a.data.order - b.data.order;

  const operatingSystems = [...content.operatingSystems].sort(byOrder).map(({ id, data }) => ({
    id,
    name: data.name,
    release: data.release,
    releaseName: data.releaseName,
    family: data.family,
    architecture: data.architecture,
    ntVersion: data.ntVersion,
    includes: data.includes.map(({ framework, ...rest }) => ({ ...rest, framework: framework.id })),
  }));
  const frameworks = [...content.frameworks].sort(byOrder).map(({ id, data }) => ({
    id,
    name: data.name,
    shortName: data.shortName,
    version: data.version,
    brings: data.brings.map((ref) => ref.id),
    userAgentTokens: data.userAgentTokens,
    ...(data.installableOn
      ? {
          installableOn: {
            ...data.installableOn,
            only: data.installableOn.only?.map((ref) => ref.id),
            except: data.installableOn.except?.map((ref) => ref.id),
          },
        }
      : {}),
    ...(data.registry ? { registry: data.registry } : {}),
  }));

  const updates: FixTable['updates'] = {};
  const served: FixTable['served'] = {};
  const servedNotes: FixTable['servedNotes'] = {};
  for (const { data } of content.updates) {
    if (data.bulletin.id !== bulletinId) continue;
    updates[data.kb] = {
      kb: data.kb,
      title: data.title,
      installers: data.installers,
      downloadCenter: data.downloadCenter,
      updateCatalog: updateCatalogSearchUrl(data.kb),
      logFolder: data.logFolder,
      otherLogFolder: data.otherLogFolder && { ...data.otherLogFolder, logFiles: data.logFiles },
      ...(data.layer ? { layer: data.layer.id } : {}),
    };
    for (const row of data.serves) {
      for (const os of row.os) {
        for (const fw of row.frameworks) {
          (served[pairKey(os.id, fw.id)] ??= []).push(data.kb);
          if (row.note) servedNotes[pairKey(os.id, fw.id)] = row.note;
        }
      }
    }
  }

  const allOs = operatingSystems.map((os) => os.id);
  const notAffected: FixTable['notAffected'] = {};
  for (const row of bulletin.data.notAffected) {
    for (const os of row.os?.map((ref) => ref.id) ?? allOs) {
      for (const fw of row.frameworks) notAffected[pairKey(os, fw.id)] = row.note ?? '';
    }
  }
  const withdrawn: FixTable['withdrawn'] = {};
  for (const row of bulletinWithdrawals(content, bulletinId)) {
    for (const os of row.osIds) {
      for (const fw of row.frameworkIds)
        withdrawn[pairKey(os, fw)] = { kb: row.kb, version: row.version, reason: row.history };
    }
  }

  return {
    bulletin: {
      id: bulletin.id,
      code: formatBulletinId(bulletin.id),
      title: bulletin.data.title,
      version: bulletin.data.version,
    },
    operatingSystems,
    frameworks,
    updates,
    served,
    servedNotes,
    notAffected,
    withdrawn,
  };
}

export type FixAnswer =
  /** Updates apply (the bulletin may list two: install both); `via` is the version the chosen one installs underneath, when that is the reason. */
  | { kind: 'update'; kbs: string[]; via?: string }
  | { kind: 'withdrawn'; kb: string; version: string; reason: string }
  | { kind: 'not-affected'; note: string }
  | { kind: 'not-listed' };

/** What one bulletin says about one .NET version on one Windows edition. */
export function resolveFix(table: FixTable, osId: string, frameworkId: string): FixAnswer {
  const os = table.operatingSystems.find((o) => o.id === osId);
  const framework = table.frameworks.find((f) => f.id === frameworkId);
  if (!os || !framework) return { kind: 'not-listed' };

  const direct = table.served[pairKey(osId, frameworkId)];
  if (direct) return { kind: 'update', kbs: direct };
  for (const brought of framework.brings) {
    const kbs = table.served[pairKey(osId, brought)];
    if (kbs) return { kind: 'update', kbs, via: brought };
  }
  const withdrawn = table.withdrawn[pairKey(osId, frameworkId)];
  if (withdrawn) return { kind: 'withdrawn', ...withdrawn };
  const note = table.notAffected[pairKey(osId, frameworkId)];
  if (note !== undefined) return { kind: 'not-affected', note };
  return { kind: 'not-listed' };
}

/** The package file an update installs on this Windows entry's architecture, or '' when none is named. */
export const installerFor = (table: FixTable, kb: string, os: FixTableOs) =>
  table.updates[kb]?.installers[os.architecture] ?? '';

export interface Fix {
  bulletin: FixTable['bulletin'];
  os: FixTableOs;
  framework: FixTableFramework;
  answer: Extract<FixAnswer, { kind: 'update' }>;
  /** The note of the bulletin's row for this pair, where it has one. */
  note?: string;
}

/**
 * How a fix states its row's note, the same on its page, in the lists of fixes and in the finder:
 * without it, "Install KB123456" would say more than the bulletin where it limits a row to some editions.
 */
export const servedNoteSentence = (note: string) =>
  `The bulletin lists it here with this note: ${note}.`;

/**
 * Every (OS, .NET) pair the bulletin lists as affected, with its update: one fix page each.
 * Pairs answered only through a version they bring (3.5 SP1 on Vista SP2) get no page of their
 * own, since the bulletin calls them not affected; the finder explains those.
 */
export function allFixes(table: FixTable): Fix[] {
  return table.operatingSystems.flatMap((os) =>
    table.frameworks.flatMap((framework) => {
      const answer = resolveFix(table, os.id, framework.id);
      if (answer.kind !== 'update' || answer.via) return [];
      const note = table.servedNotes[pairKey(os.id, framework.id)];
      return [{ bulletin: table.bulletin, os, framework, answer, ...(note ? { note } : {}) }];
    }),
  );
}

/** Fixes grouped by Windows edition, in the table's OS order. */
export function groupFixesByOs(fixes: Fix[]): Fix[][] {
  const groups = new Map<string, Fix[]>();
  for (const fix of fixes) {
    const group = groups.get(fix.os.id) ?? [];
    group.push(fix);
    groups.set(fix.os.id, group);
  }
  return [...groups.values()];
}

/** The updates that serve the most (OS, .NET) pairs, most first: the home page's common fixes. */
export function mostServingUpdates<Entry extends { data: { kb: string } }>(
  table: FixTable,
  updates: Entry[],
  count: number,
): Entry[] {
  return kbsByReach(table)
    .slice(0, count)
    .map((kb) => updates.find((u) => u.data.kb === kb)!);
}

/** KB numbers ordered by how many (OS, .NET) pairs they serve, most first: the fixes most people need. */
export function kbsByReach(table: FixTable): string[] {
  const reach = new Map<string, number>();
  for (const kb of Object.values(table.served).flat()) reach.set(kb, (reach.get(kb) ?? 0) + 1);
  return [...reach.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([kb]) => kb);
}
