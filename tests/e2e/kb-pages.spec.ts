import { expect, test } from '@playwright/test';
import { ALL_KBS, FAMILY_IDS, REFERENCE_ROWS } from '../fixtures/reference-rows';
import { at } from '../site';

for (const kb of ALL_KBS) {
  test(`the KB${kb} page shows its number, its installers and its official download links`, async ({ page }) => {
    await page.goto(at(`/kb/${kb}/`));
    await expect(page.getByRole('heading', { level: 1 })).toContainText(`KB${kb}`);
    const download = page.getByRole('region', { name: `Download KB${kb}` });
    for (const installer of new Set(REFERENCE_ROWS.filter((row) => row.kb === kb).map((row) => row.installer))) {
      await expect(download).toContainText(installer);
    }
    if (FAMILY_IDS[kb]) {
      await expect(download.getByRole('link', { name: /Download Center page/ })).toHaveAttribute(
        'href',
        `https://www.microsoft.com/downloads/details.aspx?familyid=${FAMILY_IDS[kb]}`,
      );
    }
    await expect(download.getByRole('link', { name: `Search the Update Catalog for KB${kb}` })).toHaveAttribute(
      'href',
      `https://www.catalog.update.microsoft.com/Search.aspx?q=KB${kb}`,
    );
  });
}

test('the KB953297 page names its confirmed log folder', async ({ page }) => {
  await page.goto(at('/kb/953297/'));
  await expect(page.locator('#logs').locator('..').locator('xpath=following-sibling::p[1]')).toContainText('%temp%\\NDP1.1sp1-KB953297-X86');
});

test('a KB page without a confirmed log folder says so instead of guessing', async ({ page }) => {
  await page.goto(at('/kb/974417/'));
  await expect(page.getByText('whose name contains KB974417')).toBeVisible();
  await expect(page.getByText('The exact folder name is confirmed only for KB953297.')).toBeVisible();
});

for (const alias of ['KB953297', 'kb953297']) {
  test(`the address /kb/${alias}/ leads to the KB953297 page`, async ({ page }) => {
    await page.goto(at(`/kb/${alias}/`));
    await expect(page).toHaveURL(at('/kb/953297/'));
    await expect(page.getByRole('heading', { level: 1 })).toContainText('KB953297');
  });
}

test('an unknown KB address shows the not-found page with a way on', async ({ page }) => {
  const response = await page.goto(at('/kb/123/'));
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page does not exist');
  await page.getByRole('main').getByRole('link', { name: 'Find the update for your Windows and .NET version' }).click();
  await expect(page).toHaveURL(at('/finder/'));
});
