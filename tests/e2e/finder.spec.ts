import { expectNoAxeViolations } from '../axe';
import { expect, test, type Page } from '@playwright/test';
import { REFERENCE_PAIRS } from '../fixtures/reference-rows';
import { at } from '../site';

const IE8_XP =
  'Mozilla/4.0 (compatible; MSIE 8.0; Windows NT 5.1; Trident/4.0; .NET CLR 1.1.4322; .NET CLR 2.0.50727; .NET CLR 3.0.4506.2152; .NET CLR 3.5.30729)';

/** Release and architecture of each OS entry, as the finder's menus offer them. */
const OS_CHOICES: Record<string, { release: string; arch: string }> = Object.fromEntries(
  [
    'windows-2000-sp4-x86', 'windows-xp-sp2-sp3-x86', 'windows-server-2003-sp2-x86', 'windows-server-2003-sp2-x64',
    'windows-server-2003-sp2-ia64', 'windows-vista-rtm-x86', 'windows-vista-rtm-x64', 'windows-vista-sp1-x86',
    'windows-vista-sp1-x64', 'windows-vista-sp2-x86', 'windows-vista-sp2-x64', 'windows-server-2008-rtm-x86',
    'windows-server-2008-rtm-x64', 'windows-server-2008-rtm-ia64', 'windows-server-2008-sp2-x86',
    'windows-server-2008-sp2-x64', 'windows-server-2008-sp2-ia64',
  ].map((id) => {
    const arch = id.slice(id.lastIndexOf('-') + 1);
    return [id, { release: id.slice(0, id.lastIndexOf('-')), arch }];
  }),
);
OS_CHOICES['windows-xp-professional-x64-sp2'] = { release: 'windows-xp-professional-x64-sp2', arch: 'x64' };

const finder = (page: Page) => page.locator('fix-finder');
const answer = (page: Page) => finder(page).locator('[data-answer]');

async function choose(page: Page, release: string, arch: string, frameworks: string[]) {
  await page.getByLabel('1. Windows version').selectOption(release);
  await page.getByLabel('2. Architecture').selectOption(arch);
  for (const box of await page.locator('input[name="fw"]:checked').all()) await box.uncheck();
  for (const fw of frameworks) await page.locator(`input[name="fw"][value="${fw}"]`).check();
}

const byOs = Map.groupBy(REFERENCE_PAIRS, (pair) => pair.os);
for (const [os, pairs] of byOs) {
  test(`on ${os}, each affected .NET version chosen in the finder shows the reference's KB and download`, async ({ page }) => {
    await page.goto(at('/finder/'));
    for (const pair of pairs) {
      const { release, arch } = OS_CHOICES[os]!;
      await choose(page, release, arch, [pair.framework]);
      const card = answer(page).getByRole('region', { name: `Install KB${pair.kb}` });
      await expect(card, `row ${pair.row}: ${pair.framework}`).toContainText(pair.installer);
      await expect(card.getByRole('link', { name: `KB${pair.kb}`, exact: true })).toHaveAttribute('href', at(`/kb/${pair.kb}/`));
      await expect(card.getByRole('link', { name: `Update Catalog search for KB${pair.kb}` })).toBeVisible();
      await expect(page).toHaveURL(at(`/finder/?os=${release}&arch=${arch}&fw=${pair.framework}`));
    }
  });
}

test('Windows XP with .NET 1.1 and 2.0 reaches both downloads, and the copied link shows a colleague the same answer', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(at('/finder/'));
  await page.getByLabel('1. Windows version').selectOption({ label: 'Windows XP SP2 or SP3' });
  await page.getByRole('checkbox', { name: '1.1 SP1' }).check();
  await page.getByRole('checkbox', { name: '2.0', exact: true }).check();
  await expect(answer(page).getByRole('region', { name: 'Install KB953297' })).toBeVisible();
  await expect(answer(page)).toContainText('only for these service packs of it');
  await expect(answer(page).getByRole('link', { name: 'KB953300' })).toBeVisible();
  await expect(answer(page).getByRole('link', { name: 'KB974417' })).toBeVisible();

  await page.getByRole('button', { name: 'Copy link to this answer' }).click();
  await expect(page.getByRole('status')).toHaveText('Link copied.');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(new URL(at('/finder/?os=windows-xp-sp2-sp3&arch=x86&fw=net-1-1-sp1,net-2-0'), page.url()).href);

  const colleague = await context.newPage();
  await colleague.goto(link);
  await expect(answer(colleague).getByRole('region', { name: 'Install KB953297' })).toBeVisible();
  await expect(answer(colleague).getByRole('link', { name: 'KB974417' })).toBeVisible();
  await expect(colleague.getByRole('checkbox', { name: '2.0', exact: true })).toBeChecked();
});

test('3.5 SP1 on Windows Vista SP2 leads to KB974470 and says it is because of the 2.0 SP2 it brings', async ({ page }) => {
  await page.goto(at('/finder/?os=windows-vista-sp2&arch=x86&fw=net-3-5-sp1'));
  const card = answer(page).getByRole('region', { name: 'Install KB974470' });
  await expect(card).toContainText('it installs .NET Framework 2.0 Service Pack 2 underneath it');
});

test('Windows 7 gets the plain answer that no .NET package of MS09-061 applies since revision 1.4', async ({ page }) => {
  await page.goto(at('/finder/?os=windows-7&arch=x64&fw=net-1-1-sp1'));
  await expect(answer(page)).toContainText("No .NET Framework package of MS09-061 applies to Windows 7 x64 since the bulletin's revision 1.4");
  await expect(answer(page).getByRole('region')).toHaveCount(0);
});

test.describe('with Internet Explorer 8 on Windows XP', () => {
  test.use({ userAgent: IE8_XP });
  test('the finder pre-selects XP, x86 and the .NET versions the browser reports, and says so', async ({ page }) => {
    await page.goto(at('/finder/'));
    await expect(page.getByText('Detected from your browser — change if wrong')).toBeVisible();
    await expect(page.getByLabel('1. Windows version')).toHaveValue('windows-xp-sp2-sp3');
    await expect(page.getByLabel('2. Architecture')).toHaveValue('x86');
    await expect(page.getByRole('checkbox', { name: '1.1 SP1' })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: '3.5 SP1' })).toBeChecked();
    await expect(answer(page).getByRole('region', { name: 'Install KB974417' })).toBeVisible();
  });
  test('a shared link wins over what the browser reports', async ({ page }) => {
    await page.goto(at('/finder/?os=windows-vista-sp1&arch=x64&fw=net-2-0-sp1'));
    await expect(page.getByLabel('1. Windows version')).toHaveValue('windows-vista-sp1');
    await expect(page.getByText('Detected from your browser')).toHaveCount(0);
    await expect(answer(page).getByRole('region', { name: 'Install KB974291' })).toBeVisible();
  });
});

test('a browser on another system gets no pre-selection and a short explanation', async ({ page }) => {
  await page.goto(at('/finder/'));
  await expect(page.getByText('Your browser does not report a Windows version that MS09-061 covers')).toBeVisible();
  await expect(page.getByLabel('1. Windows version')).toHaveValue('');
});

test('the finder works with the keyboard alone', async ({ page }) => {
  await page.goto(at('/finder/'));
  await page.getByLabel('1. Windows version').focus();
  await page.keyboard.press('ArrowDown'); // Windows 2000 SP4: its only architecture is chosen for it
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('2. Architecture')).toBeFocused();
  await expect(page.getByLabel('2. Architecture')).toHaveValue('x86');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab'); // 1.1 SP1, after 1.0 SP3
  await expect(page.getByRole('checkbox', { name: '1.1 SP1' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(answer(page).getByRole('region', { name: 'Install KB953297' })).toBeVisible();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByLabel('1. Windows version')).toBeFocused();
});

const HOSTILE = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'><svg onload=alert(1)>",
  'javascript:alert(1)',
  '<a href="javascript:alert(1)">x</a>',
  '" onmouseover="alert(1)',
  '<iframe src=javascript:alert(1)>',
  '<body onload=alert(1)>',
  '{{constructor.constructor("alert(1)")()}}',
  '${alert(1)}',
  '<details open ontoggle=alert(1)>',
  '<math><mi xlink:href="javascript:alert(1)">x',
  '../../etc/passwd',
  "' OR 1=1 --",
  'x'.repeat(5000),
  '\u202Egnp.exe',
  '🙂<b>bold</b>',
  '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '<style>*{display:none}</style>',
  'data:text/html,<script>alert(1)</script>',
  '<img src=x:x onerror=alert(1)//',
];

for (const value of HOSTILE) {
  test(`the hostile finder parameter ${JSON.stringify(value.slice(0, 40))} is shown as text in a note and never run`, async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    for (const name of ['os', 'arch', 'fw']) {
      await page.goto(at(`/finder/?${name}=${encodeURIComponent(value)}`));
      const note = page.locator('[data-ignored]');
      await expect(note, `${name}=${value.slice(0, 30)}`).toBeVisible();
      await expect(note).toContainText('not understood and is ignored');
      await expect(note.locator('*')).toHaveCount(0);
      await expect(page.locator('fix-finder img, fix-finder iframe, fix-finder svg, fix-finder details, fix-finder b, fix-finder style')).toHaveCount(0);
      await expect(page.getByLabel('1. Windows version')).toBeVisible();
    }
    expect(dialogs).toEqual([]);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the finder page still links every combination, grouped by Windows', async ({ page }) => {
    await page.goto(at('/finder/'));
    // The form cannot answer without JavaScript, so it stays hidden rather than pretend to work.
    await expect(page.locator('[data-finder-form]')).toBeHidden();
    for (const pair of REFERENCE_PAIRS) {
      await expect(page.locator(`a[href="${at(`/fix/${pair.os}/${pair.framework}/`)}"]`)).toHaveCount(1);
    }
  });
});

test('a combination page opens its answer in the finder, which links back', async ({ page }) => {
  await page.goto(at('/fix/windows-xp-sp2-sp3-x86/net-1-1-sp1/'));
  await page.getByRole('link', { name: 'Open this answer in the fix finder' }).click();
  await expect(page).toHaveURL(at('/finder/?os=windows-xp-sp2-sp3&arch=x86&fw=net-1-1-sp1'));
  await answer(page).getByRole('link', { name: 'For .NET Framework 1.1 Service Pack 1' }).click();
  await expect(page).toHaveURL(at('/fix/windows-xp-sp2-sp3-x86/net-1-1-sp1/'));
});

test('the finder on the home page answers too', async ({ page }) => {
  await page.goto(at('/'));
  await choose(page, 'windows-server-2003-sp2', 'x86', ['net-1-1-sp1']);
  await expect(answer(page).getByRole('region', { name: 'Install KB953298' })).toContainText('WindowsServer2003-KB953298-x86-ENU');
});

for (const [state, path] of Object.entries({
  empty: '/finder/',
  answered: '/finder/?os=windows-xp-sp2-sp3&arch=x86&fw=net-1-1-sp1,net-2-0,net-3-0',
  error: '/finder/?os=%3Cscript%3E&fw=nope',
})) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`axe finds nothing in the finder's ${state} state in ${scheme} mode`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(at(path));
      await expect(page.locator('[data-finder-form]')).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }
}
