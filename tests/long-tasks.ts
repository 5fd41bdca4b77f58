import type { Page } from '@playwright/test';

/**
 * The longest task a person may wait on: a click answered within it still feels like an answer.
 * Above the Long Tasks API's own 50 ms line, which a loaded 2-core machine crosses with no fault
 * of the page.
 */
export const LONG_TASK_LIMIT_MS = 200;

/** The page's clock, to mark where a measurement starts. */
export const pageNow = (page: Page) => page.evaluate(() => performance.now());

/**
 * The longest task (in ms) the page ran after `since`, as the Long Tasks API reports it; 0 when
 * none passed 50 ms. Buffered entries reach a new observer at once; the next frame is awaited
 * first, so the task that ended last has been reported.
 */
export const longestTaskSince = (page: Page, since: number) =>
  page.evaluate(async (start) => {
    await new Promise((frame) => requestAnimationFrame(frame));
    const observer = new PerformanceObserver(() => undefined);
    observer.observe({ type: 'longtask', buffered: true });
    const entries = observer.takeRecords().filter((entry) => entry.startTime >= start);
    observer.disconnect();
    return Math.max(0, ...entries.map((entry) => entry.duration));
  }, since);
