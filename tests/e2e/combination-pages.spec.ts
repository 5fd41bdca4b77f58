import { expect, test } from '@playwright/test';
import { REFERENCE_PAIRS } from '../fixtures/reference-rows';
import { at } from '../site';

for (const pair of REFERENCE_PAIRS) {
  test(`row ${pair.row}: ${pair.framework} on ${pair.os} leads to KB${pair.kb}`, async ({ page }) => {
    await page.goto(at(`/fix/${pair.os}/${pair.framework}/`));
    await expect(page.locator('.lead').getByRole('link', { name: `KB${pair.kb}` })).toHaveAttribute('href', at(`/kb/${pair.kb}/`));
    await expect(page.getByRole('region', { name: `Download KB${pair.kb}` })).toContainText(pair.installer);
  });
}

test('a pair the bulletin calls not affected has no page of its own', async ({ page }) => {
  const response = await page.goto(at('/fix/windows-vista-sp2-x86/net-3-5-sp1/'));
  expect(response?.status()).toBe(404);
});

test('the combination index links every affected pair', async ({ page }) => {
  await page.goto(at('/fix/'));
  for (const pair of REFERENCE_PAIRS) {
    await expect(page.locator(`a[href="${at(`/fix/${pair.os}/${pair.framework}/`)}"]`)).toHaveCount(1);
  }
});
