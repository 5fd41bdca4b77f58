import { test, type Locator, type Page } from '@playwright/test';

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

/** Hands `text` to the page before a paste, so that a measure of the paste leaves its transfer out. */
export const holdForPaste = (page: Page, text: string) =>
  page.evaluate((value) => {
    (window as unknown as { heldPaste: string }).heldPaste = value;
  }, text);

/**
 * Pastes the held text into `box` as a browser does: a paste event carrying it, then, unless a
 * handler took the paste, the text in the box and an input event. (Playwright's fill() of
 * megabytes took longer than a test's 90 s, and a synthetic paste event inserts nothing itself.)
 */
export const pasteHeld = (box: Locator) =>
  box.evaluate((element: HTMLTextAreaElement) => {
    const text = (window as unknown as { heldPaste: string }).heldPaste;
    const clipboardData = new DataTransfer();
    clipboardData.setData('text/plain', text);
    const paste = new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true });
    if (!element.dispatchEvent(paste)) return;
    element.value = text;
    element.dispatchEvent(new Event('input', { bubbles: true }));
  });
