import type { APIRoute, GetStaticPaths } from 'astro';
import { loadOgCards } from '../../features/previews/site-cards';
import { renderOgImage } from '../../features/previews/image';
import type { OgCard } from '../../features/previews/cards';
import { withoutBase } from '../../site/routes';

/** One PNG per card, at the page's own path: /og/kb/123456.png previews /kb/123456/. */
export const getStaticPaths = (async () => {
  const cards = await loadOgCards();
  return [...cards.values()].map((card) => ({
    params: { path: withoutBase(card.pagePath).replace(/^\/|\/$/g, '') },
    props: { card },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: OgCard }> = async ({ props }) =>
  new Response(new Uint8Array(await renderOgImage(props.card)), {
    headers: { 'content-type': 'image/png' },
  });
