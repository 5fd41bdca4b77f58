import { expect, test, type Page } from '@playwright/test';
import { at } from '../site';

// What is tested is the service worker, which playwright.config.ts blocks elsewhere.
test.use({ serviceWorkers: 'allow' });

test(
  'after one online visit, a visited update page, the finder and a search still work offline',
  { tag: '@base-path' },
  async ({ page, context }) => {
    await page.goto(at('/kb/953297/'));
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    const pageUrl = page.url();
    await expect
      .poll(() => page.evaluate(async (url) => Boolean(await caches.match(url)), pageUrl))
      .toBe(true);

    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('KB953297');

    await page.goto(at('/finder/?os=windows-xp-sp2-sp3&arch=x86&fw=net-1-1-sp1'));
    await expect(
      page.locator('fix-finder [data-answer]').getByRole('region', { name: 'Install KB953297' }),
    ).toBeVisible();

    await page.getByRole('link', { name: 'Search', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Search the site' });
    await dialog.getByRole('searchbox').fill('cleanup tool');
    await expect(dialog.locator('[data-results] > li').first()).toBeVisible();
    await expect(dialog.locator('[data-results] > li mark').first()).toBeVisible();
  },
);

test(
  'offline, a page never opened says it was not saved and offers the finder',
  { tag: '@base-path' },
  async ({ page, context }) => {
    await page.goto(at('/'));
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await context.setOffline(true);
    await page.goto(at('/kb/974470/'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'This page is not saved for offline use',
    );
    await expect(page.getByRole('link', { name: 'the fix finder' })).toHaveAttribute(
      'href',
      new RegExp(`${at('/finder/')}$`),
    );
  },
);

/** Opens `path` online and waits until the service worker, with its precache, is active and keeps the page. */
async function visitOnline(page: Page, path: string) {
  await page.goto(at(path));
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  const pageUrl = page.url();
  await expect
    .poll(() => page.evaluate(async (url) => Boolean(await caches.match(url)), pageUrl))
    .toBe(true);
}

test(
  'after one online visit, the log reader reads a picked log and the sample offline, naming the update',
  { tag: '@base-path' },
  async ({ page, context }) => {
    await visitOnline(page, '/tools/log-reader/');
    await context.setOffline(true);
    await page.reload();
    const reader = page.locator('log-reader');
    const about = reader.locator('[data-about]');

    const name = 'Microsoft .NET Framework 2.0-KB974417_20091014_101212345-msi0.txt';
    await page
      .getByLabel('Choose a log file, or drop it here')
      .setInputFiles(`tests/fixtures/logs/utf-8/ddset-assembly-in-use/${name}`);
    await expect(reader.locator('[data-headline]')).toHaveText(
      'Setup failed: the action InstallExecute failed at line 21.',
    );
    await expect(about).toContainText('an update of bulletin MS09-061');
    await expect(about.getByRole('link', { name: 'KB974417' })).toBeVisible();

    await reader.getByRole('button', { name: 'Try a sample log' }).click();
    await expect(reader.locator('[data-report-heading]')).toHaveText('What “sample-msi0.txt” says');
    await expect(about).toContainText('an update of bulletin MS09-061');
    await expect(about).not.toContainText('not one of the MS09-061 updates');
  },
);

test(
  'after one online visit, the error decoder decodes offline',
  { tag: '@base-path' },
  async ({ page, context }) => {
    await visitOnline(page, '/tools/error-code/');
    await context.setOffline(true);
    await page.goto(at('/tools/error-code/?code=0x80070643'));
    await expect(page.locator('error-decoder [data-answer]')).toContainText(
      'Error 1603 (0x643): ERROR_INSTALL_FAILURE',
    );
  },
);

test(
  'after keeping the whole site from the home page, an update page never opened reads offline',
  { tag: '@base-path' },
  async ({ page, context }) => {
    await visitOnline(page, '/');
    const keep = page.getByRole('region', { name: 'Keep the whole site for offline use' });
    // The download is said before it starts.
    await expect(keep).toContainText(/downloads up to \d+\.\d MB \(\d+ pages\) once/);
    await keep.getByRole('button', { name: 'Keep the whole site for offline use' }).click();
    await expect(keep.getByRole('status')).toHaveText(
      /^Done: all \d+ pages are kept and open without a connection\.$/,
    );
    const progress = keep.getByRole('progressbar', { name: 'Pages kept' });
    await expect(progress).toHaveJSProperty(
      'value',
      await progress.evaluate((bar: HTMLProgressElement) => bar.max),
    );

    await context.setOffline(true);
    await page.goto(at('/kb/974470/'));
    await expect(page.getByRole('heading', { level: 1 })).toContainText('KB974470');
  },
);
