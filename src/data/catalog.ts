/**
 * The one place pages load content from. It reads every collection once, refuses to go on when
 * a cross-entry rule is broken (the build then fails with the list), and derives what pages show.
 */
import { getCollection } from 'astro:content';
import { assertContentRules } from '../lib/content-rules';
import type { Collections } from '../lib/content-model';
import { affectedSoftwareRows } from '../lib/affected-software';
import { bulletinWithdrawals, revisionHistory } from '../lib/bulletin-revisions';
import { buildFixTable } from '../lib/fix-table';

/** The bulletin this site is about. */
export const BULLETIN_ID = 'ms09-061';

async function load() {
  // `satisfies` keeps Astro's entry types, which render() needs, while checking the shape src/lib expects.
  const content = {
    bulletins: await getCollection('bulletins'),
    operatingSystems: await getCollection('operatingSystems'),
    frameworks: await getCollection('frameworks'),
    updates: await getCollection('updates'),
    guides: await getCollection('guides'),
    errors: await getCollection('errors'),
  } satisfies Collections;
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
