/**
 * Every page that gets a preview picture, from the catalog. A new kind of page (error pages)
 * joins with one more list in `load`.
 */
import { loadCatalog } from './catalog';
import { fixCombinations } from '../lib/fix-table';
import { combinationCards, kbCards, type OgCard } from '../lib/og-cards';

async function load(): Promise<Map<string, OgCard>> {
  const { updates, content, fixTable } = await loadCatalog();
  const cards = [...kbCards(updates, content.operatingSystems), ...combinationCards(fixCombinations(fixTable))];
  return new Map(cards.map((card) => [card.pagePath, card]));
}

let cached: Promise<Map<string, OgCard>> | undefined;

/** Page path (base path included) → its card; loaded once per build. */
export function loadOgCards() {
  cached ??= load();
  return cached;
}
