/**
 * What only the browser builds from the base path, checked on the site built under /ms09-061/
 * (the `base-path` project): addresses that scripts make at run time (search answers and
 * results, the finder's answer and its shared link, copied links). Every address written into
 * the HTML of dist-base/ is checked by the link check (links.spec.ts) instead, and the specs'
 * own tests tagged @base-path run here too.
 */
import { expect, test, type Page } from '@playwright/test';
import { at } from '../site';

test.describe.configure({ mode: 'parallel' });

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Search the site' });
const results = (page: Page) => dialog(page).locator('[data-results] > li');
const absolute = (page: Page, path: string) => new URL(at(path), page.url()).href;

async function search(page: Page, query: string) {
  if (!(await dialog(page).isVisible()))
    await page.getByRole('link', { name: 'Search', exact: true }).click();
  await dialog(page).getByRole('searchbox').fill(query);
}

test(
  'a KB number typed in search answers with its page under the base path, and Enter opens it',
  { tag: '@base-path' },
  async ({ page }) => {
    await page.goto(at('/guides/'));
    await search(page, 'kb 974470');
    await expect(results(page).first().getByRole('link')).toHaveAttribute(
      'href',
      at('/kb/974470/'),
    );
    await dialog(page).getByRole('searchbox').press('Enter');
    await expect(page).toHaveURL(at('/kb/974470/'));
  },
);

test(
  'an error code typed in search answers with its page under the base path',
  { tag: '@base-path' },
  async ({ page }) => {
    await page.goto(at('/'));
    await search(page, '0x80070643');
    await expect(results(page).first().getByRole('link')).toHaveAttribute(
      'href',
      at('/errors/1603/'),
    );
  },
);

test(
  'full-text results link pages under the base path',
  { tag: '@base-path' },
  async ({ page }) => {
    await page.goto(at('/'));
    await search(page, 'cleanup tool');
    await expect(results(page).first().locator('mark').first()).toBeVisible();
    const hrefs = await results(page)
      .locator('h2 a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.filter((href) => !href.startsWith(at('/')))).toEqual([]);
  },
);

test(
  'the search page searches its address under the base path and keeps it in step',
  { tag: '@base-path' },
  async ({ page }) => {
    await page.goto(at('/search/?q=KB953300'));
    const panel = page.getByRole('main').locator('search-panel');
    await expect(panel.locator('[data-results] > li').first().getByRole('link')).toHaveAttribute(
      'href',
      at('/kb/953300/'),
    );
    await panel.getByRole('searchbox').fill('reinstall order');
    await expect(page).toHaveURL(at('/search/?q=reinstall%20order'));
  },
);

test(
  'the 404 page reads the missing address without the base path and offers matching pages',
  { tag: '@base-path' },
  async ({ page }) => {
    await page.goto(at('/guides/cleanup-tool/'));
    const panel = page.getByRole('main').locator('search-panel');
    await expect(panel.getByRole('searchbox')).toHaveValue('guides cleanup tool');
    await expect(
      panel.locator('[data-results] > li').first().getByRole('link').first(),
    ).toHaveAttribute('href', new RegExp(`^${at('/guides/')}`));
  },
);

test(
  "the finder's answer, its address and its copied link stay under the base path",
  { tag: '@base-path' },
  async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(at('/finder/'));
    await page.getByLabel('1. Windows version').selectOption('windows-server-2003-sp2');
    await page.getByLabel('2. Architecture').selectOption('x86');
    await page.getByRole('checkbox', { name: '1.1 SP1' }).check();
    const card = page
      .locator('fix-finder [data-answer]')
      .getByRole('region', { name: 'Install KB953298' });
    await expect(card.getByRole('link', { name: 'KB953298', exact: true })).toHaveAttribute(
      'href',
      at('/kb/953298/'),
    );
    await expect(page).toHaveURL(at('/finder/?os=windows-server-2003-sp2&arch=x86&fw=net-1-1-sp1'));
    await page.getByRole('button', { name: 'Copy link to this answer' }).click();
    await expect(page.locator('fix-finder').getByRole('status').last()).toHaveText('Link copied.');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(
      absolute(page, '/finder/?os=windows-server-2003-sp2&arch=x86&fw=net-1-1-sp1'),
    );
    const colleague = await context.newPage();
    await colleague.goto(link);
    await expect(
      colleague
        .locator('fix-finder [data-answer]')
        .getByRole('region', { name: 'Install KB953298' }),
    ).toBeVisible();
  },
);

test(
  'copy buttons copy absolute addresses under the base path',
  { tag: '@base-path' },
  async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
    await page.goto(at('/bulletins/ms09-061/'));
    await page
      .getByRole('button', { name: 'Copy link to the section “Affected software”' })
      .click();
    expect(await clipboard()).toBe(absolute(page, '/bulletins/ms09-061/#affected-software'));
    await page.goto(at('/kb/953297/'));
    await page
      .getByRole('button', { name: 'Copy link to the section “Download KB953297”' })
      .click();
    expect(await clipboard()).toBe(absolute(page, '/kb/953297/#download'));
  },
);
