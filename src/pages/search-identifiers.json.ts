import type { APIRoute } from 'astro';
import { loadCatalog } from '../data/catalog';
import { buildSearchIdentifiers } from '../lib/search-identifiers';

/** KB numbers, bulletin ids and error codes the search box answers before full text; fetched on first use. */
export const GET: APIRoute = async () => {
  const { content } = await loadCatalog();
  return new Response(JSON.stringify(buildSearchIdentifiers(content)), { headers: { 'content-type': 'application/json' } });
};
