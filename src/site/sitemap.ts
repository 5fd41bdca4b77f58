/**
 * Which pages the sitemap lists: every page a search engine should show, so not the alias
 * addresses that forward to a page (/kb/KB123456/, /errors/0x643/, and the fix addresses from before
 * the site covered a second bulletin, /fix/<windows>/<framework>/), the search page (its results
 * are the other pages) or the not-found page.
 */

/** Under these folders only the digits-only address is the page itself; other forms forward to it. */
const ALIAS_FOLDERS = ['kb', 'errors'];

export function inSitemap(url: string, base: string): boolean {
  const { pathname } = new URL(url);
  if (!pathname.startsWith(base)) return false;
  const segments = pathname.slice(base.length).split('/').filter(Boolean);
  if (segments[0] === 'search' || segments[0] === '404' || segments[0] === '404.html') return false;
  // A fix page is /fix/<bulletin>/<windows>/<framework>/; one segment fewer is an old address that forwards.
  if (segments[0] === 'fix' && segments.length === 3) return false;
  return !(
    segments.length === 2 &&
    ALIAS_FOLDERS.includes(segments[0]) &&
    !/^\d+$/.test(segments[1])
  );
}

/** robots.txt: everything may be crawled; the sitemap is named when the public address is known. */
export function robotsTxt(sitemapUrl?: string): string {
  return (
    ['User-agent: *', 'Allow: /', ...(sitemapUrl ? [`Sitemap: ${sitemapUrl}`] : [])].join('\n') +
    '\n'
  );
}
