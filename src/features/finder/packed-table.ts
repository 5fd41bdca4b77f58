/**
 * Every bulletin's FixTable as the finder's pages ship them to the browser, in the fewest bytes:
 * the Windows and .NET entries the tables share written once, rows as tuples, ids as indexes,
 * each source and install limit written once, and each bulletin's (Windows, .NET) records as one
 * character per pair. `unpackFixTables` gives back the tables the finder answers from.
 *
 * Left out, because the browser needs them only after the visitor acts: the registry keys and
 * their doubts, which the paste reader fetches (`registryPart`, `withRegistry`); and the Update
 * Catalog link, which is made from the KB number.
 */
import type { Architecture, Source } from '../../content-model/schemas/shared';
import { updateCatalogSearchUrl } from '../updates/download-links';
import {
  pairKey,
  type FixTable,
  type FixTableFramework,
  type FixTableIncluded,
  type FixTableOs,
  type FixTableUpdate,
} from '../fixes/fix-table';

/** One character per pair: the index of its value in `values`, or ABSENT. */
const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ABSENT = '-';

/** A record keyed by pairKey(os, framework): its distinct values, and one row of characters per OS. */
export interface PackedPairs<Value> {
  values: Value[];
  rows: string[];
}

/** An included .NET version with its framework and source as indexes. */
type PackedIncluded = Omit<FixTableIncluded, 'framework' | 'source' | 'registryUnconfirmed'> & {
  framework: number;
  source: number;
};
type PackedLimit = Omit<
  NonNullable<FixTableFramework['installableOn']>,
  'only' | 'except' | 'source'
> & {
  only?: number[];
  except?: number[];
  source: number;
};

/** One bulletin's part: its updates and its (Windows, .NET) records. */
export interface PackedBulletin {
  bulletin: FixTable['bulletin'];
  updates: [
    kb: string,
    title: string,
    installers: FixTableUpdate['installers'],
    downloadCenter: string,
    logFolder: string,
    otherLogFolder: FixTableUpdate['otherLogFolder'] | 0,
    layer: string,
  ][];
  served: PackedPairs<string[]>;
  servedNotes: PackedPairs<string>;
  notAffected: PackedPairs<string>;
  withdrawn: PackedPairs<FixTable['withdrawn'][string]>;
}

export interface PackedFixTables {
  sources: Source[];
  limits: PackedLimit[];
  operatingSystems: [
    id: string,
    name: string,
    release: string,
    releaseName: string,
    family: string,
    architecture: Architecture,
    ntVersion: FixTableOs['ntVersion'],
    includes: PackedIncluded[],
  ][];
  /** `limit` is an index into `limits`, or -1 where none applies. */
  frameworks: [
    id: string,
    name: string,
    shortName: string,
    version: string,
    brings: number[],
    userAgentTokens: string[],
    limit: number,
  ][];
  bulletins: PackedBulletin[];
}

/** The index of `value` in `list` by content, added at the end when it is new. */
function indexIn<T>(list: T[], value: T): number {
  const text = JSON.stringify(value);
  const found = list.findIndex((item) => JSON.stringify(item) === text);
  return found >= 0 ? found : list.push(value) - 1;
}

function packPairs<Value>(
  record: Record<string, Value>,
  osIds: string[],
  frameworkIds: string[],
): PackedPairs<Value> {
  const values: Value[] = [];
  const rows = osIds.map((os) =>
    frameworkIds
      .map((framework) => {
        const key = pairKey(os, framework);
        if (!(key in record)) return ABSENT;
        const index = indexIn(values, record[key]);
        if (index >= DIGITS.length)
          throw new Error(`More than ${DIGITS.length} distinct values in one pair record`);
        return DIGITS[index];
      })
      .join(''),
  );
  return { values, rows };
}

function unpackPairs<Value>(
  { values, rows }: PackedPairs<Value>,
  osIds: string[],
  frameworkIds: string[],
): Record<string, Value> {
  const record: Record<string, Value> = {};
  rows.forEach((row, o) => {
    [...row].forEach((digit, f) => {
      if (digit !== ABSENT)
        record[pairKey(osIds[o], frameworkIds[f])] = values[DIGITS.indexOf(digit)]!;
    });
  });
  return record;
}

/** Packs the tables of every bulletin; they list the same Windows and .NET entries, packed once. */
export function packFixTables(tables: FixTable[]): PackedFixTables {
  const table = tables[0];
  const osIds = table.operatingSystems.map((os) => os.id);
  const frameworkIds = table.frameworks.map((f) => f.id);
  const sources: Source[] = [];
  const limits: PackedLimit[] = [];
  return {
    sources,
    limits,
    operatingSystems: table.operatingSystems.map((os) => [
      os.id,
      os.name,
      os.release,
      os.releaseName,
      os.family,
      os.architecture,
      os.ntVersion,
      os.includes.map(({ framework, source, registryUnconfirmed: _, ...rest }) => ({
        ...rest,
        framework: frameworkIds.indexOf(framework),
        source: indexIn(sources, source),
      })),
    ]),
    frameworks: table.frameworks.map((f) => {
      let limit = -1;
      if (f.installableOn) {
        const { only, except, source, ...rest } = f.installableOn;
        limit = indexIn(limits, {
          ...rest,
          ...(only ? { only: only.map((id) => osIds.indexOf(id)) } : {}),
          ...(except ? { except: except.map((id) => osIds.indexOf(id)) } : {}),
          source: indexIn(sources, source),
        });
      }
      return [
        f.id,
        f.name,
        f.shortName,
        f.version,
        f.brings.map((id) => frameworkIds.indexOf(id)),
        f.userAgentTokens,
        limit,
      ];
    }),
    bulletins: tables.map((bulletinTable) => ({
      bulletin: bulletinTable.bulletin,
      updates: Object.values(bulletinTable.updates).map((p) => [
        p.kb,
        p.title,
        p.installers,
        p.downloadCenter ?? '',
        p.logFolder ?? '',
        p.otherLogFolder ?? 0,
        p.layer ?? '',
      ]),
      served: packPairs(bulletinTable.served, osIds, frameworkIds),
      servedNotes: packPairs(bulletinTable.servedNotes, osIds, frameworkIds),
      notAffected: packPairs(bulletinTable.notAffected, osIds, frameworkIds),
      withdrawn: packPairs(bulletinTable.withdrawn, osIds, frameworkIds),
    })),
  };
}

export function unpackFixTables(packed: PackedFixTables): FixTable[] {
  const osIds = packed.operatingSystems.map(([id]) => id);
  const frameworkIds = packed.frameworks.map(([id]) => id);
  const operatingSystems = packed.operatingSystems.map(
    ([id, name, release, releaseName, family, architecture, ntVersion, includes]): FixTableOs => ({
      id,
      name,
      release,
      releaseName,
      family,
      architecture,
      ntVersion,
      includes: includes.map(({ framework, source, ...rest }) => ({
        ...rest,
        framework: frameworkIds[framework],
        source: packed.sources[source],
      })),
    }),
  );
  const frameworks = packed.frameworks.map(
    ([id, name, shortName, version, brings, userAgentTokens, limit]): FixTableFramework => {
      const framework: FixTableFramework = {
        id,
        name,
        shortName,
        version,
        brings: brings.map((i) => frameworkIds[i]),
        userAgentTokens,
      };
      const packedLimit = packed.limits[limit];
      if (packedLimit) {
        const { only, except, source, ...rest } = packedLimit;
        framework.installableOn = {
          ...rest,
          ...(only ? { only: only.map((i) => osIds[i]) } : {}),
          ...(except ? { except: except.map((i) => osIds[i]) } : {}),
          source: packed.sources[source],
        };
      }
      return framework;
    },
  );
  return packed.bulletins.map((part) => {
    const updates: FixTable['updates'] = {};
    for (const [
      kb,
      title,
      installers,
      downloadCenter,
      logFolder,
      otherLogFolder,
      layer,
    ] of part.updates) {
      updates[kb] = {
        kb,
        title,
        installers,
        ...(downloadCenter ? { downloadCenter } : {}),
        updateCatalog: updateCatalogSearchUrl(kb),
        ...(logFolder ? { logFolder } : {}),
        ...(otherLogFolder ? { otherLogFolder } : {}),
        ...(layer ? { layer } : {}),
      };
    }
    return {
      bulletin: part.bulletin,
      operatingSystems,
      frameworks,
      updates,
      served: unpackPairs(part.served, osIds, frameworkIds),
      servedNotes: unpackPairs(part.servedNotes, osIds, frameworkIds),
      notAffected: unpackPairs(part.notAffected, osIds, frameworkIds),
      withdrawn: unpackPairs(part.withdrawn, osIds, frameworkIds),
    };
  });
}

/** What the paste reader needs beside the packed table: each version's registry keys, and where a Windows' own version may not show in them. */
export interface RegistryPart {
  /** Framework id → its registry data. */
  frameworks: Record<string, NonNullable<FixTableFramework['registry']>>;
  /** pairKey(os, framework) of an included version → why its key may be missing. */
  registryUnconfirmed: Record<string, string>;
}

export function registryPart(
  table: Pick<FixTable, 'operatingSystems' | 'frameworks'>,
): RegistryPart {
  const part: RegistryPart = { frameworks: {}, registryUnconfirmed: {} };
  for (const f of table.frameworks) if (f.registry) part.frameworks[f.id] = f.registry;
  for (const os of table.operatingSystems) {
    for (const included of os.includes) {
      if (included.registryUnconfirmed)
        part.registryUnconfirmed[pairKey(os.id, included.framework)] = included.registryUnconfirmed;
    }
  }
  return part;
}

/** An unpacked table with the registry part put back: the whole table the build started from. */
export function withRegistry(table: FixTable, part: RegistryPart): FixTable {
  return {
    ...table,
    operatingSystems: table.operatingSystems.map((os) => ({
      ...os,
      includes: os.includes.map((included) => {
        const doubt = part.registryUnconfirmed[pairKey(os.id, included.framework)];
        return doubt ? { ...included, registryUnconfirmed: doubt } : included;
      }),
    })),
    frameworks: table.frameworks.map((f) =>
      part.frameworks[f.id] ? { ...f, registry: part.frameworks[f.id] } : f,
    ),
  };
}
