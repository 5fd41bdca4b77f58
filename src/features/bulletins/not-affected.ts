/**
 * The bulletin's "Not affected" list as the bulletin page shows it. Where the bulletin calls a
 * .NET version not affected on some Windows editions although a package still applies there
 * (3.5 on Vista SP1 runs on the 2.0 SP1 that is part of Windows), the item gives the finder's own
 * explanation (answerForOs in src/features/finder/answer.ts), so that the page and the finder say the same.
 */
import { bulletinEntry, type Collections } from '../../content-model/entries';
import { listInWords } from './revisions';
import { answerForOs } from '../finder/answer';
import type { FixTable, FixTableFramework, FixTableOs } from '../fixes/fix-table';

interface Note {
  os: FixTableOs;
  framework: FixTableFramework;
  message: string;
}

/** The finder's note on each pair, as it words it for one Windows edition and one .NET version. */
function finderNotes(table: FixTable, osIds: string[], frameworkIds: string[]): Note[] {
  return osIds.flatMap((osId) => {
    const os = table.operatingSystems.find((o) => o.id === osId);
    if (!os) return [];
    return frameworkIds.flatMap((frameworkId) => {
      const note = answerForOs(table, os, [frameworkId]).notes.find(
        (n) => n.framework.id === frameworkId,
      );
      return note ? [{ os, framework: note.framework, message: note.message }] : [];
    });
  });
}

/**
 * The notes in as few sentences as they allow: when they differ only by the names of the Windows
 * edition and the .NET version, one sentence names them all; otherwise each keeps its own.
 */
function mergedExplanations(notes: Note[]): string[] {
  const shape = ({ os, framework, message }: Note) =>
    message.replace(framework.name, '\u0001').replace(os.name, '\u0000');
  const shapes = new Set(notes.map(shape));
  const namesBoth = notes.every(
    ({ os, framework, message }) => message.includes(os.name) && message.includes(framework.name),
  );
  if (notes.length === 0 || shapes.size > 1 || !namesBoth) return notes.map((note) => note.message);
  const unique = (names: string[]) => listInWords([...new Set(names)]);
  return [
    [...shapes][0]
      .replace('\u0001', unique(notes.map((n) => n.framework.name)))
      .replace('\u0000', unique(notes.map((n) => n.os.name))),
  ];
}

/**
 * One sentence or more per row of the bulletin's not-affected list: the finder's explanation
 * where it has one, otherwise the versions and the Windows editions (or the bulletin's note).
 */
export function notAffectedItems(
  content: Collections,
  table: FixTable,
  bulletinId: string,
): string[] {
  const bulletin = bulletinEntry(content, bulletinId);
  const osName = new Map(content.operatingSystems.map((e) => [e.id, e.data.name]));
  const fwName = new Map(content.frameworks.map((e) => [e.id, e.data.name]));
  return bulletin.data.notAffected.map((row) => {
    const frameworkIds = row.frameworks.map((ref) => ref.id);
    const frameworks = listInWords(frameworkIds.map((id) => fwName.get(id) ?? id));
    // On every Windows, "not affected" is the whole answer; the finder explains the editions the bulletin names.
    if (!row.os) return `${frameworks}: ${row.note ?? 'on every supported Windows'}`;
    const osIds = row.os.map((ref) => ref.id);
    const explanations = mergedExplanations(finderNotes(table, osIds, frameworkIds));
    // The bulletin's own limit (1.0 SP3: only two editions of Windows XP) is said whatever explains it.
    const note = row.note ? ` (${row.note})` : '';
    return explanations.length > 0
      ? `${explanations.join(' ')}${note}`
      : `${frameworks}: on ${listInWords(osIds.map((id) => osName.get(id) ?? id))}${note}`;
  });
}
