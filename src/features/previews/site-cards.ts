/**
 * Every page that gets a preview picture, from the catalog: update, fix and error pages.
 * A new kind of page joins with one more list in `load`.
 */
import { loadCatalog } from '../../site/catalog';
import { allFixes } from '../fixes/fix-table';
import { fixCards, errorCards, updateCards, type OgCard } from './cards';

async function load(): Promise<Map<string, OgCard>> {
  const { updates, content, fixTables, errors } = await loadCatalog();
  const cards = [
    ...updateCards(updates, content.operatingSystems),
    ...fixCards(fixTables.flatMap(allFixes)),
    ...errorCards(errors),
  ];
  return new Map(cards.map((card) => [card.pagePath, card]));
}

let cached: Promise<Map<string, OgCard>> | undefined;

/** Page path (base path included) → its card; loaded once per build. */
export function loadOgCards() {
  cached ??= load();
  return cached;
}
