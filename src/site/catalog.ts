/**
 * The one place pages load content from. It reads every collection once, refuses to go on when
 * a cross-entry rule is broken (the build then fails with the list), and derives what pages show:
 * for each bulletin in src/content/bulletins its fix table, Affected Software rows, withdrawals and
 * revisions. No page names a bulletin: a new one is a content change.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { COLLECTION_NAMES, type CollectionName } from '../content-model/collections';
import { assertContentRules } from '../content-model/cross-entry-rules';
import type { Collections } from '../content-model/entries';
import { affectedSoftwareRows } from '../features/bulletins/affected-software';
import { bulletinWithdrawals, revisionHistory } from '../features/bulletins/revisions';
import { buildFixTable } from '../features/fixes/fix-table';

/** Every collection of the table, with Astro's entry types, which render() needs. */
async function loadCollections() {
  const loaded = await Promise.all(
    COLLECTION_NAMES.map(async (name) => [name, await getCollection(name)] as const),
  );
  return Object.fromEntries(loaded) as { [Name in CollectionName]: CollectionEntry<Name>[] };
}

async function load() {
  // `satisfies` checks Astro's entries against the shape the features expect, keeping Astro's types.
  const content = (await loadCollections()) satisfies Collections;
  assertContentRules(content);
  const updates = [...content.updates].sort((a, b) => a.data.kb.localeCompare(b.data.kb));
  // Oldest first: the order the site lists them in, and the finder groups its answer by.
  const bulletins = [...content.bulletins]
    .sort((a, b) => a.data.published.getTime() - b.data.published.getTime())
    .map((entry) => {
      const affectedSoftware = affectedSoftwareRows(content, entry.id);
      return {
        entry,
        updates: updates.filter((u) => u.data.bulletin.id === entry.id),
        affectedSoftware,
        /** An update page's rows, looked up rather than filtered: a catalogue of thousands builds in linear time. */
        rowsOfKb: Map.groupBy(affectedSoftware, (row) => row.kb),
        fixTable: buildFixTable(content, entry.id),
        withdrawals: bulletinWithdrawals(content, entry.id),
        revisions: revisionHistory(content, entry.id),
      };
    });
  const bulletinOfKb = new Map(
    bulletins.flatMap((bulletin) => bulletin.updates.map((u) => [u.data.kb, bulletin] as const)),
  );
  return {
    content,
    bulletins,
    /** Each bulletin's fix table, in the site's bulletin order: what the finder answers from. */
    fixTables: bulletins.map((b) => b.fixTable),
    updates,
    guides: [...content.guides].sort((a, b) => a.data.order - b.data.order),
    errors: [...content.errors].sort((a, b) => a.data.code - b.data.code),
    /** The bulletin an update belongs to. */
    bulletinOf: (kb: string) => bulletinOfKb.get(kb)!,
  };
}

export type Catalog = Awaited<ReturnType<typeof load>>;
export type BulletinCatalog = Catalog['bulletins'][number];

let cached: ReturnType<typeof load> | undefined;

/** Loaded once per build, however many pages ask. */
export function loadCatalog() {
  cached ??= load();
  return cached;
}
