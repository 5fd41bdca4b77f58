import type { APIRoute } from 'astro';
import { loadCatalog } from '../../site/catalog';
import { registryPart } from '../../features/finder/packed-table';

/** The registry keys the finder's paste reader matches, fetched when it first reads a paste. */
export const GET: APIRoute = async () => {
  // Every bulletin's table lists the same Windows and .NET entries, which the registry part is of.
  const [entries] = (await loadCatalog()).fixTables;
  return new Response(JSON.stringify(registryPart(entries)), {
    headers: { 'content-type': 'application/json' },
  });
};
