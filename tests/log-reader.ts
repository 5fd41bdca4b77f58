import type { Page } from '@playwright/test';

/** The reader's element on its page. */
export const reader = (page: Page) => page.locator('log-reader');

/** Drops a file on the reader's drop zone the way a browser does: a drop event carrying the file. */
export async function drop(page: Page, bytes: Buffer, name: string) {
  const dataTransfer = await page.evaluateHandle(
    ({ data, fileName }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(data)], fileName));
      return transfer;
    },
    { data: [...bytes], fileName: name },
  );
  await reader(page).locator('[data-drop]').dispatchEvent('drop', { dataTransfer });
}
