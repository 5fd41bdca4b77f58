import { expect, test, type Page } from '@playwright/test';
import { at } from '../site';

/** The absolute address a colleague would open, on whatever host and folder the test serves. */
const absolute = (page: Page, path: string) => new URL(at(path), page.url()).href;
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

test.beforeEach(async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

test('the copy button of a guide heading puts the address of that section on the clipboard', async ({
  page,
}) => {
  await page.goto(at('/guides/reinstall-dotnet-in-order/'));
  const heading = page.getByRole('heading', { level: 2 }).first();
  const id = await heading.getAttribute('id');
  const name = (await heading.textContent())!.trim();
  await page.getByRole('button', { name: `Copy link to the section “${name}”` }).click();
  await expect(page.getByText('Link copied.')).toBeVisible();
  expect(await clipboard(page)).toBe(absolute(page, `/guides/reinstall-dotnet-in-order/#${id}`));
});

test('the download card of an update page copies the address of that card', async ({ page }) => {
  await page.goto(at('/kb/953297/'));
  await page.getByRole('button', { name: 'Copy link to the section “Download KB953297”' }).click();
  expect(await clipboard(page)).toBe(absolute(page, '/kb/953297/#download'));
});

test('the download card of a fix page copies the address of that card', async ({ page }) => {
  await page.goto(at('/fix/ms09-061/windows-vista-sp2-x86/net-2-0-sp2/'));
  await page.getByRole('button', { name: 'Copy link to the section “Download KB974470”' }).click();
  expect(await clipboard(page)).toBe(
    absolute(page, '/fix/ms09-061/windows-vista-sp2-x86/net-2-0-sp2/#download'),
  );
});

test('the copy button of a bulletin heading copies the address of that section', async ({
  page,
}) => {
  await page.goto(at('/bulletins/ms09-061/'));
  await page.getByRole('button', { name: 'Copy link to the section “Affected software”' }).click();
  expect(await clipboard(page)).toBe(absolute(page, '/bulletins/ms09-061/#affected-software'));
});

test("the finder's answer copies the finder address with the answer's choices", async ({
  page,
}) => {
  await page.goto(at('/'));
  await page.getByLabel('1. Windows version').selectOption('windows-server-2003-sp2');
  await page.getByLabel('2. Architecture').selectOption('x86');
  await page.getByRole('checkbox', { name: '1.1 SP1' }).check();
  await page.getByRole('button', { name: 'Copy link to this answer' }).click();
  await expect(page.locator('fix-finder').getByRole('status').last()).toHaveText('Link copied.');
  expect(await clipboard(page)).toBe(
    absolute(page, '/finder/?os=windows-server-2003-sp2&arch=x86&fw=net-1-1-sp1'),
  );
});

test('a copy button works from the keyboard and says so to screen readers', async ({ page }) => {
  await page.goto(at('/kb/974417/'));
  const button = page.getByRole('button', { name: 'Copy link to the section “Download KB974417”' });
  await button.focus();
  await page.keyboard.press('Enter');
  const status = button.locator('xpath=following-sibling::*[@role="status"]');
  await expect(status).toHaveText('Link copied.');
  expect(await clipboard(page)).toBe(absolute(page, '/kb/974417/#download'));
});

test('when the clipboard refuses, the address is shown as a link to copy by hand', async ({
  page,
}) => {
  await page.addInitScript(() => {
    navigator.clipboard.writeText = () =>
      Promise.reject(new DOMException('refused', 'NotAllowedError'));
  });
  await page.goto(at('/finder/?os=windows-server-2003-sp2&arch=x86&fw=net-1-1-sp1'));
  await page.getByRole('button', { name: 'Copy link to this answer' }).click();
  const link = page.getByRole('link', { name: 'Link to this answer' });
  await expect(link).toBeVisible();
  await expect(page.getByText(/^Copying was refused; the link is http/)).toBeVisible();
});

/** The repair command of 2.0 SP2, as Microsoft's setup team gives it (reference, silent repair). */
const REPAIR_20_SP2 =
  'msiexec /fpecmsu {C09FB3CD-3D0C-3F2D-899A-6A1D67F2073F} REINSTALL=ALL REBOOT=ReallySuppress /l*v %temp%\\netfx20sp2_repair_log.txt /qn';

test("an update page's silent install command is copied exactly, and the copy is said to screen readers", async ({
  page,
}) => {
  await page.goto(at('/kb/953297/'));
  const button = page.getByRole('button', {
    name: 'Copy the silent install command for Windows 2000, Windows XP and Windows Server 2003',
  });
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(button.locator('xpath=following-sibling::*[@role="status"]')).toHaveText('Copied.');
  expect(await clipboard(page)).toBe('NDP1.1SP1-KB953297-x86 /qn');
});

test('the Vista and Server 2008 no-restart command of KB953297 is copied with both switches', async ({
  page,
}) => {
  await page.goto(at('/kb/953297/'));
  await page
    .getByRole('button', {
      name: 'Copy the command that installs without restarting, for Windows Vista and Windows Server 2008',
    })
    .click();
  expect(await clipboard(page)).toBe('NDP1.1SP1-KB953297-x86 /qn /norestart');
});

test('a code block of a guide copies its command exactly', async ({ page }) => {
  await page.goto(at('/guides/reinstall-dotnet-in-order/'));
  const block = page.locator('copy-code').filter({ hasText: 'msiexec /fpecmsu' });
  await block.getByRole('button', { name: 'Copy this code' }).click();
  await expect(block.getByRole('status')).toHaveText('Copied.');
  expect(await clipboard(page)).toBe(REPAIR_20_SP2);
});

// axe on an update page's copy buttons after a copy, light and dark: a11y.spec.ts.

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('table rows offer their plain links and headings their # links instead of copy buttons', async ({
    page,
  }) => {
    await page.goto(at('/bulletins/ms09-061/'));
    await expect(page.getByRole('button', { name: /^Copy link/ })).toHaveCount(0);
    const windows2000 = page
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'Windows 2000 Service Pack 4' }) });
    await expect(
      windows2000.getByRole('link', { name: '.NET Framework 1.1 Service Pack 1' }),
    ).toHaveAttribute('href', at('/fix/ms09-061/windows-2000-sp4-x86/net-1-1-sp1/'));
    await expect(
      page.getByRole('link', { name: 'Link to the section “Affected software”' }),
    ).toHaveAttribute('href', '#affected-software');
  });

  test('commands are plain selectable text, with no copy button that could not work', async ({
    page,
  }) => {
    await page.goto(at('/kb/953297/'));
    await expect(page.getByRole('button', { name: /^Copy/ })).toHaveCount(0);
    await expect(
      page.locator('code', { hasText: 'NDP1.1SP1-KB953297-x86 /qn' }).first(),
    ).toBeVisible();
  });
});
