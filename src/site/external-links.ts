/**
 * Links that leave the site (nearly all to Microsoft's downloads, articles and blogs) are marked
 * as such, visibly and for screen readers, and open without handing the other site a referrer or
 * a handle on this page. One rule for the components, the MDX content and the finder's answer.
 */

export const EXTERNAL_REL = 'external noopener noreferrer';
/** The visible mark after the link text. */
export const EXTERNAL_MARK = '↗';

const MICROSOFT_HOSTS = ['microsoft.com', 'msdn.com', 'technet.com'];

/** "opens Microsoft's site" for a link to another site, or null for one of this site's own addresses. */
export function externalLinkNote(href: string): string | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const host = url.hostname.toLowerCase();
  const microsoft = MICROSOFT_HOSTS.some(
    (domain) => host === domain || host.endsWith(`.${domain}`),
  );
  return microsoft ? "opens Microsoft's site" : 'opens another site';
}
