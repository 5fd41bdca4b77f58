import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import { expect, test, type Page } from '@playwright/test';

/** axe-core's browser build, read once per test worker. */
const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/**
 * axe's rules whose outcome depends on the colours of the page (its `cat.color` rules that run
 * by default; color-contrast-enhanced is AAA and off). The dark theme changes colours and nothing
 * else (a11y.spec.ts checks the built CSS for that), so these are the only rules whose answer can
 * differ between light and dark mode.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Runs axe on the whole page and fails with each violated rule and the elements it found: every
 * rule, or only the given ones.
 *
 * axe-core runs in the page itself, put there once through the DevTools protocol (which the page's
 * CSP does not bind). @axe-core/playwright's analyze() also opens a blank page for every run, to
 * merge the results of frames: about 0.4 s a run, a quarter of the end-to-end tests' time, for
 * pages that have no frames.
 */
export async function expectNoAxeViolations(page: Page, rules?: string[]) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  // Only violations are needed; skipping passes and incomplete results makes axe much faster.
  const options: RunOptions = {
    resultTypes: ['violations'],
    ...(rules && { runOnly: { type: 'rule', values: rules } }),
  };
  const violations = await page.evaluate(async (options) => {
    const { axe } = window as unknown as {
      axe: { run(context: Document, options: RunOptions): Promise<AxeResults> };
    };
    const results = await axe.run(document, options);
    return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`);
  }, options);
  expect(violations).toEqual([]);
}

/**
 * Runs axe on the page as it is, in light mode and then in dark mode: the system scheme is
 * switched without a reload, and the page follows it (src/site/client/starter.js), so one page load
 * serves both. Light mode gets every rule; dark mode, where only colours change, gets the colour
 * rules, which are the ones whose answer can differ (a second full run would repeat the first).
 * Two axe runs take longer than one test's default time on a loaded machine.
 */
export async function expectNoAxeViolationsInBothSchemes(page: Page) {
  test.slow();
  for (const [scheme, rules] of [
    ['light', undefined],
    ['dark', COLOUR_RULES],
  ] as const) {
    await test.step(`axe in ${scheme} mode`, async () => {
      await page.emulateMedia({ colorScheme: scheme });
      await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
      await expectNoAxeViolations(page, rules);
    });
  }
}
