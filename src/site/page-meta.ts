/**
 * What a page says about itself in its <head>: the title a tab and a search engine show, and the
 * preview a chat or social site draws from Open Graph and Twitter card tags when a link is pasted.
 * Absolute addresses (canonical, og:url, og:image) need the public origin; without one they are
 * left out rather than guessed.
 */

export const SITE_NAME = '.NET update fix help';

export interface PageMetaInput {
  /** The page's own title; the site name is appended for the <title>. */
  title: string;
  description: string;
  /** The path the page is served at, base path included. */
  pathname: string;
  /** The public origin, when the build knows it. */
  site?: URL | string;
  /** Path of the page's preview image, base path included, and what it shows. */
  image?: { path: string; alt: string; width: number; height: number };
  /** Pages that only forward stay out of search engines. */
  noindex?: boolean;
  /**
   * The not-found page, which a host serves for every unknown address. It has no address of its
   * own to name as canonical, and it needs no `noindex`: it is answered with status 404, which
   * search engines never index.
   */
  notFound?: boolean;
}

export interface PageMeta {
  title: string;
  description: string;
  robots?: 'noindex';
  canonical?: string;
  /** [property, content] pairs for <meta property="…">. */
  openGraph: [string, string][];
  /** [name, content] pairs for <meta name="…">. */
  twitter: [string, string][];
}

export function pageMeta({
  title,
  description,
  pathname,
  site,
  image,
  noindex = false,
  notFound = false,
}: PageMetaInput): PageMeta {
  const canonical = site && !noindex && !notFound ? new URL(pathname, site).href : undefined;
  const imageUrl = site && image ? new URL(image.path, site).href : undefined;
  const openGraph: [string, string][] = [
    ['og:site_name', SITE_NAME],
    ['og:type', 'website'],
    ['og:title', title],
    ['og:description', description],
  ];
  if (canonical) openGraph.push(['og:url', canonical]);
  if (imageUrl && image) {
    openGraph.push(
      ['og:image', imageUrl],
      ['og:image:type', 'image/png'],
      ['og:image:width', String(image.width)],
      ['og:image:height', String(image.height)],
      ['og:image:alt', image.alt],
    );
  }
  const twitter: [string, string][] = [
    ['twitter:card', imageUrl ? 'summary_large_image' : 'summary'],
    ['twitter:title', title],
    ['twitter:description', description],
  ];
  if (imageUrl && image)
    twitter.push(['twitter:image', imageUrl], ['twitter:image:alt', image.alt]);
  return {
    title: `${title} · ${SITE_NAME}`,
    description,
    ...(noindex ? { robots: 'noindex' as const } : {}),
    ...(canonical ? { canonical } : {}),
    openGraph,
    twitter,
  };
}
