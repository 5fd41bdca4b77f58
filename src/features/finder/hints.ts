/**
 * What the finder says under its .NET checkboxes for each Windows choice: the versions it does not
 * offer there and why, and the versions that come with that Windows. Worked out in the browser
 * from the finder's table, so that the page does not carry a hint for every choice.
 */
import { unavailableForChoice, type Unavailable } from './answer';
import type { FixTable } from '../fixes/fix-table';

export interface FinderHint {
  /** Framework ids not offered. */
  unavailable: string[];
  /** One sentence group per reason. */
  unavailableTexts: string[];
  /** What comes with this Windows; "" until its architecture is chosen, or when nothing does. */
  windowsOwnText: string;
}

function unavailableTexts(unavailable: Unavailable[], releaseName: string): string[] {
  const groups = new Map<string, Unavailable[]>();
  for (const u of unavailable)
    groups.set(u.reason + (u.siteReading ?? ''), [
      ...(groups.get(u.reason + (u.siteReading ?? '')) ?? []),
      u,
    ]);
  return [...groups.values()].map((group) => {
    const [first] = group;
    const reading = first.siteReading ? ` (${first.siteReading})` : '';
    return `Not offered on ${releaseName}: .NET ${group.map((u) => u.framework.shortName).join(', ')}. ${first.reason}${reading} Source: ${first.source.title}.`;
  });
}

/** The hint for a release, and for its architecture once chosen; undefined for a release the table does not have. */
export function finderHint(
  table: FixTable,
  release: string,
  architecture?: string,
): FinderHint | undefined {
  const entries = table.operatingSystems.filter((os) => os.release === release);
  if (entries.length === 0) return undefined;
  const name = (id: string) => table.frameworks.find((f) => f.id === id)!.shortName;
  const releaseName = entries[0].releaseName;
  const os = entries.find((entry) => entry.architecture === architecture);
  const unavailable = unavailableForChoice(table, release, os?.architecture);
  const always = os?.includes.filter((i) => !i.onlyWhen) ?? [];
  const own = [
    always.length > 0
      ? `Part of ${releaseName}: .NET ${always.map((i) => name(i.framework)).join(', ')}. The answer includes what it needs, ticked or not.`
      : '',
    ...(os?.includes ?? [])
      .filter((i) => i.onlyWhen)
      .map((i) => `Part of Windows only if ${i.onlyWhen}: .NET ${name(i.framework)}.`),
  ];
  return {
    unavailable: unavailable.map((u) => u.framework.id),
    unavailableTexts: unavailableTexts(unavailable, releaseName),
    windowsOwnText: own.filter(Boolean).join(' '),
  };
}
