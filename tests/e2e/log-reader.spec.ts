import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolationsInBothSchemes } from '../axe';
import { drop, reader } from '../log-reader';
import { LONG_TASK_LIMIT_MS, longestTaskSince, pageNow } from '../long-tasks';
import { holdForPaste, holdRequests, pasteHeld } from '../site';
import { largeLog } from '../../tools/large-log';
import { LOG_CASES, type LogCase } from '../fixtures/log-cases';
import { encodeLog, LOG_ENCODINGS } from '../../tools/log-encodings';

const PAGE = '/tools/log-reader/';
const LOGS = 'tests/fixtures/logs';

/** The headline each fixture should get, typed from the summary rules and the fixture's lines. */
const HEADLINES: Record<string, string> = {
  'ddset-assembly-in-use': 'Setup failed: the action InstallExecute failed at line 21.',
  'custom-action-error': 'Setup failed: the action CA_RegisterMscorlib failed at line 12.',
  'error-1935-other-product': 'Setup failed: the action InstallFinalize failed at line 10.',
  'nonverbose-error-1327': 'Setup failed: the action CostFinalize failed at line 9.',
  'missing-patch-source': 'Setup failed: Windows Installer returned 1603 (line 10).',
  'internal-error': 'Setup failed: Windows Installer stopped with an internal error (line 4).',
  'engine-return-1618': 'Setup failed: Windows Installer returned 1618 (line 6).',
  'cancelled-return-value-2': 'Setup was cancelled: the log says the user cancelled it.',
  success: 'Setup succeeded.',
  'info-1603-file-in-use': 'Setup succeeded; Windows needs a restart to finish it.',
  'translated-to-success': 'Setup succeeded.',
  'nested-install': 'Setup failed: the action InstallFiles failed at line 9.',
  'update-exe-masked': 'Setup failed: Update.exe extended error code 0xf01e (line 6).',
  'dotnet35-errorlog':
    'Setup failed: ERRORLOG EVENT: the component Microsoft .NET Framework 2.0SP1 (CBS) failed with 1603 (line 3).',
  'dotnet20-error-log':
    'Setup failed: the component Microsoft .NET Framework 2.0a failed with 1603 (line 1).',
  'cbs-hresult': 'This log does not say how setup ended, but it reports errors.',
  'windows-update-log': 'This log does not say how setup ended, but it reports errors.',
};

const headline = (page: Page) => reader(page).locator('[data-headline]');

async function pick(page: Page, path: string, name: string) {
  await page
    .getByLabel('Choose a log file, or drop it here')
    .setInputFiles({ name, mimeType: 'text/plain', buffer: readFileSync(path) });
}

/** Drops “huge.log”, one byte over the 100 MB the reader accepts (made in the page: no such file is written). */
async function dropOver100Mb(page: Page) {
  const dataTransfer = await page.evaluateHandle(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array(100 * 1024 * 1024 + 1)], 'huge.log'));
    return transfer;
  });
  await reader(page).locator('[data-drop]').dispatchEvent('drop', { dataTransfer });
}

test.beforeEach(async ({ page }) => {
  await page.goto(PAGE);
});

test('the reader page says that the log does not leave the computer', async ({ page }) => {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Setup-log reader');
  await expect(page.getByText('Your log does not leave this computer.')).toBeVisible();
});

test('the worker and the report’s renderer are not loaded before a log is given', async ({
  page,
}) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.goto(PAGE);
  await page.waitForLoadState('networkidle');
  expect(
    requested.filter(
      (url) =>
        url.includes('worker') || url.includes('knowledge.json') || url.includes('ReportScript'),
    ),
  ).toEqual([]);
});

/** Empties the headline shown (if any), so that the next read must write it again to pass. */
const clearHeadline = (page: Page) =>
  page.evaluate(() => {
    const shown = document.querySelector('log-reader [data-headline]');
    if (shown) shown.textContent = '';
  });

/** What the page shows of a fixture's analysis: its headline, where it failed, its KBs and the lines it exists to show. */
async function expectReport(page: Page, logCase: LogCase, context: string) {
  await expect(headline(page), context).toHaveText(HEADLINES[logCase.case]);
  if (logCase.firstFailure)
    await expect(reader(page).locator('[data-role="failure"]'), context).toHaveAttribute(
      'data-line',
      String(logCase.firstFailure.line),
    );
  for (const kb of logCase.kbs)
    await expect(reader(page).locator('[data-about]').getByText(`KB${kb}`), context).toBeVisible();
  for (const shown of logCase.shows)
    await expect(
      reader(page).locator(`[data-findings] > li[data-line="${shown.line}"]`),
      context,
    ).toBeVisible();
}

// MS10-070's deployment tables name its .NET 2.0 SP2 package's logs
// "Microsoft .NET Framework 2.0-KB2418241_*-msi0.txt" (tests/fixtures/ms10-070-bulletin.ts lists the package).
test('a log named for an MS10-070 package names its KB and its bulletin, with links to both', async ({
  page,
}) => {
  const [logCase] = LOG_CASES;
  await pick(
    page,
    `${LOGS}/sources/${logCase.case}/${logCase.fileName}`,
    'Microsoft .NET Framework 2.0-KB2418241_20101012_101512-msi0.txt',
  );
  const about = reader(page).locator('[data-about]');
  await expect(about).toContainText(
    'KB2418241 (named in its file name), an update of bulletin MS10-070',
  );
  await expect(about.getByRole('link', { name: 'KB2418241' })).toHaveAttribute(
    'href',
    '/kb/2418241/',
  );
  await expect(about.getByRole('link', { name: 'MS10-070' })).toHaveAttribute(
    'href',
    '/bulletins/ms10-070/',
  );
});

// Every fixture in every encoding is analysed by the unit tests, with the worker's own code
// (tests/unit/features/log-reader/analyse.test.ts). The browser shows each log's report on the page, picked
// in one encoding (in turn, so that every encoding is read) and pasted; and one log in every
// encoding and dropped.
for (const [i, logCase] of LOG_CASES.entries()) {
  const encoding = LOG_ENCODINGS[i % LOG_ENCODINGS.length];
  test(`the ${logCase.case} log, picked (${encoding}) or pasted, shows its summary and where it failed`, async ({
    page,
  }) => {
    await pick(page, `${LOGS}/${encoding}/${logCase.case}/${logCase.fileName}`, logCase.fileName);
    await expectReport(page, logCase, 'picked');
    await clearHeadline(page);
    await page
      .getByLabel('Or paste the text of a log')
      .fill(readFileSync(`${LOGS}/sources/${logCase.case}/${logCase.fileName}`, 'utf8'));
    await page.getByRole('button', { name: 'Read the pasted log' }).click();
    // Pasted text has no file name, so a kind known only by its name reads as the kind its lines show.
    await expect(headline(page), 'pasted').toHaveText(HEADLINES[logCase.case]);
  });
}

test('a log picked in every encoding, then dropped, shows the same report each time', async ({
  page,
}) => {
  const logCase = LOG_CASES[0];
  for (const encoding of LOG_ENCODINGS) {
    await clearHeadline(page);
    await pick(page, `${LOGS}/${encoding}/${logCase.case}/${logCase.fileName}`, logCase.fileName);
    await expectReport(page, logCase, encoding);
  }
  await clearHeadline(page);
  await drop(
    page,
    readFileSync(`${LOGS}/utf-16le/${logCase.case}/${logCase.fileName}`),
    logCase.fileName,
  );
  await expectReport(page, logCase, 'dropped');
});

test('a known KB in the log’s name is linked to its page', async ({ page }) => {
  await pick(
    page,
    `${LOGS}/utf-16le-bom/success/NDP1.1SP1-KB953297-x86-msi.0.log`,
    'NDP1.1SP1-KB953297-x86-msi.0.log',
  );
  const about = reader(page).locator('[data-about]');
  await expect(about.getByRole('link', { name: 'KB953297' })).toHaveAttribute(
    'href',
    '/kb/953297/',
  );
  await expect(about).toContainText(
    'Update: KB953297 (named in its file name), an update of bulletin MS09-061.',
  );
  await expect(about.getByRole('link', { name: 'MS09-061' })).toHaveAttribute(
    'href',
    '/bulletins/ms09-061/',
  );
});

test('a KB written with a space after “KB” in the log’s name, as a bulletin prints it, is found', async ({
  page,
}) => {
  await pick(
    page,
    `${LOGS}/utf-16le-bom/success/NDP1.1SP1-KB953297-x86-msi.0.log`,
    'Microsoft .NET Framework 2.0-KB 974417 _20091014_101500123-msi0.txt',
  );
  await expect(reader(page).locator('[data-about]')).toContainText(
    'Update: KB974417 (named in its file name), an update of bulletin MS09-061.',
  );
});

test('the page says that the sample log is made up', async ({ page }) => {
  await expect(
    reader(page).getByText('The sample is made up: no real computer wrote it.'),
  ).toBeVisible();
});

test('a reading the reference leaves unconfirmed shows the site’s Unconfirmed mark with its reason', async ({
  page,
}) => {
  await pick(page, `${LOGS}/utf-8/translated-to-success/MSI6f1b2.LOG`, 'MSI6f1b2.LOG');
  const line = reader(page).locator('[data-findings] > li[data-line="4"]');
  await expect(line.locator('[data-unconfirmed]')).toHaveText('Unconfirmed');
  await expect(line).toContainText('Only community logs show this form of the line');
});

test('the sample log can be tried with one click', async ({ page }) => {
  await page.getByRole('button', { name: 'Try a sample log' }).click();
  await expect(headline(page)).toHaveText(HEADLINES['ddset-assembly-in-use']);
  await expect(reader(page).locator('[data-causes]')).toContainText('KB 2263996');
});

test('the lines around a finding are a region named by its line, for screen readers', async ({
  page,
}) => {
  await page.getByRole('button', { name: 'Try a sample log' }).click();
  await expect(headline(page)).toHaveText(HEADLINES['ddset-assembly-in-use']);
  await expect(reader(page).getByRole('region', { name: 'Lines around line 21' })).toBeVisible();
});

test('every link in a report leads to a page of the site', async ({ page, request }) => {
  for (const logCase of LOG_CASES) {
    await pick(page, `${LOGS}/utf-8/${logCase.case}/${logCase.fileName}`, logCase.fileName);
    await expect(headline(page)).toHaveText(HEADLINES[logCase.case]);
    for (const href of await reader(page)
      .locator('[data-report] a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')!))) {
      expect(href, `${logCase.case}: ${href}`).toMatch(/^\//);
      expect((await request.get(href.split('#')[0])).status(), `${logCase.case}: ${href}`).toBe(
        200,
      );
    }
  }
});

test('a code in a report is linked to its error page', async ({ page }) => {
  await pick(page, `${LOGS}/utf-8/engine-return-1618/MSI7d3e1.LOG`, 'MSI7d3e1.LOG');
  await expect(
    reader(page).locator('[data-causes]').getByRole('link', { name: '1618' }),
  ).toHaveAttribute('href', '/errors/1618/');
});

test('random bytes get a message, not a crash', async ({ page }) => {
  await pick(page, `${LOGS}/random-bytes.bin`, 'random-bytes.bin');
  await expect(headline(page)).toHaveText(
    '“random-bytes.bin” does not look like a text log: it is mostly control characters, as a program or an archive would be.',
  );
});

test('a UTF-16 log odd by one byte is read, and its report says it ends mid-character', async ({
  page,
}) => {
  // Two lines with a byte order mark, then one stray byte: a log copied while still written.
  // Under 100 characters, so a U+FFFD for the stray byte would have made it look binary.
  const log = encodeLog(
    'Action start 10:12:21: InstallFinalize.\r\nAction ended 10:12:25: InstallFinalize. Return value 3.\r\n',
    'utf-16le-bom',
  );
  await drop(page, Buffer.from([...log, 0x4d]), 'cut.log');
  await expect(headline(page)).toHaveText(
    'Setup failed: the action InstallFinalize failed at line 2.',
  );
  await expect(reader(page).locator('[data-about]')).toContainText(
    '2 lines, UTF-16 little-endian with a byte order mark.',
  );
  await expect(reader(page).locator('[data-about]')).toContainText(
    'The file ends mid-character (it was probably copied while setup was still writing it): that half character was left out.',
  );
});

test('an empty file is called empty', async ({ page }) => {
  await pick(page, `${LOGS}/empty.log`, 'empty.log');
  await expect(headline(page)).toHaveText('“empty.log” is empty: there is nothing to read.');
});

test('a file over 100 MB is refused with a message', async ({ page }) => {
  await dropOver100Mb(page);
  await expect(reader(page).locator('[data-error]')).toContainText(
    'more than the 100 MB the reader accepts',
  );
});

const REFUSAL = '“huge.log” is 100.0 MB, more than the 100 MB the reader accepts.';

test('a file refused while a log is still read stops the worker reading it', async ({ page }) => {
  // The worker fetches the code list before it reads a byte: held, the read is still going when the refused file comes.
  const codeList = await holdRequests(page, '**/tools/log-reader/knowledge.json');
  const started = page.waitForEvent('worker');
  await pick(page, `${LOGS}/utf-8/custom-action-error/MSI3a7f2.LOG`, 'MSI3a7f2.LOG');
  const worker = await started;
  await codeList.held;
  await expect(reader(page).locator('[data-status]')).toHaveText('Reading “MSI3a7f2.LOG”…');
  let stopped = false;
  worker.on('close', () => (stopped = true));
  await dropOver100Mb(page);
  await expect(page.getByRole('alert')).toContainText(REFUSAL);
  // Stopped, the worker can never report: no later check on the page could fail.
  await expect
    .poll(() => stopped, { message: 'the worker reading MSI3a7f2.LOG is stopped' })
    .toBe(true);
});

test('a file refused while the report’s renderer loads drops the report that waited for it', async ({
  page,
}) => {
  const renderer = await holdRequests(page, '**/_astro/LogReaderReportScript*.js');
  await pick(page, `${LOGS}/utf-8/custom-action-error/MSI3a7f2.LOG`, 'MSI3a7f2.LOG');
  await renderer.held;
  // The bar goes when the worker hands over the report, which then waits for its renderer.
  await expect(reader(page).locator('progress')).toBeHidden();
  await dropOver100Mb(page);
  await expect(page.getByRole('alert')).toContainText(REFUSAL);
  renderer.release();
  // The reader's wait for the renderer was queued before this one, so it has run when this returns.
  await page.evaluate(() => customElements.whenDefined('log-report'));
  await expect(page.getByRole('alert')).toContainText(REFUSAL);
  await expect(headline(page)).toHaveCount(0);
});

test('a hostile file name is shown as text', async ({ page }) => {
  const name = '<img src=x onerror="document.title=1">.log';
  await pick(page, `${LOGS}/utf-8/success/NDP1.1SP1-KB953297-x86-msi.0.log`, name);
  await expect(reader(page).locator('[data-report-heading]')).toHaveText(`What “${name}” says`);
  await expect(reader(page).locator('img')).toHaveCount(0);
});

test('an empty paste box asks for text', async ({ page }) => {
  await page.getByRole('button', { name: 'Read the pasted log' }).click();
  await expect(reader(page).locator('[data-status]')).toHaveText(
    'The paste box is empty: paste the text of a log first.',
  );
});

test('after one log, the reader reads another without a connection', async ({ page, context }) => {
  await page.getByRole('button', { name: 'Try a sample log' }).click();
  await expect(headline(page)).toBeVisible();
  await context.setOffline(true);
  await page
    .getByLabel('Or paste the text of a log')
    .fill('Action ended 9:56:45: CostFinalize. Return value 3.');
  await page.getByRole('button', { name: 'Read the pasted log' }).click();
  await expect(headline(page)).toHaveText(
    'Setup failed: the action CostFinalize failed at line 1.',
  );
});

test('when the report could not be loaded, the next log tries again and shows its report', async ({
  page,
}) => {
  let refuse = true;
  await page.route('**/_astro/LogReaderReportScript*.js', (route) =>
    refuse ? route.abort() : route.continue(),
  );
  await page.getByRole('button', { name: 'Try a sample log' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'The reader could not start. If you are offline, reconnect and try again.',
  );
  refuse = false;
  await page.getByRole('button', { name: 'Try a sample log' }).click();
  await expect(headline(page)).toBeVisible();
});

test('without its list of codes and updates, the reader says so instead of a report, and tries again on the next log', async ({
  context,
  page,
}) => {
  // Without the list every KB would read as one the site does not cover: a wrong answer.
  let refuse = true;
  await context.route('**/tools/log-reader/knowledge.json', (route) =>
    refuse ? route.abort() : route.continue(),
  );
  await page.getByRole('button', { name: 'Try a sample log' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'The list of codes and updates could not be loaded; connect once and try again.',
  );
  await expect(headline(page)).toHaveCount(0);
  refuse = false;
  await page.getByRole('button', { name: 'Try a sample log' }).click();
  await expect(reader(page).locator('[data-about]')).toContainText(
    'an update of bulletin MS09-061',
  );
});

test('the page answers a click while a 50 MB UTF-16 log is read', async ({ page }) => {
  // Generated here, never committed; Playwright takes a file this big only from disk.
  const log = largeLog(50 * 1024 * 1024, 'utf-16le-bom');
  const path = join(mkdtempSync(join(tmpdir(), 'log-reader-')), 'MSI50mb.LOG');
  writeFileSync(path, log.bytes);
  // What the status said when the click was handled: proof that it was handled during the read.
  await page.evaluate(() => {
    const status = document.querySelector('log-reader [data-status]')!;
    document
      .querySelector('[data-theme-choice]')!
      .addEventListener(
        'change',
        () => (document.body.dataset.statusAtClick = status.textContent ?? ''),
      );
  });
  await page.getByLabel('Choose a log file, or drop it here').setInputFiles(path);
  // At once: the read takes about a second, and waiting for its first progress left too little of it.
  await page.getByLabel('Theme').selectOption('dark');
  await expect(page.locator('body')).toHaveAttribute(
    'data-status-at-click',
    /^Reading “MSI50mb.LOG”(: [\d.]+ MB of 50.0 MB)?…$/,
  );
  await expect(headline(page)).toHaveText(
    `Setup failed: the action InstallFinalize failed at line ${log.failureLine}.`,
    { timeout: 30_000 },
  );
});

test('a 5 MB paste is read with no long task, and the box is emptied so the page stays quick', async ({
  page,
}) => {
  const log = largeLog(5 * 1024 * 1024, 'utf-8');
  const box = page.getByLabel('Or paste the text of a log');
  await holdForPaste(page, new TextDecoder().decode(log.bytes));
  const since = await pageNow(page);
  await pasteHeld(box);
  await expect(headline(page)).toHaveText(
    `Setup failed: the action InstallFinalize failed at line ${log.failureLine}.`,
    { timeout: 30_000 },
  );
  await expect(reader(page).locator('[data-status]')).toContainText(
    'The pasted text was read and the box emptied.',
  );
  await expect(box).toHaveValue('');
  // Clicks after the read: with the text left in the box, each took 0.9 s.
  await page.getByLabel('Theme').selectOption('dark');
  await page.getByRole('button', { name: 'Read the pasted log' }).click();
  await expect(reader(page).locator('[data-status]')).toHaveText(
    'The paste box is empty: paste the text of a log first.',
  );
  expect(await longestTaskSince(page, since)).toBeLessThan(LONG_TASK_LIMIT_MS);
});

// The page is open (beforeEach); each state is checked in light and dark mode.
test('axe finds nothing on the reader when empty, in light and dark mode', async ({ page }) => {
  await expectNoAxeViolationsInBothSchemes(page);
});

test('axe finds nothing on the reader showing a result, in light and dark mode', async ({
  page,
}) => {
  await page.getByRole('button', { name: 'Try a sample log' }).click();
  await expect(reader(page).locator('[data-findings]')).toBeVisible();
  await expectNoAxeViolationsInBothSchemes(page);
});

test('axe finds nothing on the reader showing an error, in light and dark mode', async ({
  page,
}) => {
  await dropOver100Mb(page);
  await expect(reader(page).locator('[data-error]')).toBeVisible();
  await expectNoAxeViolationsInBothSchemes(page);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the reader says it needs JavaScript, shows no controls that would do nothing, and points to the guide', async ({
    page,
  }) => {
    await page.goto(PAGE);
    await expect(
      page.getByText('The reader needs JavaScript, which does not run in this browser'),
    ).toBeVisible();
    await expect(page.getByLabel('Choose a log file, or drop it here')).toBeHidden();
    await expect(page.getByLabel('Or paste the text of a log')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Try a sample log' })).toBeHidden();
    await expect(page.getByRole('link', { name: 'guide to setup logs' })).toHaveAttribute(
      'href',
      '/guides/read-the-setup-logs/',
    );
  });
});
