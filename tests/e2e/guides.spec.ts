import { expect, test } from '@playwright/test';
import { distPage, textOf } from '../dist';
import { at } from '../site';

test(
  'a guide heading anchor link, opened in a new page, scrolls to that heading',
  { tag: '@base-path' },
  async ({ page, context }) => {
    await page.goto(at('/guides/reinstall-dotnet-in-order/'));
    const heading = page.getByRole('heading', { level: 2 }).nth(2);
    const id = await heading.getAttribute('id');
    const anchor = page.locator(`a[href="#${id}"]`);
    await expect(anchor).toHaveCount(1);
    const shared = new URL(`#${id}`, page.url()).toString();

    const colleague = await context.newPage();
    await colleague.setViewportSize({ width: 1000, height: 600 });
    await colleague.goto(shared);
    const target = colleague.locator(`#${id}`);
    await expect(target).toBeInViewport();
    expect(await colleague.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  },
);

test('the guides index lists every guide in reading order', () => {
  const links = distPage('/guides/')!
    .querySelectorAll('article li a')
    .map((a) => a.getAttribute('href'));
  // The order the error guide itself recommends: understand, install by hand, read the logs, reinstall.
  expect(links).toEqual([
    '/guides/error-0x643-1603/',
    '/guides/install-the-update-by-hand/',
    '/guides/read-the-setup-logs/',
    '/guides/reinstall-dotnet-in-order/',
  ]);
});

const setupLogsGuide = () => distPage('/guides/read-the-setup-logs/')!.querySelector('main')!;

/** The guides that spoke of MS09-061 alone until MS10-070 was added, at their unchanged addresses. */
const GUIDES_FOR_BOTH_BULLETINS = {
  '/guides/error-0x643-1603/': 'What error 0x643 or 1603 means for a .NET security update',
  '/guides/install-the-update-by-hand/': 'Install the .NET security update by hand',
  '/guides/read-the-setup-logs/': 'Read the setup logs of a .NET security update',
};
const guideMain = (address: string) => distPage(address)!.querySelector('main')!;
/** The first paragraph or list item of a page's main part that holds `text`. */
const statementWith = (address: string, text: string) =>
  guideMain(address)
    .querySelectorAll('p, li')
    .find((element) => textOf(element).includes(text))!;

test('the error, by-hand and log guides are titled for any .NET security update and speak of both bulletins', () => {
  for (const [address, title] of Object.entries(GUIDES_FOR_BOTH_BULLETINS)) {
    expect(textOf(distPage(address)!.querySelector('h1')!), address).toBe(title);
    const text = textOf(guideMain(address));
    expect(text, address).toContain('MS09-061');
    expect(text, address).toContain('MS10-070');
  }
});

// Microsoft's setup team wrote about MS09-061; the guides say so rather than extend it silently.
test("the error and by-hand guides give the setup team's advice as written about MS09-061", () => {
  for (const address of ['/guides/error-0x643-1603/', '/guides/install-the-update-by-hand/'])
    expect(textOf(guideMain(address)), address).toContain(
      'Microsoft’s setup team, writing about MS09-061,',
    );
});

// MS10-070's FAQ: "Two updates are listed for the version of the .NET Framework installed on my
// system. Do I need to install both?" "Yes." (docs/research/ms10-070/facts.md, section 4).
test('the error guide says MS10-070 is a family of packages, two for one .NET version on some systems, and to install both', () => {
  const statement = statementWith('/guides/error-0x643-1603/', 'MS10-070’s family');
  expect(textOf(statement)).toContain(
    'such as KB2416468 and KB2418240 for .NET 3.5 on Windows XP, and its FAQ says to install both',
  );
  expect(statement.querySelector('a[href="/bulletins/ms10-070/"]')).not.toBeNull();
});

test('the by-hand guide names MS10-070’s packages for .NET 1.1 and says to install both where two are listed', () => {
  const address = '/guides/install-the-update-by-hand/';
  expect(textOf(statementWith(address, 'On 32-bit Windows Server 2003'))).toContain(
    'KB953298 for MS09-061, KB2416451 for MS10-070',
  );
  expect(textOf(statementWith(address, 'MS10-070 lists two updates'))).toContain(
    'Its FAQ says to install both, in any order.',
  );
});

// Facts, section 5: MS10-070 names log files only in its XP and Server 2003 sections, and no folder.
test('the log guide gives the log names MS10-070 prints for XP and Server 2003, and none for later Windows', () => {
  const address = '/guides/read-the-setup-logs/';
  expect(textOf(setupLogsGuide())).toContain(
    'MS10-070’s bulletin gives log file names only in its Windows XP and Server 2003 sections; its Vista, Server 2008, Windows 7 and Server 2008 R2 sections give none',
  );
  expect(textOf(statementWith(address, 'NDP1.1SP1-KB2416447-x86-msi.0.log'))).toContain(
    'KB2416451.log',
  );
  expect(
    statementWith(address, 'For MS10-070 no source names a log folder').querySelector(
      '[data-unconfirmed]',
    ),
  ).not.toBeNull();
});

test('the log guide marks Unconfirmed the MS10-070 log names the bulletin prints oddly', () => {
  for (const printed of [
    'Microsoft .NET Framework 2.0-KB 2418240 _*-msi0.txt',
    'Microsoft .NET Framework 2.0-KB2416472_*-msi0.txt',
  ]) {
    const statement = statementWith('/guides/read-the-setup-logs/', printed);
    expect(statement.querySelector('[data-unconfirmed]'), printed).not.toBeNull();
  }
});

/** The guides an update page lists under "When it still fails" (each guide's relatedKbs). */
const guidesListedOn = (kb: string) => {
  const after = distPage(`/kb/${kb}/`)!.querySelector('main')!.toString().split('id="guides"')[1];
  const list = after?.slice(0, after.indexOf('</ul>')) ?? '';
  return [...list.matchAll(/href="(\/guides\/[^"]+)"/g)].map((match) => match[1]);
};

test('an MS10-070 update page leads to the guides that now cover it', () => {
  // A package whose log names the log guide gives, and which the by-hand guide names.
  expect(guidesListedOn('2418240')).toEqual(
    expect.arrayContaining([
      '/guides/error-0x643-1603/',
      '/guides/install-the-update-by-hand/',
      '/guides/read-the-setup-logs/',
    ]),
  );
  // A Windows Update standalone package, for which neither of those two guides has details.
  expect(guidesListedOn('2416470')).toEqual(['/guides/error-0x643-1603/']);
});

// Reference windows-installer-errors-and-logs.md §3.4: with no Return value 3, read the end of the log.
test('the log guide says where to look when there is no return value 3: the end of the log', () => {
  const text = textOf(setupLogsGuide());
  expect(text).toContain(
    'if there is none, look at the end of the log, at lines such as MainEngineThread is returning 1603 or an internal exception',
  );
  expect(text).not.toContain('look through the other log files');
});

// Reference §4.1: update.exe's KB953295.log and KB953298.log in %windir%, from community sources only.
test('the log guide gives %windir% for KB953295.log and KB953298.log as community sources do, marked Unconfirmed', () => {
  const statement = setupLogsGuide()
    .querySelectorAll('p')
    .find((p) => textOf(p).includes('%windir%') && textOf(p).includes('KB953295.log'))!;
  expect(textOf(statement)).toContain(
    'Community sources put that installer’s logs, KB953295.log and KB953298.log, in the Windows folder (%windir%)',
  );
  expect(statement.querySelector('[data-unconfirmed]')).not.toBeNull();
});

// Reference, section 12 (Stebner, repair options): on Vista and Server 2008 the 2.0 and 3.0 updates
// cannot be re-run to repair; they must be removed and installed again.
test("the reinstall guide gives Vista and Server 2008 the setup team's route: remove the update and install it again", () => {
  const text = textOf(distPage('/guides/reinstall-dotnet-in-order/')!);
  expect(text).toContain(
    'cannot be re-run to repair: Microsoft’s setup team says to remove such an update',
  );
  expect(text).not.toContain('do not describe how to repair or reinstall these built-in versions');
});

// No source gives a reinstall order for Windows 2000 (the guide's body says so with its mark), so
// the guide's summary, shown on the guide list and on update pages, states none.
test("the reinstall guide's summary states no reinstall order for Windows 2000", () => {
  // Any order for Windows 2000 has 2.0 SP2 in it, since 3.5 does not install there.
  const summary = distPage('/guides/')!
    .querySelectorAll('li')
    .find((item) => item.querySelector('a[href="/guides/reinstall-dotnet-in-order/"]'))!;
  expect(textOf(summary)).toContain('reinstall 3.5 SP1, 1.1 and 1.1 SP1 in that order');
  expect(textOf(summary)).not.toContain('2.0 SP2');
});
