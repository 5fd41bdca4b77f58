/**
 * What the finder says under its .NET checkboxes for each Windows choice: the versions it does not
 * offer there and why, and the versions that come with that Windows. Worked out at build time, so
 * the browser only shows the hint that matches the choice.
 */
import { unavailableForChoice, type Unavailable } from './finder';
import type { FixTable } from './fix-table';

export interface FinderHint {
  /** The choices it is for: `release` (architecture not chosen yet) or `release/architecture`. */
  keys: string[];
  /** Framework ids not offered. */
  unavailable: string[];
  /** One sentence group per reason. */
  unavailableTexts: string[];
  windowsOwnText: string;
}

export const hintKey = (release: string, architecture?: string) => (architecture ? `${release}/${architecture}` : release);

function unavailableTexts(unavailable: Unavailable[], releaseName: string): string[] {
  const groups = new Map<string, Unavailable[]>();
  for (const u of unavailable) groups.set(u.reason + (u.siteReading ?? ''), [...(groups.get(u.reason + (u.siteReading ?? '')) ?? []), u]);
  return [...groups.values()]
    .map((group) => {
      const [first] = group;
      const reading = first!.siteReading ? ` (${first!.siteReading})` : '';
      return `Not offered on ${releaseName}: .NET ${group.map((u) => u.framework.shortName).join(', ')}. ${first!.reason}${reading} Source: ${first!.source.title}.`;
    });
}

export function finderHints(table: FixTable): FinderHint[] {
  const name = (id: string) => table.frameworks.find((f) => f.id === id)!.shortName;
  const hints: FinderHint[] = [];
  const add = (key: string, unavailable: Unavailable[], releaseName: string, windowsOwnText: string) => {
    const hint = { unavailable: unavailable.map((u) => u.framework.id), unavailableTexts: unavailableTexts(unavailable, releaseName), windowsOwnText };
    const same = hints.find((h) => h.unavailableTexts.join() === hint.unavailableTexts.join() && h.windowsOwnText === hint.windowsOwnText);
    if (same) same.keys.push(key);
    else hints.push({ keys: [key], ...hint });
  };
  for (const release of [...new Set(table.operatingSystems.map((os) => os.release))]) {
    const entries = table.operatingSystems.filter((os) => os.release === release);
    const releaseName = entries[0]!.releaseName;
    add(hintKey(release), unavailableForChoice(table, release, undefined), releaseName, '');
    for (const os of entries) {
      const always = os.includes.filter((i) => !i.onlyWhen);
      const own = [
        always.length > 0 ? `Part of ${releaseName}: .NET ${always.map((i) => name(i.framework)).join(', ')}. The answer includes what it needs, ticked or not.` : '',
        ...os.includes.filter((i) => i.onlyWhen).map((i) => `Part of Windows only if ${i.onlyWhen}: .NET ${name(i.framework)}.`),
      ];
      add(hintKey(release, os.architecture), unavailableForChoice(table, release, os.architecture), releaseName, own.filter(Boolean).join(' '));
    }
  }
  return hints.filter((h) => h.unavailableTexts.length > 0 || h.windowsOwnText);
}
