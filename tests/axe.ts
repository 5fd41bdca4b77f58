import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** Runs axe on the whole page and fails with each violated rule and the elements it found. */
export async function expectNoAxeViolations(page: Page) {
  // Only violations are needed; skipping passes and incomplete results makes axe much faster.
  const results = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
}

/**
 * Runs axe on the page as it is, in light mode and then in dark mode: the system scheme is
 * switched without a reload, and the page follows it (src/scripts/starter.js), so one page load
 * serves both. Two axe runs take longer than one test's default time on a loaded machine.
 */
export async function expectNoAxeViolationsInBothSchemes(page: Page) {
  test.slow();
  for (const scheme of ['light', 'dark'] as const) {
    await test.step(`axe in ${scheme} mode`, async () => {
      await page.emulateMedia({ colorScheme: scheme });
      await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
      await expectNoAxeViolations(page);
    });
  }
}
