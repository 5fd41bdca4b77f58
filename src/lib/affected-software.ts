/**
 * The bulletin's Affected Software table, derived from the `updates` collection so that it is
 * never typed twice: one row per `serves` (or `otherPlatforms`) row of each update.
 */
import type { Collections } from './content-model';
import type { Severity } from '../schemas/shared';

export interface AffectedSoftwareRow {
  kb: string;
  /** OS ids the row covers; empty for platforms outside the OS model (Silverlight). */
  osIds: string[];
  platform: string;
  frameworkIds: string[];
  component: string;
  installer?: string;
  severity: Severity;
  replaces?: string;
  note?: string;
}

export function affectedSoftwareRows(content: Collections, bulletinId: string): AffectedSoftwareRow[] {
  const os = new Map(content.operatingSystems.map((e) => [e.id, e.data]));
  const fw = new Map(content.frameworks.map((e) => [e.id, e.data]));
  const sortable: { rank: [number, number]; row: AffectedSoftwareRow }[] = [];

  for (const { data: update } of content.updates) {
    if (update.bulletin.id !== bulletinId) continue;
    for (const serve of update.serves) {
      const systems = serve.os.map((ref) => os.get(ref.id)).filter((o) => o !== undefined);
      const versions = serve.frameworks.map((ref) => fw.get(ref.id)).filter((f) => f !== undefined);
      const architecture = systems[0]?.architecture;
      sortable.push({
        rank: [Math.min(...systems.map((s) => s.order)), Math.min(...versions.map((v) => v.order))],
        row: {
          kb: update.kb,
          osIds: serve.os.map((ref) => ref.id),
          platform: systems.map((s) => s.name).join('; '),
          frameworkIds: serve.frameworks.map((ref) => ref.id),
          component: versions.map((v) => v.name).join(' and '),
          installer: architecture ? update.installers[architecture] : undefined,
          severity: serve.severity,
          replaces: update.replaces,
          note: serve.note,
        },
      });
    }
    update.otherPlatforms.forEach((other, i) => {
      sortable.push({
        rank: [Number.MAX_SAFE_INTEGER, i],
        row: {
          kb: update.kb,
          osIds: [],
          platform: other.platform,
          frameworkIds: [],
          component: other.component,
          severity: other.severity,
          replaces: update.replaces,
        },
      });
    });
  }

  return sortable
    .sort((a, b) => a.rank[0] - b.rank[0] || a.rank[1] - b.rank[1])
    .map(({ row }) => row);
}

/**
 * The combination page a row leads to: the first of its (Windows, .NET) pairs, in the row's order,
 * that has a page. Rows outside the OS model (Silverlight) have none.
 */
export function rowCombination<C extends { os: { id: string }; framework: { id: string } }>(row: AffectedSoftwareRow, combinations: C[]): C | undefined {
  for (const osId of row.osIds) {
    for (const frameworkId of row.frameworkIds) {
      const found = combinations.find((c) => c.os.id === osId && c.framework.id === frameworkId);
      if (found) return found;
    }
  }
  return undefined;
}
