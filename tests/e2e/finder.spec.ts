import { expectNoAxeViolationsInBothSchemes } from '../axe';
import { expect, test, type Page } from '@playwright/test';
import { REFERENCE_PAIRS } from '../fixtures/reference-rows';
import { at, holdRequests, recordDialogs } from '../site';

const IE8_XP =
  'Mozilla/4.0 (compatible; MSIE 8.0; Windows NT 5.1; Trident/4.0; .NET CLR 1.1.4322; .NET CLR 2.0.50727; .NET CLR 3.0.4506.2152; .NET CLR 3.5.30729)';

/** Release and architecture of each OS entry, as the finder's menus offer them. */
const OS_CHOICES: Record<string, { release: string; arch: string }> = Object.fromEntries(
  [
    'windows-2000-sp4-x86',
    'windows-xp-sp2-sp3-x86',
    'windows-server-2003-sp2-x86',
    'windows-server-2003-sp2-x64',
    'windows-server-2003-sp2-ia64',
    'windows-vista-rtm-x86',
    'windows-vista-rtm-x64',
    'windows-vista-sp1-x86',
    'windows-vista-sp1-x64',
    'windows-vista-sp2-x86',
    'windows-vista-sp2-x64',
    'windows-server-2008-rtm-x86',
    'windows-server-2008-rtm-x64',
    'windows-server-2008-rtm-ia64',
    'windows-server-2008-sp2-x86',
    'windows-server-2008-sp2-x64',
    'windows-server-2008-sp2-ia64',
  ].map((id) => {
    const arch = id.slice(id.lastIndexOf('-') + 1);
    return [id, { release: id.slice(0, id.lastIndexOf('-')), arch }];
  }),
);
OS_CHOICES['windows-xp-professional-x64-sp2'] = {
  release: 'windows-xp-professional-x64-sp2',
  arch: 'x64',
};

const finder = (page: Page) => page.locator('fix-finder');
const answer = (page: Page) => finder(page).locator('[data-answer]');

async function choose(page: Page, release: string, arch: string, frameworks: string[]) {
  await page.getByLabel('1. Windows version').selectOption(release);
  await page.getByLabel('2. Architecture').selectOption(arch);
  for (const box of await page.locator('input[name="fw"]:checked').all()) await box.uncheck();
  for (const fw of frameworks) await page.locator(`input[name="fw"][value="${fw}"]`).check();
}

/**
 * The finder's answers for every pair of the reference are checked by the unit tests of
 * answerFinder (tests/unit/features/finder/answer.test.ts) and, through the same table, by the fix pages
 * read from dist/. In the browser, one pair per architecture and kind of package is enough to
 * show that choices, address and answer card are wired to that logic.
 */
const BROWSER_SAMPLE = REFERENCE_PAIRS.filter(
  (pair) =>
    pair.row === 1 || // Windows 2000, .exe
    pair.row === 4 || // .NET 1.0 SP3, only some XP editions
    pair.row === 8 || // the x86 package of .NET 1.1 on x64 Windows
    pair.row === 11 || // update.exe package of Server 2003
    (pair.row === 19 && pair.framework === 'net-2-0-sp2') || // Itanium .exe
    pair.row === 21 || // Vista .msu
    pair.row === 31 || // x64 .msu
    pair.row === 45, // Itanium .msu
);
/** Packages of their own for 64-bit Windows, whose FamilyID the localized bulletins share with x86 (facts, section 2). */
const OWN_64_BIT_PACKAGE = /-(x64|ia64)$/;

test("one pair per architecture and kind of package, chosen in the finder, shows the reference's KB, package and downloads", async ({
  page,
}) => {
  expect(BROWSER_SAMPLE).toHaveLength(8);
  await page.goto(at('/finder/'));
  for (const pair of BROWSER_SAMPLE) {
    const { release, arch } = OS_CHOICES[pair.os];
    await choose(page, release, arch, [pair.framework]);
    const card = answer(page).getByRole('region', { name: `Install KB${pair.kb}` });
    await expect(card, `row ${pair.row}: ${pair.os} ${pair.framework}`).toContainText(
      pair.installer,
    );
    await expect(card.getByRole('link', { name: `KB${pair.kb}`, exact: true })).toHaveAttribute(
      'href',
      at(`/kb/${pair.kb}/`),
    );
    await expect(
      card.getByRole('link', { name: `Search the Update Catalog for KB${pair.kb}` }),
    ).toBeVisible();
    await expect(page).toHaveURL(at(`/finder/?os=${release}&arch=${arch}&fw=${pair.framework}`));
    await expect(
      card.locator('p', { hasText: 'still offers the file' }).locator('[data-unconfirmed]'),
    ).toHaveCount(1);
    await expect(
      card.locator('p', { hasText: 'Download Center FamilyID' }).locator('[data-unconfirmed]'),
    ).toHaveCount(OWN_64_BIT_PACKAGE.test(pair.installer) ? 1 : 0);
  }
});

test('Windows XP with .NET 1.1 and 2.0 reaches both downloads, and the copied link shows a colleague the same answer', async ({
  page,
  context,
}) => {
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
  expect(link).toBe(
    new URL(at('/finder/?os=windows-xp-sp2-sp3&arch=x86&fw=net-1-1-sp1,net-2-0'), page.url()).href,
  );

  const colleague = await context.newPage();
  await colleague.goto(link);
  await expect(answer(colleague).getByRole('region', { name: 'Install KB953297' })).toBeVisible();
  await expect(answer(colleague).getByRole('link', { name: 'KB974417' })).toBeVisible();
  await expect(colleague.getByRole('checkbox', { name: '2.0', exact: true })).toBeChecked();
});

test('the setup-log folder of KB974417, which no source names, carries the Unconfirmed mark in the answer', async ({
  page,
}) => {
  await page.goto(at('/finder/?os=windows-xp-sp2-sp3&arch=x86&fw=net-2-0-sp2'));
  const folder = answer(page)
    .getByRole('region', { name: 'Install KB974417' })
    .locator('p', { hasText: 'whose name contains KB974417' });
  await expect(folder.locator('[data-unconfirmed]')).toHaveCount(1);
  await expect(folder).toContainText('No source names the exact folder for this update.');
});

test('3.5 SP1 on Windows Vista SP2 leads to KB974470, explaining the bulletin\'s "not affected" by the 2.0 SP2 of Windows', async ({
  page,
}) => {
  await page.goto(at('/finder/?os=windows-vista-sp2&arch=x86&fw=net-3-5-sp1'));
  const card = answer(page).getByRole('region', { name: 'Install KB974470' });
  await expect(card).toContainText(
    'Windows Vista SP2 includes .NET 2.0 SP2 as part of Windows, so it needs KB974470 whatever else is installed.',
  );
  await expect(card.getByRole('link', { name: /KB 2696944/ })).toHaveAttribute(
    'href',
    'https://support.microsoft.com/kb/2696944',
  );
  await expect(answer(page)).toContainText(
    'The bulletin lists .NET Framework 3.5 Service Pack 1 as not affected on Windows Vista Service Pack 2 (32-bit): the .NET 2.0 SP2 it runs on is part of Windows there',
  );
});

test('Windows 7 gets the plain answer that no .NET update of MS09-061 applies since revision 1.4', async ({
  page,
}) => {
  await page.goto(at('/finder/?os=windows-7&arch=x64&fw=net-1-1-sp1'));
  const ms09061 = answer(page).getByRole('region', { name: /^MS09-061 for / });
  await expect(ms09061).toContainText(
    "No .NET Framework update of MS09-061 applies to Windows 7 x64 (no service pack) since the bulletin's revision 1.4",
  );
  await expect(ms09061.getByRole('region', { name: /^Install KB/ })).toHaveCount(0);
  // MS10-070 lists no 1.1 SP1 update on Windows 7, but one for the 3.5.1 that Windows itself carries.
  const ms10070 = answer(page).getByRole('region', { name: /^MS10-070 for / });
  await expect(ms10070).toContainText(
    'The bulletin lists no update for .NET Framework 1.1 Service Pack 1 on Windows 7 x64 (no service pack).',
  );
  await expect(ms10070.getByRole('region', { name: 'Install KB2416471' })).toContainText(
    'Windows 7 (no service pack) includes .NET 3.5.1 as part of Windows',
  );
});

test(
  "a shared link for Windows XP with .NET 1.1 SP1 shows KB953297 and its package before the finder's code or table loads",
  { tag: '@base-path' },
  async ({ page }) => {
    // Held back, not refused: the saved answer alone must be on screen while they are still on their way.
    const { release } = await holdRequests(page, /fix-finder-answer|finder\/table\.json/);
    await page.goto(at('/finder/?os=windows-xp-sp2-sp3&arch=x86&fw=net-1-1-sp1'));
    const card = answer(page).getByRole('region', { name: 'Install KB953297' });
    await expect(card.getByRole('link', { name: 'KB953297', exact: true })).toHaveAttribute(
      'href',
      at('/kb/953297/'),
    );
    await expect(card).toContainText('NDP1.1SP1-KB953297-x86');
    await expect(card.getByRole('link', { name: /^For .NET Framework 1.1/ })).toHaveAttribute(
      'href',
      at('/fix/ms09-061/windows-xp-sp2-sp3-x86/net-1-1-sp1/'),
    );
    await expect(page.getByRole('checkbox', { name: '1.1 SP1' })).toBeChecked();
    release();
  },
);

test('a choice made while a shared link is still being answered wins over the link', async ({
  page,
}) => {
  // The saved answer, the finder's code and its table are held back until the visitor has chosen.
  let holding = true;
  const held: (() => void)[] = [];
  await page.route(/fix-finder-answer|finder\/table\.json|finder\/answers\//, (route) =>
    holding
      ? new Promise<void>((resolve) => held.push(resolve)).then(() => route.continue())
      : route.continue(),
  );
  await page.goto(at('/finder/?os=windows-xp-sp2-sp3&arch=x86&fw=net-1-1-sp1'));
  await choose(page, 'windows-xp-sp2-sp3', 'x86', ['net-2-0-sp2']);
  holding = false;
  for (const release of held) release();
  await expect(answer(page).getByRole('region', { name: 'Install KB974417' })).toBeVisible();
  await expect(answer(page).getByRole('region', { name: 'Install KB953297' })).toHaveCount(0);
  await expect(page.getByRole('checkbox', { name: '1.1 SP1' })).not.toBeChecked();
  await expect(page).toHaveURL(/fw=net-2-0-sp2/);
});

test('a shared link whose saved answer cannot be fetched is answered by the finder itself', async ({
  page,
}) => {
  await page.route(/finder\/answers\//, (route) => route.abort());
  await page.goto(at('/finder/?os=windows-xp-sp2-sp3&arch=x86&fw=net-1-1-sp1'));
  await expect(answer(page).getByRole('region', { name: 'Install KB953297' })).toContainText(
    'NDP1.1SP1-KB953297-x86',
  );
});

test.describe('with Internet Explorer 8 on Windows XP', () => {
  test.use({ userAgent: IE8_XP });
  test('the finder pre-selects XP, x86 and the .NET versions the browser reports, and says so', async ({
    page,
  }) => {
    await page.goto(at('/finder/'));
    await expect(page.getByText('Detected from your browser — change if wrong')).toBeVisible();
    // Which .NET service pack a browser's tokens mean is partly unconfirmed (facts, section 6).
    await expect(page.locator('[data-detected] [data-unconfirmed]')).toHaveCount(1);
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

test('a browser on another system gets no pre-selection and a short explanation', async ({
  page,
}) => {
  await page.goto(at('/finder/'));
  await expect(
    page.getByText(
      'Your browser does not report a Windows version that MS09-061 and MS10-070 cover',
    ),
  ).toBeVisible();
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

/**
 * Every hostile value is parsed by readFinderState's unit tests (tests/unit/features/finder/state.test.ts);
 * the browser shows that the notice renders them as text. All three parameters go in one address.
 */
const HOSTILE = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'><svg onload=alert(1)>",
  '<details open ontoggle=alert(1)>',
  '<style>*{display:none}</style>',
  '🙂<b>bold</b>',
  '\u202Egnp.exe',
  'x'.repeat(5000),
];

test('hostile finder parameters are shown as text in a note and never run', async ({ page }) => {
  const dialogs = recordDialogs(page);
  for (const value of HOSTILE) {
    const encoded = encodeURIComponent(value);
    await page.goto(at(`/finder/?os=${encoded}&arch=${encoded}&fw=${encoded}`));
    const note = page.locator('[data-ignored]');
    await expect(note, value.slice(0, 30)).toContainText('not understood and is ignored');
    await expect(note.locator('*')).toHaveCount(0);
    await expect(
      page.locator(
        'fix-finder img, fix-finder iframe, fix-finder svg, fix-finder details:not([data-registry]), fix-finder b, fix-finder style',
      ),
    ).toHaveCount(0);
    await expect(page.getByLabel('1. Windows version')).toBeVisible();
  }
  expect(dialogs).toEqual([]);
});

/** Every address the page asks for, and every console error and uncaught exception, from now on. */
function recordTraffic(page: Page) {
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return { requests, errors };
}

for (const [label, os, shown] of [
  ['"constructor"', 'constructor', 'os “constructor”'],
  ['10,000 digits', '7'.repeat(10_000), `os “${'7'.repeat(40)}… (10,000 characters)”`],
] as const) {
  test(`a shared link naming an unknown Windows (${label}) fetches no saved answer and says it was ignored`, async ({
    page,
  }) => {
    const traffic = recordTraffic(page);
    await page.goto(at(`/finder/?os=${os}&arch=x86`));
    const note = page.locator('[data-ignored]');
    await expect(note).toContainText('not understood and is ignored');
    await expect(note).toContainText(shown);
    expect(traffic.requests.filter((url) => url.includes('/finder/answers/'))).toEqual([]);
    expect(traffic.errors).toEqual([]);
  });
}

test.describe('on a 375 px wide phone', () => {
  test.use({ viewport: { width: 375, height: 740 } });
  test('the note on an ignored 10,000-digit value keeps the page within the screen', async ({
    page,
  }) => {
    await page.goto(at(`/finder/?os=${'7'.repeat(10_000)}&arch=x86`));
    await expect(page.locator('[data-ignored]')).toContainText('(10,000 characters)');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      375,
    );
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the finder page still links every fix, grouped by Windows', async ({ page }) => {
    await page.goto(at('/finder/'));
    // The form cannot answer without JavaScript, so it stays hidden rather than pretend to work.
    await expect(page.locator('[data-finder-form]')).toBeHidden();
    for (const pair of REFERENCE_PAIRS) {
      await expect(
        page.locator(`a[href="${at(`/fix/ms09-061/${pair.os}/${pair.framework}/`)}"]`),
      ).toHaveCount(1);
    }
  });
});

test('a fix page opens its answer in the finder, which links back', async ({ page }) => {
  await page.goto(at('/fix/ms09-061/windows-xp-sp2-sp3-x86/net-1-1-sp1/'));
  await page.getByRole('link', { name: 'open this answer in it' }).click();
  await expect(page).toHaveURL(at('/finder/?os=windows-xp-sp2-sp3&arch=x86&fw=net-1-1-sp1'));
  await answer(page)
    .getByRole('region', { name: /^MS09-061 for / })
    .getByRole('link', { name: 'For .NET Framework 1.1 Service Pack 1' })
    .click();
  await expect(page).toHaveURL(at('/fix/ms09-061/windows-xp-sp2-sp3-x86/net-1-1-sp1/'));
});

test('the finder on the home page answers too', async ({ page }) => {
  await page.goto(at('/'));
  await choose(page, 'windows-server-2003-sp2', 'x86', ['net-1-1-sp1']);
  await expect(answer(page).getByRole('region', { name: 'Install KB953298' })).toContainText(
    'WindowsServer2003-KB953298-x86-ENU',
  );
});

for (const [state, path] of Object.entries({
  empty: '/finder/',
  answered: '/finder/?os=windows-xp-sp2-sp3&arch=x86&fw=net-1-1-sp1,net-2-0,net-3-0',
  error: '/finder/?os=%3Cscript%3E&fw=nope',
})) {
  test(`axe finds nothing in the finder's ${state} state in light and dark mode`, async ({
    page,
  }) => {
    await page.goto(at(path));
    await expect(page.locator('[data-finder-form]')).toBeVisible();
    await expectNoAxeViolationsInBothSchemes(page);
  });
}
