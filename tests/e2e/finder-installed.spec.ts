import { expectNoAxeViolationsInBothSchemes } from '../axe';
import { expect, test, type Page } from '@playwright/test';
import { holdForPaste, pasteHeld, recordDialogs } from '../site';
import { expectNoVisibleLayoutShift } from '../layout-shift';
import { LONG_TASK_LIMIT_MS, longestTaskSince, pageNow } from '../long-tasks';
import { HOSTILE_KEY, REG_QUERY_FIXTURES } from '../fixtures/reg-query-outputs';

const answer = (page: Page) => page.locator('fix-finder [data-answer]');
const status = (page: Page) => page.locator('[data-registry-status]');

async function paste(page: Page, text: string) {
  const box = page.getByLabel('Output of the command');
  if (!(await box.isVisible())) await page.getByText('Which .NET versions does it have?').click();
  await box.fill(text);
  await page.getByRole('button', { name: 'Tick what this output shows' }).click();
}

for (const fixture of REG_QUERY_FIXTURES) {
  test(`pasting "${fixture.name}" ticks ${fixture.ticks.join(', ')} and shows ${fixture.kbs.map((kb) => `KB${kb}`).join(', ')}`, async ({
    page,
  }) => {
    await page.goto(`/finder/?os=${fixture.os}`);
    await paste(page, fixture.text);
    await expect(status(page)).toContainText(`Read ${fixture.lines} lines`);
    const ticked = await page
      .locator('input[name="fw"]:checked')
      .evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value));
    expect(ticked).toEqual(fixture.ticks);
    // The fixtures' KB numbers are MS09-061's: its part of the answer holds them, and no other card.
    const ms09061 = answer(page).getByRole('region', { name: /^MS09-061 for / });
    for (const kb of fixture.kbs)
      await expect(ms09061.getByRole('region', { name: `Install KB${kb}` })).toBeVisible();
    await expect(ms09061.getByRole('region', { name: /^Install KB/ })).toHaveCount(
      fixture.kbs.length,
    );
  });
}

test('a paste that is not reg query output is reported as not recognised, with the lines read, and never run', async ({
  page,
}) => {
  const dialogs = recordDialogs(page);
  await page.goto('/finder/?os=windows-xp-sp2-sp3&arch=x86&fw=net-1-1-sp1');
  await paste(page, '<img src=x onerror=alert(1)>\n<script>alert(2)</script>\n<b>bold</b>');
  await expect(status(page)).toHaveText(
    'Not recognised: none of the 3 lines read shows a .NET version the finder knows. Paste everything the command printed, from its first line.',
  );
  await expect(page.getByLabel('Output of the command')).toHaveAttribute('aria-invalid', 'true');
  await expect(
    page.locator('fix-finder img, fix-finder b, fix-finder script:not([type])'),
  ).toHaveCount(0);
  await expect(page.getByRole('checkbox', { name: '1.1 SP1' })).toBeChecked();
  expect(dialogs).toEqual([]);
});

test('a 5 MB paste is refused with the limit named, never put in the box, with no long task', async ({
  page,
}) => {
  await page.goto('/finder/?os=windows-xp-sp2-sp3&arch=x86');
  await page.getByText('Which .NET versions does it have?').click();
  const box = page.getByLabel('Output of the command');
  const fixture = REG_QUERY_FIXTURES[0];
  await holdForPaste(page, fixture.text.repeat(Math.ceil((5 * 1024 * 1024) / fixture.text.length)));
  const since = await pageNow(page);
  await pasteHeld(box);
  await expect(status(page)).toHaveText(
    /^The pasted text is \d\.\d MB: more than the 64 KB the finder reads/,
  );
  await expect(box).toHaveValue('');
  // A click after it is answered at once.
  await page.getByRole('checkbox', { name: '2.0 SP1' }).check();
  await expect(answer(page).getByRole('region')).not.toHaveCount(0);
  expect(await longestTaskSince(page, since)).toBeLessThan(LONG_TASK_LIMIT_MS);
});

test('a key line carrying markup is named as text, never as an element', async ({ page }) => {
  await page.goto('/finder/');
  await paste(page, HOSTILE_KEY);
  await expect(status(page)).toContainText(
    'Other versions in it, which the bulletin does not list: v9<img src=x onerror=alert(1)>.',
  );
  await expect(page.locator('fix-finder img')).toHaveCount(0);
});

test('on Vista SP2 a paste without a 2.0 key says that doubt, and the answer keeps KB974470', async ({
  page,
}) => {
  await page.goto('/finder/?os=windows-vista-sp2-x64');
  await paste(
    page,
    'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\NET Framework Setup\\NDP\\v3.5\r\n    Install    REG_DWORD    0x1\r\n    SP    REG_DWORD    0x1\r\n',
  );
  await expect(status(page)).toContainText('Unconfirmed');
  await expect(status(page)).toContainText(
    'Whether the NDP\\v2.0.50727 key exists where .NET 2.0 is part of Windows (Vista, Server 2008) is not confirmed.',
  );
  await expect(answer(page).getByRole('region', { name: 'Install KB974470' })).toBeVisible();
});

test('the command for each Windows family can be copied', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/finder/');
  await page.getByText('Which .NET versions does it have?').click();
  await page.getByRole('button', { name: 'Copy the command for Windows XP' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    'reg query "HKLM\\SOFTWARE\\Microsoft\\NET Framework Setup\\NDP" /s & reg query "HKLM\\SOFTWARE\\Wow6432Node\\Microsoft\\NET Framework Setup\\NDP" /s & reg query "HKLM\\SOFTWARE\\Microsoft\\Active Setup\\Installed Components\\{78705f0d-e8db-4b2d-8193-982bdda15ecd}" /v Version & reg query "HKLM\\SOFTWARE\\Microsoft\\Active Setup\\Installed Components\\{FDC11A6F-17D1-48f9-9EA3-9051954BAA24}" /v Version',
  );
});

test('a shared link with the OS id of a /fix/ address opens the same answer as one with release and architecture', async ({
  page,
}) => {
  await page.goto('/finder/?os=windows-server-2003-sp2&arch=x86&fw=net-3-5-sp1');
  // The answer's code loads after the page: read the answer once it is there.
  await expect(answer(page).getByRole('region', { name: 'Install KB953298' })).toBeVisible();
  const expected = (await answer(page).textContent())!;
  await page.goto('/finder/?os=windows-server-2003-sp2-x86&fw=net-3-5-sp1');
  await expect(page.getByLabel('1. Windows version')).toHaveValue('windows-server-2003-sp2');
  await expect(page.getByLabel('2. Architecture')).toHaveValue('x86');
  await expect(answer(page)).toHaveText(expected);
  await expect(answer(page).getByRole('region', { name: 'Install KB953298' })).toBeVisible();
});

test("32-bit Server 2003 with nothing ticked needs KB953298, marked as the site's reading", async ({
  page,
}) => {
  await page.goto('/finder/?os=windows-server-2003-sp2-x86');
  const card = answer(page).getByRole('region', { name: 'Install KB953298' });
  await expect(card).toContainText(
    'Windows Server 2003 SP2 includes .NET 1.1 SP1 as part of Windows, so it needs KB953298 whatever else is installed.',
  );
  await expect(card).toContainText("Site's reading");
});

test('Windows 2000 does not offer .NET 3.5, says why, and a link asking for it gets the note, not a KB', async ({
  page,
}) => {
  await page.goto('/finder/?os=windows-2000-sp4&arch=x86&fw=net-3-5');
  const box = page.getByRole('checkbox', { name: '3.5', exact: true });
  await expect(box).toBeDisabled();
  await expect(box).toHaveAccessibleDescription(
    /Not offered on Windows 2000 SP4: \.NET 3\.5, 3\.5 SP1\. \.NET Framework 3\.5 supports/,
  );
  await expect(answer(page)).toContainText(
    '.NET Framework 3.5 cannot be installed on Windows 2000 Service Pack 4, so the finder gives no update for it.',
  );
  await expect(answer(page).getByRole('region', { name: /^Install KB/ })).toHaveCount(0);
});

test('Windows XP does not offer .NET 3.5.1', async ({ page }) => {
  await page.goto('/finder/?os=windows-xp-sp2-sp3&arch=x86');
  await expect(page.getByRole('checkbox', { name: '3.5.1' })).toBeDisabled();
  await expect(page.getByRole('checkbox', { name: '3.5 SP1' })).toBeEnabled();
});

test('a fix page says what Windows itself needs besides its own package', async ({ page }) => {
  await page.goto('/fix/ms09-061/windows-vista-sp2-x86/net-1-1-sp1/');
  await expect(page.getByRole('heading', { name: 'What Windows itself needs' })).toBeVisible();
  await expect(
    page.getByText(
      'Windows Vista SP2 includes .NET 2.0 SP2 as part of Windows, so it needs KB974470 whatever else is installed.',
    ),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'About KB974470' })).toHaveAttribute(
    'href',
    '/kb/974470/',
  );
});

for (const viewport of [
  { width: 375, height: 667 },
  { width: 1280, height: 800 },
]) {
  for (const link of [
    '/finder/?os=windows-server-2003-sp2-x86&fw=net-1-1-sp1,net-3-5-sp1',
    '/finder/?os=windows-vista-sp2&arch=x64&fw=net-3-5,net-1-1-sp1',
    '/finder/',
  ]) {
    test(`${link} moves nothing a person could see at ${viewport.width} px`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto(link);
      await expect(page.locator('[data-finder-form]')).toBeVisible();
      await expect(answer(page)).not.toBeEmpty();
      await expectNoVisibleLayoutShift(page);
    });
  }
}

test.describe('axe in light and dark mode', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/finder/?os=windows-vista-sp2&arch=x86');
    await page.getByText('Which .NET versions does it have?').click();
  });
  test('finds nothing with the paste box open', async ({ page }) => {
    await expectNoAxeViolationsInBothSchemes(page);
  });
  test('finds nothing with the paste box filled and read', async ({ page }) => {
    await paste(page, REG_QUERY_FIXTURES[0].text);
    await expect(status(page)).toContainText('Read 21 lines');
    await expectNoAxeViolationsInBothSchemes(page);
  });
  test('finds nothing with the paste box in error', async ({ page }) => {
    await paste(page, 'not the output');
    await expect(page.getByLabel('Output of the command')).toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolationsInBothSchemes(page);
  });
  test('finds nothing on Windows 2000 with versions not offered', async ({ page }) => {
    await page.goto('/finder/?os=windows-2000-sp4&arch=x86&fw=net-3-5,net-1-1-sp1');
    await expectNoAxeViolationsInBothSchemes(page);
  });
});
