import type { APIRoute } from 'astro';
import { loadCatalog } from '../../../site/catalog';
import { buildCodeCatalogue } from '../../../features/log-reader/code-catalogue';

/**
 * What the reader's worker links to: code pages, and the KB numbers with pages, each with the id of
 * its bulletin, which the report names. Fetched by the worker, never with the page.
 */
export const GET: APIRoute = async () => {
  const { updates, errors } = await loadCatalog();
  const knowledge = {
    codes: buildCodeCatalogue(errors.map((e) => e.data)),
    kbs: Object.fromEntries(updates.map((u) => [u.data.kb, u.data.bulletin.id])),
  };
  return new Response(JSON.stringify(knowledge), {
    headers: { 'content-type': 'application/json' },
  });
};
