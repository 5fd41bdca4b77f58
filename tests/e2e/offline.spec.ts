import { expect, test } from '@playwright/test';
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
