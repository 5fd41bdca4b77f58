import type { APIRoute } from 'astro';
import { loadCatalog } from '../site/catalog';
import { buildErrorCatalogue } from '../features/errors/error-catalogue';

/** Every error number the site explains, for the decoder (fetched on first use) and the setup-log reader. */
export const GET: APIRoute = async () => {
  const { errors } = await loadCatalog();
  return new Response(JSON.stringify(buildErrorCatalogue(errors.map((entry) => entry.data))), {
    headers: { 'content-type': 'application/json' },
  });
};
