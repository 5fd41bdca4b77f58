import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCatalog } from '../../../site/catalog';
import { buildErrorNames } from '../../../features/search/identifier-lists';

/** Each returned error code's name, the one part of its title search cannot build from the number. */
export const getStaticPaths = (async () =>
  Object.entries(buildErrorNames((await loadCatalog()).content)).map(([code, name]) => ({
    params: { code },
    props: { name },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props.name), { headers: { 'content-type': 'application/json' } });
