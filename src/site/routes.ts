/**
 * The addresses of the site's pages and files, built in one place so that a route changes in one
 * place. Every address carries the base path the site is deployed under (BASE_PATH, which Vite
 * hands to pages, browser scripts and Vitest alike as import.meta.env.BASE_URL), so a page that
 * takes its links from here works at the root of a host and in a folder alike.
 */

/** "/" or "/help/"; read on each call so that tests can change it. */
export function siteBase(): string {
  return import.meta.env.BASE_URL.replace(/\/?$/, '/');
}

/** A path from the site's root ("/kb/123456/") as served: under the base path. */
export function withBase(path: string): string {
  return siteBase() + path.replace(/^\//, '');
}

/** The path of a served address from the site's root, so that it can be read as a route. */
export function withoutBase(pathname: string): string {
  const base = siteBase();
  return pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : pathname;
}

/**
 * A link as written in content: one from the site's root ("/kb/123456/") gets the base path;
 * anything else (another site, "#section", a relative link) is left as it is.
 */
export function contentHref(href: string): string {
  return href.startsWith('/') && !href.startsWith('//') ? withBase(href) : href;
}

export const homePath = withBase('/');
export const finderPath = (query = '') => withBase(`/finder/${query}`);
export const searchPath = withBase('/search/');
export const updateIndexPath = withBase('/kb/');
export const fixIndexPath = withBase('/fix/');
export const guideIndexPath = withBase('/guides/');
export const updatePath = (kbDigits: string) => withBase(`/kb/${kbDigits}/`);
/** What one bulletin says for one .NET version on one Windows entry. */
export const fixPath = (bulletinId: string, osId: string, frameworkId: string) =>
  withBase(`/fix/${bulletinId}/${osId}/${frameworkId}/`);
export const bulletinIndexPath = withBase('/bulletins/');
export const bulletinPath = (bulletinId: string) => withBase(`/bulletins/${bulletinId}/`);
/** How a bulletin's flaw is reached, its workarounds and its sources. */
export const bulletinDetailsPath = (bulletinId: string) =>
  withBase(`/bulletins/${bulletinId}/details/`);
export const guidePath = (guideId: string) => withBase(`/guides/${guideId}/`);
/** One page per error code, addressed by its decimal form: `/errors/1603/`. */
export const errorPath = (decimal: number | string) => withBase(`/errors/${decimal}/`);
export const errorIndexPath = withBase('/errors/');
/** The numbers seen inside setup logs (Installer messages, Win32 errors); `/errors/` lists the exit codes. */
export const errorLogIndexPath = withBase('/errors/in-logs/');
/** The decoder keeps the typed code in `?code=` so that a decoded answer is a shareable link. */
export const errorCodeToolPath = (code?: string) =>
  withBase(code ? `/tools/error-code/?code=${encodeURIComponent(code)}` : '/tools/error-code/');
export const logReaderPath = withBase('/tools/log-reader/');

/** Files the pages load. Fixed addresses are worked out once, when the module loads. */
export const faviconPath = withBase('/favicon.svg');
/** The pages "Keep the whole site" downloads and what they weigh, written by tools/finish-build.mjs. */
export const keptSiteListPath = withBase('/offline/pages.json');
export const pagefindScriptPath = withBase('/pagefind/pagefind.js');
/** A list search answers identifiers from (src/features/search/identifier-lists.ts): `kbs`, `returned` or `logged`. */
export const searchIdentifierListPath = (list: string) => withBase(`/search/${list}.json`);
/** A returned error code's name, fetched by search for the code it answers. */
export const searchErrorNamePath = (code: number | string) =>
  withBase(`/search/names/${code}.json`);
export const serviceWorkerPath = withBase('/sw.js');
/** The preview image of a page, made at build time: "/og/kb/123456.png" for "/kb/123456/". */
export const ogImagePath = (pagePath: string) =>
  withBase(`/og${withoutBase(pagePath).replace(/\/$/, '')}.png`);
/** Every explained error number as JSON (src/features/errors/error-catalogue.ts), fetched by the browser-side tools. */
export const errorCataloguePath = withBase('/error-codes.json');

/** The forms of an update page's address people type, besides the canonical digits-only one. */
export const kbAliases = (kbDigits: string) => [`KB${kbDigits}`, `kb${kbDigits}`];
/** What the log reader's worker fetches: code pages and KB numbers (never loaded with the page). */
export const logReaderKnowledgePath = `${logReaderPath}knowledge.json`;
/** The finder's table, packed (src/features/finder/packed-table.ts), fetched when the finder first has something to answer. */
export const finderTablePath = `${finderPath()}table.json`;
/**
 * The finder's answer for one Windows entry with one .NET version ticked, or none, saved at build
 * time as markup (src/pages/finder/answers/), which a shared link shows before the finder loads.
 */
export const finderAnswerPath = (release: string, architecture: string, framework?: string) =>
  `${finderPath()}answers/${release}/${architecture}/${framework ?? 'none'}.json`;
/** The registry keys the finder's paste reader fetches on first use (src/features/finder/packed-table.ts, registryPart). */
export const finderRegistryPath = `${finderPath()}registry.json`;
/** The sample log the reader offers (tests/fixtures/write-log-fixtures.mjs writes it). */
export const logReaderSamplePath = `${logReaderPath}sample-msi0.txt`;
