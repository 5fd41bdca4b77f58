import { expectNoAxeViolations } from '../axe';
import { expect, test } from '@playwright/test';
import { distPage, textOf } from '../dist';

/** Exit codes the research notes mark as mattering for patches (section 1), typed by hand. */
const PATCH_CODES = [1602, 1603, 1605, 1612, 1618, 1619, 1620, 1624, 1625, 1633, 1635, 1636, 1638, 1639, 1641, 1642, 1643, 1644, 1645, 3010];
/** Log messages the notes list as explaining a 1603 (section 2.1), a sample typed by hand. */
const LOG_MESSAGES = [1304, 1306, 1324, 1406, 1706, 1722, 1935, 2203, 2336, 2755];

test('the page of 1603 shows its decimal, hex and HRESULT forms and its symbolic name', async ({ page }) => {
  await page.goto('/errors/1603/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Error 1603 (0x643): ERROR_INSTALL_FAILURE');
  const forms = page.getByRole('table', { name: 'How this code is written' });
  for (const form of ['1603', '0x643', '0x80070643', '-2147023293', '2147944003']) await expect(forms).toContainText(form);
});

test('the page of 1603 shows the exit code and the Info 1603 line apart, with the warning', async ({ page }) => {
  await page.goto('/errors/1603/');
  await expect(page.getByRole('note')).toContainText('One number, 2 meanings');
  await expect(page.getByRole('heading', { name: 'As an exit code: ERROR_INSTALL_FAILURE' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'In a setup log: Info 1603.' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('File [2][3] is held in use by process Name [4], Id [5], Window Title [6].');
});

test('the page of 1603 gives causes and fixes that lead to the guides', async ({ page }) => {
  await page.goto('/errors/1603/');
  await expect(page.locator('#causes').locator('xpath=../following-sibling::ul[1]')).toContainText('KB 923100');
  const fix = page.locator('#fix').locator('xpath=../following-sibling::ul[1]');
  await expect(fix.getByRole('link', { name: 'Install the MS09-061 update by hand' })).toHaveAttribute('href', '/guides/install-the-update-by-hand/');
  await expect(fix.getByRole('link', { name: 'Remove and reinstall .NET Framework in the right order' }).first()).toHaveAttribute('href', '/guides/reinstall-dotnet-in-order/');
});

for (const [alias, target] of [['/errors/0x643/', '/errors/1603/'], ['/errors/0x80070643/', '/errors/1603/'], ['/errors/0x652/', '/errors/1618/'], ['/errors/0x80070652/', '/errors/1618/']]) {
  test(`${alias} leads to ${target}`, async ({ page }) => {
    await page.goto(alias!);
    await expect(page).toHaveURL(target!);
  });
}

test('1653 shows the name conflict between the Installer and Win32 lists', async ({ page }) => {
  await page.goto('/errors/1653/');
  await expect(page.getByRole('main')).toContainText('ERROR_ROLLBACK_DISABLED');
  await expect(page.getByRole('main')).toContainText('Name conflict');
  await expect(page.getByRole('main')).toContainText('ERROR_FAIL_FAST_EXCEPTION');
});

test('1935 is a message in a setup log, with its Win32 meaning shown apart', async ({ page }) => {
  await page.goto('/errors/1935/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Error 1935 in a setup log');
  await expect(page.getByRole('note')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'In the Win32 list of system errors: ERROR_AUTHENTICATION_FIREWALL_FAILED' })).toBeVisible();
  await expect(page.locator('.lead')).toContainText('An error occurred installing assembly [6].');
});

test('a number with no documented cause says so', async ({ page }) => {
  await page.goto('/errors/1625/');
  await expect(page.locator('#causes').locator('xpath=../following-sibling::p[1]')).toHaveText("No source this site relies on gives a cause beyond Microsoft's meaning above.");
});

test('an unconfirmed fact carries the Unconfirmed mark and its reason', async ({ page }) => {
  await page.goto('/errors/1708/');
  const fact = page.getByRole('listitem').filter({ hasText: 'In logs it is seen as' });
  await expect(fact.getByText('Unconfirmed', { exact: true })).toBeVisible();
  await expect(fact).toContainText("Seen in community logs; Microsoft's own example shows the same pattern with 1724.");
});

test('the index lists every exit code that matters for patches, each linked to its page', async ({ page }) => {
  await page.goto('/errors/');
  const exitCodes = page.locator('section', { has: page.locator('#index-exit-code') });
  for (const code of PATCH_CODES) await expect(exitCodes.getByRole('link', { name: String(code), exact: true })).toHaveAttribute('href', `/errors/${code}/`);
});

test('the list of numbers in setup logs holds the log messages that explain a 1603', async ({ page }) => {
  await page.goto('/errors/in-logs/');
  const messages = page.locator('section', { has: page.locator('#index-log-message') });
  for (const code of LOG_MESSAGES) await expect(messages.getByRole('link', { name: String(code), exact: true })).toHaveAttribute('href', `/errors/${code}/`);
});

test('the two error lists lead to each other, and each holds only its own kinds of number', () => {
  const exitCodes = distPage('/errors/')!;
  const inLogs = distPage('/errors/in-logs/')!;
  expect(exitCodes.querySelectorAll('main a').map((a) => a.getAttribute('href'))).toContain('/errors/in-logs/');
  expect(inLogs.querySelectorAll('main a').map((a) => a.getAttribute('href'))).toContain('/errors/');
  expect(exitCodes.querySelectorAll('section h2').map(textOf)).toEqual(['Exit codes of Windows Installer']);
  expect(inLogs.querySelectorAll('section h2').map(textOf)).toEqual(['Messages in setup logs', 'Win32 system errors']);
});

test('1655 to 1660 have no page, since no source documents them', async ({ page }) => {
  for (const code of [1655, 1660]) {
    await page.goto(`/errors/${code}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page does not exist');
  }
});

test('a missing /errors/0x64c/ offers the decoder and the page of 1612', async ({ page }) => {
  await page.goto('/errors/0x64c/');
  await expect(page.getByRole('link', { name: 'Decode 0x64c' })).toHaveAttribute('href', '/tools/error-code/?code=0x64c');
  await expect(page.getByRole('main').locator('[data-results] > li').first().getByRole('link')).toHaveAttribute('href', '/errors/1612/');
});

test('the header leads to the error-code index', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Error codes' }).click();
  await expect(page).toHaveURL('/errors/');
});

test('the KB953297 page links the error pages from its logs section', async ({ page }) => {
  await page.goto('/kb/953297/');
  await expect(page.getByRole('link', { name: 'error 1603' })).toHaveAttribute('href', '/errors/1603/');
});

test('the 0x643 guide links the page of error 1603', async ({ page }) => {
  await page.goto('/guides/error-0x643-1603/');
  await expect(page.locator('#error-codes').locator('xpath=../following-sibling::ul[1]').getByRole('link').first()).toHaveAttribute('href', '/errors/1603/');
});

const AXE_PAGES = {
  'exit-code page with two meanings (1603)': '/errors/1603/',
  'exit-code page with a name conflict (1653)': '/errors/1653/',
  'log-message page (2203)': '/errors/2203/',
  'system-error page (5)': '/errors/5/',
  'error index': '/errors/',
  'index of numbers in setup logs': '/errors/in-logs/',
};

for (const scheme of ['light', 'dark'] as const) {
  for (const [name, path] of Object.entries(AXE_PAGES)) {
    test(`axe finds nothing on the ${name} in ${scheme} mode`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
      await expectNoAxeViolations(page);
    });
  }
}
