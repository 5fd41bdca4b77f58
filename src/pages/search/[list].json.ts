import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCatalog } from '../../site/catalog';
import { buildSearchIdentifiers } from '../../features/search/identifier-lists';
import { IDENTIFIER_LISTS, type IdentifierList } from '../../features/search/identifiers';

/** The lists search answers KB numbers, bulletin ids and error codes from; each fetched on first use. */
export const getStaticPaths = (() =>
  IDENTIFIER_LISTS.map((list) => ({ params: { list } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const identifiers = buildSearchIdentifiers((await loadCatalog()).content);
  return new Response(JSON.stringify(identifiers[params.list as IdentifierList]), {
    headers: { 'content-type': 'application/json' },
  });
};
