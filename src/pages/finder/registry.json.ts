import type { APIRoute } from 'astro';
import { loadCatalog } from '../../site/catalog';
import { registryPart } from '../../features/finder/packed-table';

/** The registry keys the finder's paste reader matches, fetched when it first reads a paste. */
export const GET: APIRoute = async () => {
  const { fixTable } = await loadCatalog();
  return new Response(JSON.stringify(registryPart(fixTable)), {
    headers: { 'content-type': 'application/json' },
  });
};
