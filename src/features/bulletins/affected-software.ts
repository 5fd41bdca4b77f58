/**
 * The bulletin's Affected Software table, derived from the `updates` collection so that it is
 * never typed twice: one row per `serves` (or `otherPlatforms`) row of each update. The bulletin
 * page shows it whole; each update page shows the rows of its KB.
 */
import { bulletinEntry, type Collections } from '../../content-model/entries';
import type { Severity } from '../../content-model/schemas/shared';
import { listInWords } from './revisions';

/** An OS or .NET entry as a row names it. */
export interface NamedEntry {
  id: string;
  name: string;
}

export interface AffectedSoftwareRow {
  kb: string;
  /** The Windows editions the row covers, in the row's order; empty for platforms outside the OS model (Silverlight). */
  systems: NamedEntry[];
  platform: string;
  /** The .NET versions the row covers; empty outside the OS model. */
  frameworks: NamedEntry[];
  component: string;
  installer?: string;
  severity: Severity;
  replaces?: string;
  note?: string;
  /** The marks the bulletin's table sets on this row; its `footnotes` say what they mean. */
  footnotes: string[];
}

export function affectedSoftwareRows(
  content: Collections,
  bulletinId: string,
): AffectedSoftwareRow[] {
  // The bulletin's own name for a Windows row, where it differs from the entry's (a bulletin may list XP SP3 only).
  const rowName = new Map(
    bulletinEntry(content, bulletinId).data.affected.flatMap((row) =>
      row.name ? [[row.os.id, row.name] as const] : [],
    ),
  );
  const os = new Map(
    content.operatingSystems.map((e) => [
      e.id,
      { ...e.data, name: rowName.get(e.id) ?? e.data.name },
    ]),
  );
  const fw = new Map(content.frameworks.map((e) => [e.id, e.data]));
  const sortable: { rank: [number, number]; row: AffectedSoftwareRow }[] = [];

  for (const { data: update } of content.updates) {
    if (update.bulletin.id !== bulletinId) continue;
    for (const serve of update.serves) {
      const systems = serve.os.flatMap((ref) =>
        os.has(ref.id) ? [{ id: ref.id, ...os.get(ref.id)! }] : [],
      );
      const versions = serve.frameworks.flatMap((ref) =>
        fw.has(ref.id) ? [{ id: ref.id, ...fw.get(ref.id)! }] : [],
      );
      const architecture = systems[0]?.architecture;
      sortable.push({
        rank: [Math.min(...systems.map((s) => s.order)), Math.min(...versions.map((v) => v.order))],
        row: {
          kb: update.kb,
          systems: systems.map(({ id, name }) => ({ id, name })),
          platform: systems.map((s) => s.name).join('; '),
          frameworks: versions.map(({ id, name }) => ({ id, name })),
          component: versions.map((v) => v.name).join(' and '),
          installer: architecture ? update.installers[architecture] : undefined,
          severity: serve.severity,
          replaces: serve.replaces ?? update.replaces,
          note: serve.note,
          footnotes: serve.footnotes,
        },
      });
    }
    update.otherPlatforms.forEach((other, i) => {
      sortable.push({
        rank: [Number.MAX_SAFE_INTEGER, i],
        row: {
          kb: update.kb,
          systems: [],
          platform: other.platform,
          frameworks: [],
          component: other.component,
          severity: other.severity,
          replaces: update.replaces,
          footnotes: [],
        },
      });
    });
  }

  return sortable
    .sort((a, b) => a.rank[0] - b.rank[0] || a.rank[1] - b.rank[1])
    .map(({ row }) => row);
}

/** One name shown in a row, and the fix page it leads to where it tells the row's pairs apart. */
export interface RowName {
  name: string;
  pair?: { osId: string; frameworkId: string };
}

/**
 * A row's Windows names and .NET names, each (Windows, .NET) pair of the row linked exactly once:
 * on the Windows names when the row covers several editions of one .NET version, otherwise on
 * its .NET names. Every pair a row covers is served, so each has a fix page. Rows outside
 * the OS model (Silverlight) link nothing.
 */
export function rowNames(row: AffectedSoftwareRow): { systems: RowName[]; frameworks: RowName[] } {
  const { systems, frameworks } = row;
  if (systems.length === 0 || frameworks.length === 0)
    return { systems: [{ name: row.platform }], frameworks: [{ name: row.component }] };
  if (systems.length > 1 && frameworks.length > 1) {
    throw new Error(
      `KB${row.kb}: a row of several Windows editions and several .NET versions (${row.platform}; ${row.component}) cannot link each pair once`,
    );
  }
  const pair = (os: NamedEntry, framework: NamedEntry) => ({
    osId: os.id,
    frameworkId: framework.id,
  });
  if (systems.length > 1) {
    return {
      systems: systems.map((os) => ({ name: os.name, pair: pair(os, frameworks[0]) })),
      frameworks: [{ name: row.component }],
    };
  }
  return {
    systems: [{ name: row.platform }],
    frameworks: frameworks.map((framework) => ({
      name: framework.name,
      pair: pair(systems[0], framework),
    })),
  };
}

/**
 * What an update page says it replaces, from its rows: an update may replace an earlier bulletin
 * on some of its Windows editions only, and the sentence must not say more.
 */
export function replacesSentence(
  rows: Pick<AffectedSoftwareRow, 'replaces' | 'platform'>[],
): string {
  const replaced = [...new Set(rows.flatMap((row) => (row.replaces ? [row.replaces] : [])))];
  if (replaced.length === 0) return 'Replaces no earlier bulletin.';
  if (rows.every((row) => row.replaces)) return `Replaces ${listInWords(replaced)}.`;
  const where = rows.filter((row) => row.replaces).map((row) => row.platform);
  return `Replaces ${listInWords(replaced)} on ${listInWords(where)}; elsewhere no earlier bulletin.`;
}
