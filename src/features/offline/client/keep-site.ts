/**
 * "Keep the whole site for offline use": on request, downloads every page the build listed into
 * the cache the service worker answers from when the network fails. Pages already kept are
 * skipped, so a download cut short goes on where it stopped.
 */
import { keptSiteCacheName } from '../../../site/client/kept-site';
// Shared with the finder's script on the home page, so this one stays a file: Astro inlines a
// script that imports nothing, and the budgets allow no inline script but the starter.
import { keptSiteListPath } from '../../../site/routes';

/** What tools/finish-build.mjs writes: the addresses of the pages to keep. */
interface KeptSiteList {
  pages: string[];
}

/** A few at once: quicker than one by one, without crowding out the pages the visitor opens. */
const AT_ONCE = 4;

class KeepSite extends HTMLElement {
  private button!: HTMLButtonElement;
  private progress!: HTMLProgressElement;
  private status!: HTMLElement;

  connectedCallback() {
    // Without a service worker nothing would answer from the kept pages.
    if (!('serviceWorker' in navigator) || !('caches' in window)) return;
    this.button = this.querySelector('button')!;
    this.progress = this.querySelector('progress')!;
    this.status = this.querySelector('[data-status]')!;
    this.button.addEventListener('click', () => void this.keep());
    this.hidden = false;
  }

  private async keep() {
    this.button.disabled = true;
    this.say('Starting the download…');
    try {
      const scope = (await navigator.serviceWorker.ready).scope;
      const list = await this.fetchList();
      const cache = await caches.open(keptSiteCacheName(scope));
      await this.download(cache, list.pages);
      this.say(`Done: all ${list.pages.length} pages are kept and open without a connection.`);
    } catch {
      this.say(
        `Stopped after ${this.progress.value} pages: the connection failed. Press the button again to go on.`,
      );
    } finally {
      this.button.disabled = false;
    }
  }

  private async fetchList(): Promise<KeptSiteList> {
    const response = await fetch(keptSiteListPath, { cache: 'no-cache' });
    if (!response.ok) throw new Error(`${keptSiteListPath}: ${response.status}`);
    return (await response.json()) as KeptSiteList;
  }

  private async download(cache: Cache, pages: string[]) {
    this.progress.max = pages.length;
    this.progress.value = 0;
    this.progress.hidden = false;
    this.say(`Keeping ${pages.length} pages…`);
    const queue = [...pages];
    const next = async (): Promise<void> => {
      const page = queue.shift();
      if (page === undefined) return;
      // The browser's HTTP cache may hold an older build's page: ask the server.
      if (!(await cache.match(page))) await cache.add(new Request(page, { cache: 'no-cache' }));
      this.progress.value++;
      return next();
    };
    await Promise.all(Array.from({ length: AT_ONCE }, next));
  }

  private say(text: string) {
    this.status.textContent = text;
  }
}

customElements.define('keep-site', KeepSite);
