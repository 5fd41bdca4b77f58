/**
 * The reader's first screen on real logs of other products (tests/fixtures/real-logs): dropped,
 * picked and pasted, each shows the line that explains the failure; the diagnosis can be copied
 * for a forum post, and nothing else of the log goes with it.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolationsInBothSchemes } from '../axe';
import { drop, reader } from '../log-reader';
import { encodeLog } from '../../tools/log-encodings';

const PAGE = '/tools/log-reader/';
const REAL_LOGS = 'tests/fixtures/real-logs';

const headline = (page: Page) => reader(page).locator('[data-headline]');
const causes = (page: Page) => reader(page).locator('[data-causes]');

/** A real log as Windows writes it: UTF-16 little-endian with a byte order mark. */
const asWindowsWritesIt = (file: string) =>
  Buffer.from(encodeLog(readFileSync(`${REAL_LOGS}/${file}`, 'utf8'), 'utf-16le-bom'));

test.beforeEach(async ({ page }) => {
  await page.goto(PAGE);
});

test('a dropped log that fails writing a file shows Error 1310 and its line as the likely cause', async ({
  page,
}) => {
  const file = 'pycapture2-error-1310-error-writing-to-file.log';
  await drop(page, asWindowsWritesIt(file), file);
  await expect(headline(page)).toHaveText(
    'Setup failed: the action InstallFinalize failed at line 717.',
  );
  await expect(causes(page).locator('li').first()).toContainText(
    'Lines 711–713 (2 times): Error 1310: “Error writing to file: C:\\avcodec-57.dll.',
  );
  await expect(causes(page)).not.toContainText('2262');
  await expect(reader(page).locator('[data-findings] > li').first()).toContainText(
    'Explains the failure',
  );
});

test('a picked upgrade log whose removal of the older version failed says so, with Error 1714', async ({
  page,
}) => {
  const file = 'merlin-sip-upgrade-error-1714-system-error-1620.log';
  await page
    .getByLabel('Choose a log file, or drop it here')
    .setInputFiles({ name: file, mimeType: 'text/plain', buffer: asWindowsWritesIt(file) });
  await expect(headline(page)).toHaveText(
    'Setup failed: removing the older version failed, at line 1032.',
  );
  await expect(causes(page).locator('li').first()).toContainText(
    'Error 1714: “The older version of Merlin SIP cannot be removed.',
  );
  await expect(reader(page).getByText('inside the uninstall of the older version')).toBeVisible();
});

test('a pasted excerpt names the custom action that failed and its own error, and says it is part of a log', async ({
  page,
}) => {
  await page
    .getByLabel('Or paste the text of a log')
    .fill(
      readFileSync(`${REAL_LOGS}/td-agent-wixquietexec64-invalid-command-line-excerpt.log`, 'utf8'),
    );
  await page.getByRole('button', { name: 'Read the pasted log' }).click();
  await expect(headline(page)).toHaveText(
    'Setup failed: the action InstallFinalize failed at line 7.',
  );
  await expect(causes(page)).toContainText(
    'The custom action InstallFluentdWinSvc failed with code 1603',
  );
  await expect(causes(page)).toContainText('0x80070057');
  await expect(reader(page).locator('[data-about]')).toContainText('This is part of a log');
});

test('the routine lines of the failed action are folded away, with their counts', async ({
  page,
}) => {
  const file = 'pycapture2-error-1310-error-writing-to-file.log';
  await drop(page, asWindowsWritesIt(file), file);
  const folded = reader(page).locator('[data-routine]');
  await expect(folded.locator('summary')).toContainText('Other lines of the failed action');
  await expect(folded.locator('li').first()).toBeHidden();
  await folded.locator('summary').click();
  await expect(
    folded.getByText(/Routine: it appears in \d+ of \d+ successful installs/).first(),
  ).toBeVisible();
});

test.describe('copying the diagnosis for a forum post', () => {
  const file = 'pycapture2-error-1310-error-writing-to-file.log';

  test('copies the headline, where it failed and the explaining lines with their links, and nothing else', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await drop(page, asWindowsWritesIt(file), file);
    await expect(reader(page).getByText('may hold user names and paths')).toBeVisible();
    await reader(page).getByRole('button', { name: 'Copy for a forum post' }).click();
    await expect(reader(page).getByText('Copied: the headline')).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const origin = new URL(page.url()).origin;
    expect(copied.split('\n')[0]).toBe(
      'Setup failed: the action InstallFinalize failed at line 717.',
    );
    expect(copied).toContain('    713  Error 1310. Error writing to file: C:\\avcodec-57.dll.');
    expect(copied).toContain(`1310: ${origin}/errors/1310/`);
    expect(copied).not.toContain('Note: 1:');
    expect(copied).not.toContain('C:\\Users\\');
  });

  test('without the clipboard, shows the text selected to copy by hand', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: undefined });
    });
    await page.goto(PAGE);
    await drop(page, asWindowsWritesIt(file), file);
    await reader(page).getByRole('button', { name: 'Copy for a forum post' }).click();
    const box = reader(page).getByLabel('The text to post');
    await expect(box).toBeFocused();
    await expect(box).toHaveValue(/^Setup failed: the action InstallFinalize failed at line 717\./);
    expect(
      await box.evaluate((area: HTMLTextAreaElement) => area.selectionEnd - area.selectionStart),
    ).toBe((await box.inputValue()).length);
  });

  test('axe finds nothing on the report with its folded lines open and the text shown, in light and dark mode', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: undefined });
    });
    await page.goto(PAGE);
    await drop(page, asWindowsWritesIt(file), file);
    await reader(page).locator('[data-routine] summary').click();
    await reader(page).getByRole('button', { name: 'Copy for a forum post' }).click();
    await expect(reader(page).getByLabel('The text to post')).toBeVisible();
    await expectNoAxeViolationsInBothSchemes(page);
  });
});
