/**
 * The shapes the features work on: collection entries as Astro returns them (id, the file they came
 * from, their parsed data). Types come from the schemas; only the entry wrapper is written here,
 * so that unit tests can build entries without Astro.
 */
import type { Bulletin } from './schemas/bulletin';
import type { ErrorEntry } from './schemas/error';
import type { Framework } from './schemas/framework';
import type { Guide } from './schemas/guide';
import type { OperatingSystem } from './schemas/operating-system';
import type { Update } from './schemas/update';
import type { CollectionData, CollectionName } from './collections';

export interface Entry<Data> {
  id: string;
  /** Path of the content file, relative to the project root; Astro's glob loader sets it. */
  filePath?: string;
  data: Data;
}

/** Every collection's entries, by the names of the table in collections.ts. */
export type Collections = { [Name in CollectionName]: Entry<CollectionData<Name>>[] };

export type { Bulletin, ErrorEntry, Framework, Guide, OperatingSystem, Update };

/** The bulletin entry with this id; a missing one stops the build, naming it. */
export function bulletinEntry(content: Collections, bulletinId: string): Entry<Bulletin> {
  const bulletin = content.bulletins.find((b) => b.id === bulletinId);
  if (!bulletin) throw new Error(`No bulletin "${bulletinId}" in src/content/bulletins`);
  return bulletin;
}
