import { readFileSync } from 'node:fs';
import { expectNoAxeViolationsInBothSchemes } from '../axe';
import { expect, test } from '@playwright/test';
import { distPage, textOf } from '../dist';

/** Exit codes the research notes set in bold (section 1), typed by hand. */
const PATCH_CODES = [
  1603, 1605, 1618, 1619, 1620, 1624, 1625, 1633, 1635, 1636, 1638, 1639, 1641, 1642, 1643, 1644,
  1645, 3010,
];
/** Log messages the notes list as explaining a 1603 (section 2.1), a sample typed by hand. */
const LOG_MESSAGES = [1304, 1306, 1324, 1406, 1706, 1722, 1935, 2203, 2336, 2755];

// What an error page shows is fixed at build time: read from dist/. The browser is kept for the
// redirects, the 404 page's script and axe.
const errorPage = (address: string) => distPage(address)!;
const main = (address: string) => errorPage(address).querySelector('main')!;
const headingTexts = (address: string) => main(address).querySelectorAll('h1, h2, h3').map(textOf);
/** The list or paragraph that follows a section heading (AnchorHeading wraps the heading). */
const afterHeading = (address: string, id: string) =>
  errorPage(address).querySelector(`#${id}`)!.parentNode!.nextElementSibling!;
const linksIn = (element: ReturnType<typeof main>) =>
  element.querySelectorAll('a').map((a) => ({ text: textOf(a), href: a.getAttribute('href') }));

test('the page of 1603 shows its decimal, hex and HRESULT forms and its symbolic name', () => {
  expect(textOf(main('/errors/1603/').querySelector('h1')!)).toBe(
    'Error 1603 (0x643): ERROR_INSTALL_FAILURE',
  );
  const forms = main('/errors/1603/')
    .querySelectorAll('table')
    .find((table) => textOf(table.querySelector('caption')!) === 'How this code is written')!;
  for (const form of ['1603', '0x643', '0x80070643', '-2147023293', '2147944003'])
    expect(textOf(forms)).toContain(form);
});

test('the page of 1603 shows the exit code and the Info 1603 line apart, with the warning', () => {
  expect(textOf(main('/errors/1603/').querySelector('[role="note"]')!)).toContain(
    'One number, 2 meanings',
  );
  expect(headingTexts('/errors/1603/')).toEqual(
    expect.arrayContaining([
      'As an exit code: ERROR_INSTALL_FAILURE',
      'In a setup log: Info 1603.',
    ]),
  );
  expect(textOf(main('/errors/1603/'))).toContain(
    'File [2][3] is held in use by process Name [4], Id [5], Window Title [6].',
  );
});

test('the page of 1603 gives causes and fixes that lead to the guides', () => {
  expect(afterHeading('/errors/1603/', 'causes').tagName).toBe('UL');
  expect(textOf(afterHeading('/errors/1603/', 'causes'))).toContain('KB 923100');
  const fixes = linksIn(afterHeading('/errors/1603/', 'fix'));
  expect(fixes).toContainEqual({
    text: 'Install the .NET security update by hand',
    href: '/guides/install-the-update-by-hand/',
  });
  expect(fixes).toContainEqual({
    text: 'Remove and reinstall .NET Framework in the right order',
    href: '/guides/reinstall-dotnet-in-order/',
  });
});

const ALIASES = [
  ['/errors/0x643/', '/errors/1603/'],
  ['/errors/0x80070643/', '/errors/1603/'],
  ['/errors/0x652/', '/errors/1618/'],
  ['/errors/0x80070652/', '/errors/1618/'],
] as const;

test('the hex and HRESULT addresses of 1603 and 1618 forward to the decimal page, in the page and in _redirects', () => {
  const redirects = readFileSync('dist/_redirects', 'utf8').split('\n');
  for (const [alias, target] of ALIASES) {
    expect(
      errorPage(alias).querySelector('meta[http-equiv="refresh"]')?.getAttribute('content'),
      alias,
    ).toBe(`0; url=${target}`);
    expect(redirects, alias).toContain(`${alias} ${target} 301`);
  }
});

test('/errors/0x80070643/ opened in the browser leads to /errors/1603/', async ({ page }) => {
  await page.goto('/errors/0x80070643/');
  await expect(page).toHaveURL('/errors/1603/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Error 1603 (0x643): ERROR_INSTALL_FAILURE',
  );
});

/** The label of the hex row in a page's table of written forms. */
const hexLabel = (address: string) =>
  main(address)
    .querySelectorAll('th')
    .map(textOf)
    .find((label) => label.startsWith('Hexadecimal'));

test('only a failing exit code labels its hex as what Windows Update shows', () => {
  expect(hexLabel('/errors/1603/')).toBe('Hexadecimal (Windows Update)');
  for (const address of ['/errors/5/', '/errors/2/', '/errors/0/', '/errors/3010/'])
    expect(hexLabel(address), address).toBe('Hexadecimal');
});

test('a message-only page does not say its number is no code a program returns', () => {
  // Reference §1: msiexec can return any code from Winerror.h, besides its own exit codes.
  for (const code of [1709, 1720, 1721, 1724, 1725, 1728, 1729]) {
    const text = textOf(main(`/errors/${code}/`));
    expect(text).not.toContain('not a code that a program returns');
    expect(text).toContain('any code from Winerror.h can be returned too');
  }
});

test('1653 shows the name conflict between the Installer and Win32 lists', () => {
  const text = textOf(main('/errors/1653/'));
  for (const shown of ['ERROR_ROLLBACK_DISABLED', 'Name conflict', 'ERROR_FAIL_FAST_EXCEPTION'])
    expect(text).toContain(shown);
});

test('1935 is a message in a setup log, with its Win32 meaning shown apart', () => {
  expect(textOf(main('/errors/1935/').querySelector('h1')!)).toBe('Error 1935 in a setup log');
  expect(main('/errors/1935/').querySelector('[role="note"]')).not.toBeNull();
  expect(headingTexts('/errors/1935/')).toContain(
    'In the Win32 list of system errors: ERROR_AUTHENTICATION_FIREWALL_FAILED',
  );
  expect(textOf(main('/errors/1935/').querySelector('.lead')!)).toContain(
    'An error occurred installing assembly [6].',
  );
});

test('a number with no documented cause says so', () => {
  const after = afterHeading('/errors/1625/', 'causes');
  expect(after.tagName).toBe('P');
  expect(textOf(after)).toBe(
    "No source this site relies on gives a cause beyond Microsoft's meaning above.",
  );
});

test('an unconfirmed fact carries the Unconfirmed mark and its reason', () => {
  const fact = main('/errors/1708/')
    .querySelectorAll('li')
    .find((li) => textOf(li).includes('In logs it is seen as'))!;
  expect(fact.querySelectorAll('[data-unconfirmed]').map(textOf)).toContain('Unconfirmed');
  expect(textOf(fact)).toContain(
    "Seen in community logs; Microsoft's own example shows the same pattern with 1724.",
  );
});

test('the index lists every exit code that matters for patches, each linked to its page', () => {
  const exitCodes = linksIn(
    errorPage('/errors/').querySelector('#index-exit-code')!.closest('section')!,
  );
  for (const code of PATCH_CODES)
    expect(exitCodes).toContainEqual({ text: String(code), href: `/errors/${code}/` });
});

test('the list of numbers in setup logs holds the log messages that explain a 1603', () => {
  const messages = linksIn(
    errorPage('/errors/in-logs/').querySelector('#index-log-message')!.closest('section')!,
  );
  for (const code of LOG_MESSAGES)
    expect(messages).toContainEqual({ text: String(code), href: `/errors/${code}/` });
});

test('1602 and 1608 to 1611 are log messages too, listed with them, with no text the sources do not give', () => {
  // Reference §1: exit codes; §2: ship messages are numbered 1000 to 1999, with no text restated for these.
  const messages = linksIn(
    errorPage('/errors/in-logs/').querySelector('#index-log-message')!.closest('section')!,
  );
  for (const code of [1602, 1608, 1609, 1610, 1611]) {
    expect(messages).toContainEqual({ text: String(code), href: `/errors/${code}/` });
    expect(headingTexts(`/errors/${code}/`)).toContain(`In a setup log: Error ${code}.`);
    expect(textOf(main(`/errors/${code}/`))).toContain(
      "The sources this site relies on do not restate this message's text; the log line itself carries it.",
    );
  }
});

test('the two error lists lead to each other, and each holds only its own kinds of number', () => {
  const exitCodes = errorPage('/errors/');
  const inLogs = errorPage('/errors/in-logs/');
  expect(exitCodes.querySelectorAll('main a').map((a) => a.getAttribute('href'))).toContain(
    '/errors/in-logs/',
  );
  expect(inLogs.querySelectorAll('main a').map((a) => a.getAttribute('href'))).toContain(
    '/errors/',
  );
  expect(exitCodes.querySelectorAll('section h2').map(textOf)).toEqual([
    'Exit codes of Windows Installer',
  ]);
  expect(inLogs.querySelectorAll('section h2').map(textOf)).toEqual([
    'Messages in setup logs',
    'Win32 system errors',
  ]);
});

test('1655 to 1660 have no page, since no source documents them', () => {
  for (const code of [1655, 1660]) expect(distPage(`/errors/${code}/`), String(code)).toBeNull();
});

test('an address with no page is answered by the not-found page', async ({ page }) => {
  const response = await page.goto('/errors/1655/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page does not exist');
});

test('a missing /errors/0x64c/ offers the decoder and the page of 1612', async ({ page }) => {
  await page.goto('/errors/0x64c/');
  await expect(page.getByRole('link', { name: 'Decode 0x64c' })).toHaveAttribute(
    'href',
    '/tools/error-code/?code=0x64c',
  );
  await expect(
    page.getByRole('main').locator('[data-results] > li').first().getByRole('link'),
  ).toHaveAttribute('href', '/errors/1612/');
});

test.describe('on a 375 px wide phone', () => {
  test.use({ viewport: { width: 375, height: 740 } });
  test('a missing /errors/ address of 10,000 digits is named shortened, within the screen', async ({
    page,
  }) => {
    await page.goto(`/errors/${'1'.repeat(10_000)}/`);
    await expect(page.locator('error-code-hint')).toContainText(
      `“${'1'.repeat(40)}… (10,000 characters)” looks like an error code.`,
    );
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      375,
    );
  });
});

test('the not-found page ends with </html>: its script is inside the page', () => {
  const html = readFileSync('dist/404.html', 'utf8');
  expect(html.slice(html.lastIndexOf('</html>'))).toBe('</html>');
  expect(html.slice(html.lastIndexOf('<script'))).toMatch(
    /^<script[^]*<\/script>[^]*<\/body><\/html>$/,
  );
});

test('the header leads to the error-code index', () => {
  const nav = errorPage('/').querySelector('nav[aria-label="Main"]')!;
  expect(linksIn(nav)).toContainEqual({ text: 'Error codes', href: '/errors/' });
});

test('the KB953297 page links the error pages from its logs section', () => {
  expect(linksIn(main('/kb/953297/'))).toContainEqual({
    text: 'error 1603',
    href: '/errors/1603/',
  });
});

test('the 0x643 guide links the page of error 1603', () => {
  expect(
    afterHeading('/guides/error-0x643-1603/', 'error-codes')
      .querySelector('a')
      ?.getAttribute('href'),
  ).toBe('/errors/1603/');
});

/** The statements (list items, paragraphs) of a page's main part that hold `text`. */
const statementsWith = (address: string, text: string) =>
  main(address)
    .querySelectorAll('li, p')
    .filter((element) => textOf(element).includes(text));
/** How the site names its own arithmetic in a source note (src/content-model/error-sources.ts, reference §1.1 "Derived"). */
const ARITHMETIC = "(Source: This site's own arithmetic)";

test('the 2743 page says Microsoft calls Info 2743 lines usually harmless, and not Error 2743 lines', () => {
  const [statement] = statementsWith('/errors/2743/', 'usually do not point at a setup problem');
  expect(textOf(statement)).toContain(
    'Microsoft says Info 2743. lines appear in many logs and usually do not point at a setup problem.',
  );
  expect(textOf(statement)).toContain(
    'It says this of Info 2743. lines only, not of Error 2743. lines.',
  );
  expect(textOf(main('/errors/2743/'))).not.toContain('lines with this number usually');
});

test('the 2898 and 2726 pages, Info lines, say Microsoft calls their lines usually harmless, with its Office article as source', () => {
  for (const code of [2898, 2726]) {
    const [statement] = statementsWith(
      `/errors/${code}/`,
      'usually do not point at a setup problem',
    );
    expect(textOf(statement), String(code)).toContain(
      `Microsoft says Info ${code}. lines appear in many logs`,
    );
    expect(textOf(statement), String(code)).toContain('Office setup issues');
    expect(textOf(statement), String(code)).not.toContain('lines only');
  }
});

test('the 1603 page credits 0x80070643 to KB 976982 and no signed number to it', () => {
  const credited = statementsWith('/errors/1603/', 'KB 976982');
  expect(credited.some((statement) => textOf(statement).includes('0x80070643'))).toBe(true);
  expect(credited.filter((statement) => textOf(statement).includes('-2147023293'))).toEqual([]);
});

test('the 5 page credits -2147024891 to the site arithmetic and E_ACCESSDENIED to the COM error codes', () => {
  const [signed] = statementsWith('/errors/5/', '-2147024891');
  expect(textOf(signed)).toContain(ARITHMETIC);
  expect(textOf(signed)).not.toContain('COM Error Codes');
  const [named] = statementsWith('/errors/5/', 'E_ACCESSDENIED');
  expect([
    textOf(named).includes('COM Error Codes'),
    textOf(named).includes('-2147024891'),
  ]).toEqual([true, false]);
});

test('the 32 page credits 0x80070020 to the site arithmetic, not to KB 2263996', () => {
  const [hresult] = statementsWith('/errors/32/', '0x80070020');
  expect([textOf(hresult).includes(ARITHMETIC), textOf(hresult).includes('KB 2263996')]).toEqual([
    true,
    false,
  ]);
});

test('the decoder credits -2147023293 as 0x80070643 to the site arithmetic, not to the COM error codes', () => {
  const [signed] = distPage('/tools/error-code/')!
    .querySelectorAll('main p')
    .filter((p) => textOf(p).includes('-2147023293') && textOf(p).includes('Source'));
  const text = textOf(signed);
  expect(text.indexOf(ARITHMETIC)).toBeGreaterThan(text.indexOf('-2147023293'));
  expect(text.indexOf('COM Error Codes')).toBeGreaterThan(text.indexOf(ARITHMETIC));
});

test('a returned code no source ties to the .NET security updates gives its HRESULT as the site arithmetic, with no claim about Windows Update', () => {
  for (const [code, hresult] of [
    [1612, '0x8007064C'],
    [1935, '0x8007078F'],
  ] as const) {
    const section =
      textOf(afterHeading(`/errors/${code}/`, 'for-security-updates')) +
      ' ' +
      textOf(afterHeading(`/errors/${code}/`, 'for-security-updates').nextElementSibling!);
    expect(section, String(code)).toContain(`${code} is ${hresult}. ${ARITHMETIC}`);
    expect(section, String(code)).not.toContain('Windows Update writes');
  }
});

test('the 1603 page says what it means for a .NET security update, crediting the setup team’s post on MS09-061', () => {
  expect(headingTexts('/errors/1603/')).toContain('What it means for a .NET security update');
  const facts = afterHeading('/errors/1603/', 'for-security-updates');
  expect(textOf(facts)).toContain(
    'Source: Suggestions for resolving installation errors for .NET Framework security update MS09-061',
  );
});

test('a page whose sources say nothing of the security updates names the bulletins the site covers', () => {
  // MS09-061 is the first bulletin of the content; any later one is named after it.
  expect(textOf(afterHeading('/errors/1612/', 'for-security-updates'))).toMatch(
    /^The sources say nothing about 1612 and the updates of MS09-061\b.* in particular\.$/,
  );
  expect(textOf(main('/errors/1612/'))).toMatch(
    /If an update of MS09-061\b.* failed and you are not sure why, start with What error 0x643/,
  );
});

test('the index says the research notes that single out codes for patches were written for MS09-061', () => {
  const intro = errorPage('/errors/')
    .querySelector('#index-exit-code')!
    .closest('section')!
    .querySelector('p')!;
  expect(textOf(intro)).toContain(
    'Codes marked “patches” are those this site’s research notes, written for MS09-061, single out for updates.',
  );
});

test('the 1603 page says the Return value 3 line marks the failed action, not a line above it', () => {
  const [search] = statementsWith('/errors/1603/', 'return value 3');
  expect(textOf(search)).toContain('that line marks the action that failed');
  expect(textOf(main('/errors/1603/'))).not.toContain('just above');
});

test('exit-code meanings read as sentences, with the Win32 wording apart and credited to the Win32 list', () => {
  expect(textOf(main('/errors/1618/').querySelector('.lead')!)).toBe(
    "Another installation is already in progress; finish it first. Microsoft's list of exit codes points to the _MSIExecute mutex.",
  );
  for (const code of [1633, 1640, 1643, 1644]) {
    expect(textOf(main(`/errors/${code}/`)), String(code)).not.toContain('Win32 page');
    const [win32] = statementsWith(`/errors/${code}/`, "Microsoft's list of Win32 system errors");
    expect(textOf(win32), String(code)).toContain('(Source: System Error Codes)');
  }
});

test('a source read through an archive copy is named Microsoft (archive copy), with a capital M', () => {
  const [archived] = statementsWith('/errors/1603/', 'encrypted folder');
  expect(textOf(archived)).toContain('KB 834484: causes of error 1603, Microsoft (archive copy))');
});

test('the index marks 1603 with the patches badge and not 1602 or 1612, which the research notes leave in plain type', () => {
  const line = (code: number) =>
    errorPage('/errors/')
      .querySelectorAll('#index-exit-code ~ ul > li, section li')
      .find((li) => li.querySelector('a')?.getAttribute('href') === `/errors/${code}/`)!;
  expect([1603, 1602, 1612].map((code) => textOf(line(code)).endsWith('patches'))).toEqual([
    true,
    false,
    false,
  ]);
});

const AXE_PAGES = {
  'exit-code page with two meanings (1603)': '/errors/1603/',
  'exit-code page with a name conflict (1653)': '/errors/1653/',
  'log-message page (2203)': '/errors/2203/',
  'system-error page (5)': '/errors/5/',
  'error index': '/errors/',
  'index of numbers in setup logs': '/errors/in-logs/',
};

for (const [name, path] of Object.entries(AXE_PAGES)) {
  test(`axe finds nothing on the ${name} in light and dark mode`, async ({ page }) => {
    await page.goto(path);
    await expectNoAxeViolationsInBothSchemes(page);
  });
}
