/**
 * The cache the "Keep the whole site" control fills and the service worker reads when the network
 * fails. Its own cache, not the visited pages': those expire after a month and 300 pages, and the
 * whole site is kept because it is asked for. Named after the scope, so two deployments keep apart.
 */
export const keptSiteCacheName = (scope: string) => `kept-site-${scope}`;
