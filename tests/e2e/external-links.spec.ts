import { expect, test } from '@playwright/test';

test("a KB page's download links say they open Microsoft's site, and send no referrer", async ({ page }) => {
  await page.goto('/kb/953297/');
  const link = page.getByRole('link', { name: "Search the Update Catalog for KB953297 (opens Microsoft's site)" });
  await expect(link).toHaveAttribute('rel', 'external noopener noreferrer');
  await expect(link).toContainText('↗');
});

test("a link in a guide's text to Microsoft's site is marked the same way", async ({ page }) => {
  await page.goto('/guides/read-the-setup-logs/');
  const link = page.locator('article a[href="http://support.microsoft.com/kb/951950"]');
  await expect(link).toHaveAttribute('rel', 'external noopener noreferrer');
  await expect(link).toContainText("(opens Microsoft's site)");
});

test("the finder's download links are marked the same way", async ({ page }) => {
  await page.goto('/finder/?os=windows-xp-sp2-sp3&arch=x86&fw=net-1-1-sp1');
  const link = page.getByRole('link', { name: "Search the Update Catalog for KB953297 (opens Microsoft's site)" });
  await expect(link).toHaveAttribute('rel', 'external noopener noreferrer');
});

test('links between the site\'s own pages are not marked', async ({ page }) => {
  await page.goto('/guides/install-the-update-by-hand/');
  const link = page.locator('article a[href="/kb/953297/"]').first();
  await expect(link).not.toHaveAttribute('rel', /external/);
  await expect(link).not.toContainText('↗');
});
