import type { APIRoute } from 'astro';
import { loadCatalog } from '../../site/catalog';
import { packFixTable } from '../../features/finder/packed-table';

/** The finder's table, packed: one file that home and the finder share, fetched when the finder first answers. */
export const GET: APIRoute = async () => {
  const { fixTable } = await loadCatalog();
  return new Response(JSON.stringify(packFixTable(fixTable)), {
    headers: { 'content-type': 'application/json' },
  });
};
