import { expect, test } from '@playwright/test';
import { REFERENCE_ROWS } from '../fixtures/reference-rows';
import { at } from '../site';

test('the Affected Software table has one row per row of the bulletin, with the right update and package', async ({ page }) => {
  await page.goto(at('/bulletins/ms09-061/'));
  const rows = page.locator('table[data-affected-software] tbody tr');
  // 45 .NET Framework rows and 3 Silverlight rows.
  await expect(rows).toHaveCount(REFERENCE_ROWS.length + 3);
  const cells = await rows.evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent!.trim())));
  for (const ref of REFERENCE_ROWS) {
    const match = cells.filter((c) => c[2] === `KB${ref.kb}` && c[3] === ref.installer && c[4] === ref.severity);
    expect(match.length, `row ${ref.row} (KB${ref.kb}, ${ref.installer})`).toBeGreaterThan(0);
  }
});

test('the bulletin page lists what is not affected, the CVEs and the revision history', async ({ page }) => {
  await page.goto(at('/bulletins/ms09-061/'));
  await expect(page.getByRole('heading', { name: 'Not affected' })).toBeVisible();
  await expect(page.getByText('Microsoft Silverlight 3')).toBeVisible();
  await expect(page.locator('pre', { hasText: 'caspol -m -resetlockdown' })).toBeVisible();
  await expect(page.locator('pre', { hasText: /caspol -m -reset\s/ })).toBeVisible();
  for (const cve of ['CVE-2009-0090', 'CVE-2009-0091', 'CVE-2009-2497']) {
    await expect(page.locator('dt', { hasText: cve })).toBeVisible();
  }
  await expect(page.getByRole('table').filter({ hasText: 'Change' }).locator('tbody tr')).toHaveCount(5);
});
