import type { APIRoute } from 'astro';
import { robotsTxt } from '../site/sitemap';
import { withBase } from '../site/routes';

/** Points crawlers to the sitemap @astrojs/sitemap writes, which exists only when SITE_URL is set. */
export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(site ? new URL(withBase('/sitemap-index.xml'), site).href : undefined), {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
