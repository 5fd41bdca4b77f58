import type { APIRoute } from 'astro';
import { loadCatalog } from '../../../data/catalog';

/** What the reader's worker links to: code pages and the KB numbers with pages. Fetched by the worker, never with the page. */
export const GET: APIRoute = async () => {
  const { updates } = await loadCatalog();
  return new Response(JSON.stringify({ codes: {}, kbs: updates.map((u) => u.data.kb) }), { headers: { 'content-type': 'application/json' } });
};
