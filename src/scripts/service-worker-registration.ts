/**
 * Registers the service worker (src/scripts/service-worker.ts) that keeps visited pages, the
 * finder and search working offline. A bundled script, not an inline one, so the CSP allows it.
 */
import { homePath, serviceWorkerPath } from '../lib/routes';

if ('serviceWorker' in navigator && import.meta.env.PROD) {
  addEventListener('load', async () => {
    try {
      // The browser checks the worker itself on each visit, never from its HTTP cache: a new build is found at once.
      await navigator.serviceWorker.register(serviceWorkerPath, { scope: homePath, updateViaCache: 'none' });
      // This page loaded before the worker controlled it, so the worker has not kept it: ask it to.
      if (!navigator.serviceWorker.controller) {
        const registration = await navigator.serviceWorker.ready;
        registration.active?.postMessage({ type: 'CACHE_PAGE', url: location.href });
      }
    } catch {
      // No worker (private mode, storage refused, file:// copy): the site works online as before.
    }
  });
}
