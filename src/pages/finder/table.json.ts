import type { APIRoute } from 'astro';
import { loadCatalog } from '../../site/catalog';
import { packFixTables } from '../../features/finder/packed-table';

/** Every bulletin's fix table, packed: one file that home and the finder share, fetched when the finder first answers. */
export const GET: APIRoute = async () => {
  const { fixTables } = await loadCatalog();
  return new Response(JSON.stringify(packFixTables(fixTables)), {
    headers: { 'content-type': 'application/json' },
  });
};
