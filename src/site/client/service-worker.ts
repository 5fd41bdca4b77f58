/**
 * The service worker, built with Workbox by tools/finish-build.mjs (bundled with esbuild, then
 * the precache list injected). It keeps the site usable when the broken machine's connection
 * drops after the first visit:
 * - the shell (scripts, styles, icon), the home page, the finder, the search page, the search
 *   index and the identifier list are precached on the first visit, and replaced when a new build
 *   changes them;
 * - every page visited is kept, asked from the network first and taken from the cache only when
 *   the network fails or is too slow, so a page is never stale while the connection works, and a
 *   kept copy expires after a month;
 * - the pages the home page's "Keep the whole site" control downloaded answer when the network
 *   fails and the page was neither visited nor precached.
 * Its scope is the base path the site is served under, taken from its own registration.
 */
import { clientsClaim } from 'workbox-core';
import { ExpirationPlugin } from 'workbox-expiration';
import {
  cleanupOutdatedCaches,
  matchPrecache,
  precacheAndRoute,
  type PrecacheEntry,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';
import { keptSiteCacheName } from './kept-site';
import { SITE_NAME } from '../page-meta';

/** The few parts of the worker's global scope used here (the DOM library has no worker types). */
interface WorkerScope {
  __WB_MANIFEST: (PrecacheEntry | string)[];
  registration: { scope: string };
  skipWaiting(): Promise<void>;
  addEventListener(
    type: 'message',
    listener: (
      event: Event & { data: unknown; waitUntil(promise: Promise<unknown>): void },
    ) => void,
  ): void;
}
declare const self: WorkerScope;

/** Long enough for a slow connection to answer, short enough not to keep a person waiting. */
const NETWORK_TIMEOUT_SECONDS = 4;

// A new build takes over at once: its pages and the precached shell always match.
void self.skipWaiting();
clientsClaim();
cleanupOutdatedCaches();

const scope = self.registration.scope;
const pages = new NetworkFirst({
  // Named after the scope, like Workbox's precache, so two deployments on one host keep apart.
  cacheName: `pages-${scope}`,
  networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
  plugins: [
    // The finder's and search's state is in the query; the page itself is the same.
    { cacheKeyWillBeUsed: ({ request }) => Promise.resolve(request.url.split(/[?#]/)[0]) },
    new ExpirationPlugin({
      maxEntries: 300,
      maxAgeSeconds: 30 * 24 * 60 * 60,
      purgeOnQuotaError: true,
    }),
  ],
});

const offlinePage = () =>
  new Response(
    `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Offline · ${SITE_NAME}</title><h1>This page is not saved for offline use</h1><p>The connection is down and this page was not opened before. Pages you opened before, <a href="${scope}finder/">the fix finder</a> and <a href="${scope}search/">search</a> still work.</p><p>Once the connection is back, <a href="${scope}#keep-site-heading">keep the whole site for offline use</a> on the home page, and every page opens offline.</p></html>`,
    { status: 503, headers: { 'content-type': 'text/html; charset=utf-8' } },
  );

// Registered before the precache route, so that pages, precached or not, go to the network first.
registerRoute(
  new NavigationRoute(async (options) => {
    try {
      return await pages.handle(options);
    } catch {
      const path = options.url.href.split(/[?#]/)[0];
      return (
        (await matchPrecache(path)) ??
        (await caches.match(path, { cacheName: keptSiteCacheName(scope) })) ??
        offlinePage()
      );
    }
  }),
);

// Pagefind asks for its entry file with a timestamp in the query; the file is the same.
precacheAndRoute(self.__WB_MANIFEST, {
  ignoreURLParametersMatching: [/.*/],
  directoryIndex: 'index.html',
});

// The first page of a visit loads before the worker controls it: the page asks to keep it.
self.addEventListener('message', (event) => {
  const data = event.data as { type?: string; url?: string } | null;
  if (data?.type !== 'CACHE_PAGE' || typeof data.url !== 'string' || !data.url.startsWith(scope))
    return;
  // A message event extends ExtendableEvent in a worker, which is all the strategy needs of it.
  const options = { request: new Request(data.url), event } as unknown as Parameters<
    typeof pages.handle
  >[0];
  event.waitUntil(pages.handle(options));
});
