/**
 * The one place pages load content from. It reads every collection once, refuses to go on when
 * a cross-entry rule is broken (the build then fails with the list), and derives what pages show.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { COLLECTION_NAMES, type CollectionName } from '../content-model/collections';
import { assertContentRules } from '../content-model/cross-entry-rules';
import type { Collections } from '../content-model/entries';
import { affectedSoftwareRows } from '../features/bulletins/affected-software';
import { bulletinWithdrawals, revisionHistory } from '../features/bulletins/revisions';
import { buildFixTable } from '../features/fixes/fix-table';

/** The bulletin this site is about. */
export const BULLETIN_ID = 'ms09-061';

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
  const bulletin = content.bulletins.find((b) => b.id === BULLETIN_ID)!;
  return {
    content,
    bulletin,
    updates: [...content.updates].sort((a, b) => a.data.kb.localeCompare(b.data.kb)),
    guides: [...content.guides].sort((a, b) => a.data.order - b.data.order),
    errors: [...content.errors].sort((a, b) => a.data.code - b.data.code),
    affectedSoftware: affectedSoftwareRows(content, BULLETIN_ID),
    fixTable: buildFixTable(content, BULLETIN_ID),
    withdrawals: bulletinWithdrawals(content, BULLETIN_ID),
    revisions: revisionHistory(content, BULLETIN_ID),
  };
}

let cached: ReturnType<typeof load> | undefined;

/** Loaded once per build, however many pages ask. */
export function loadCatalog() {
  cached ??= load();
  return cached;
}
