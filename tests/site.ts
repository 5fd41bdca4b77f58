import { test, type Page } from '@playwright/test';

/**
 * A path from the site's root ("/kb/953297/") as the project under test serves it: the same path
 * at the root, "/ms09-061/kb/953297/" in the project built with BASE_PATH. Playwright resolves
 * "/kb/…" against the host, not against the baseURL's folder, so specs that also run under a base
 * path take their addresses from here.
 */
export function at(path: string): string {
  const base = new URL(test.info().project.use.baseURL ?? 'http://localhost/').pathname;
  return base.replace(/\/$/, '') + path;
}

/**
 * The messages of every alert, confirm or prompt `page` opens from now on, each dismissed: a
 * hostile value that ran as script would show here, so tests expect it to stay empty.
 */
export function recordDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}

/**
 * Holds back every request matching `url` until `release` is called: `held` resolves when the first
 * one arrives. A request whose page or worker is gone meanwhile has nothing left to answer.
 */
export async function holdRequests(page: Page, url: string | RegExp) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let reached!: () => void;
  const held = new Promise<void>((resolve) => (reached = resolve));
  await page.route(url, async (route) => {
    reached();
    await released;
    await route.continue().catch(() => undefined);
  });
  return { held, release };
}
