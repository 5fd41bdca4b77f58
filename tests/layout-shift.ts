import { expect, type Page } from '@playwright/test';

/**
 * The most layout shift a page may show and still count as still: well below what a person
 * notices, and a fifth of Lighthouse's 0.1 line for a good page. Not 0: on a busy machine the
 * browser reports shifts of a few thousandths for one late frame (0.0085 seen on the search page
 * while two builds ran beside the tests), which nobody sees.
 */
export const LAYOUT_SHIFT_TOLERANCE = 0.02;

/**
 * Sum of the layout shifts the page has reported so far that no user input caused, as the browser
 * measures them. Buffered entries reach a new observer at once, so nothing waits on a timer:
 * callers first wait for the change they check to be on screen.
 */
export const layoutShift = (page: Page) =>
  page.evaluate(() => {
    const observer = new PerformanceObserver(() => undefined);
    observer.observe({ type: 'layout-shift', buffered: true });
    const entries = observer.takeRecords() as (PerformanceEntry & {
      value: number;
      hadRecentInput: boolean;
    })[];
    observer.disconnect();
    return entries
      .filter((entry) => !entry.hadRecentInput)
      .reduce((sum, entry) => sum + entry.value, 0);
  });

/** Fails when the page has moved more than a person could see. */
export async function expectNoVisibleLayoutShift(page: Page, message?: string) {
  expect(await layoutShift(page), message).toBeLessThan(LAYOUT_SHIFT_TOLERANCE);
}
