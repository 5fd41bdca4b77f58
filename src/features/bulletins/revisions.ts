/**
 * A bulletin's revision history, and the withdrawals in it: pairs that earlier revisions listed
 * as affected and a later one removed (one bulletin's revision 1.4: .NET 1.1 SP1 on Windows 7 and
 * Windows Server 2008 R2). The withdrawal is data of its revision; every sentence about it on the
 * site (bulletin, KB and index pages, the finder's answer) is composed here from that data.
 */
import { bulletinEntry, type Collections } from '../../content-model/entries';
import { formatKbNumber } from '../../identifiers/kb-number';

export interface Withdrawal {
  /** The revision that removed the pairs. */
  version: string;
  kb: string;
  osIds: string[];
  frameworkIds: string[];
  /** The Windows releases the pairs were on: "Windows 7 and Windows Server 2008 R2". */
  releases: string;
  /** Which revisions listed the pairs, and which removed them and why, in one sentence. */
  history: string;
  /** Set when no update serves those Windows editions any more: says that nothing of the bulletin's .NET updates applies to them. */
  consequence?: string;
}

export interface Revision {
  version: string;
  date: Date;
  change: string;
}

/** "A", "A and B", "A, B and C". */
export function listInWords(items: string[]): string {
  return items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** A date as the site writes it: 22 June 2010. */
export function formatDate(date: Date): string {
  return date.toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

function namesOf(content: Collections) {
  const os = new Map(content.operatingSystems.map((e) => [e.id, e.data]));
  const fw = new Map(content.frameworks.map((e) => [e.id, e.data.name]));
  return {
    releases: (ids: string[]) =>
      listInWords([...new Set(ids.map((id) => os.get(id)?.releaseName ?? id))]),
    frameworks: (ids: string[]) => listInWords(ids.map((id) => fw.get(id) ?? id)),
  };
}

/** Every withdrawal in the bulletin's revision history, oldest first. */
export function bulletinWithdrawals(content: Collections, bulletinId: string): Withdrawal[] {
  const { revisions } = bulletinEntry(content, bulletinId).data;
  const names = namesOf(content);
  const served = new Set(
    content.updates
      .filter((u) => u.data.bulletin.id === bulletinId)
      .flatMap((u) => u.data.serves.flatMap((row) => row.os.map((os) => os.id))),
  );
  return revisions.flatMap((revision, i) =>
    revision.removed.map((removal) => {
      const osIds = removal.os.map((ref) => ref.id);
      const frameworkIds = removal.frameworks.map((ref) => ref.id);
      const releases = names.releases(osIds);
      const lastListed = revisions[i - 1]?.version ?? removal.listedFrom;
      const listed =
        removal.listedFrom === lastListed
          ? `Revision ${lastListed}`
          : `Revisions ${removal.listedFrom} to ${lastListed}`;
      const history =
        `${listed} of the bulletin listed ${formatKbNumber(removal.kb)} for ${names.frameworks(frameworkIds)} on ${releases}; ` +
        `revision ${revision.version} (${formatDate(revision.date)}) removed ${names.frameworks(frameworkIds)} from them, because ${removal.because}.`;
      const nothingLeft = osIds.every((id) => !served.has(id));
      return {
        version: revision.version,
        kb: removal.kb,
        osIds,
        frameworkIds,
        releases,
        history,
        ...(nothingLeft
          ? {
              consequence: `Since then no .NET Framework update of ${bulletinId.toUpperCase()} applies to those systems.`,
            }
          : {}),
      };
    }),
  );
}

/** The revision history as the bulletin page shows it: a revision that removed pairs is summarised from them. */
export function revisionHistory(content: Collections, bulletinId: string): Revision[] {
  const names = namesOf(content);
  return bulletinEntry(content, bulletinId).data.revisions.map((revision) => ({
    version: revision.version,
    date: revision.date,
    change: [
      ...(revision.change ? [revision.change] : []),
      ...revision.removed.map(
        (removal) =>
          `${names.frameworks(removal.frameworks.map((ref) => ref.id))} removed as an affected component of ` +
          `${names.releases(removal.os.map((ref) => ref.id))}, because ${removal.because}.`,
      ),
    ].join(' '),
  }));
}
