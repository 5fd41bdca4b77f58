import { expect, test } from '@playwright/test';
import { REFERENCE_PAIRS } from '../fixtures/reference-rows';

for (const pair of REFERENCE_PAIRS) {
  test(`row ${pair.row}: ${pair.framework} on ${pair.os} leads to KB${pair.kb}`, async ({ page }) => {
    await page.goto(`/fix/${pair.os}/${pair.framework}/`);
    await expect(page.locator('.lead').getByRole('link', { name: `KB${pair.kb}` })).toHaveAttribute('href', `/kb/${pair.kb}/`);
    await expect(page.getByRole('region', { name: `Download KB${pair.kb}` })).toContainText(pair.installer);
  });
}

test('a version that brings another leads to the package for what it brings, and says why', async ({ page }) => {
  await page.goto('/fix/windows-vista-sp2-x86/net-3-5-sp1/');
  await expect(page.locator('.lead').getByRole('link', { name: 'KB974470' })).toBeVisible();
  await expect(page.getByRole('article')).toContainText('.NET Framework 3.5 Service Pack 1 installs .NET Framework 2.0 Service Pack 2 underneath it');
});

test('the combination index links every affected pair', async ({ page }) => {
  await page.goto('/fix/');
  for (const pair of REFERENCE_PAIRS) {
    await expect(page.locator(`a[href="/fix/${pair.os}/${pair.framework}/"]`)).toHaveCount(1);
  }
});
