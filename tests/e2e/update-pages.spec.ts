import { expect, test } from '@playwright/test';
import { distPage, textOf } from '../dist';
import { ALL_KBS, FAMILY_IDS, REFERENCE_ROWS } from '../fixtures/reference-rows';
import { at } from '../site';

/** Microsoft's short link to its MS09-061 page (facts, section 1). */
const MICROSOFT_BULLETIN = 'https://go.microsoft.com/fwlink/?linkid=160527';

const kbPage = (kb: string) => distPage(`/kb/${kb}/`)!;
const downloadCard = (kb: string) =>
  kbPage(kb)
    .querySelectorAll('section')
    .find((section) => textOf(section).startsWith(`Download KB${kb}`))!;
const hrefsIn = (element: ReturnType<typeof kbPage>) =>
  element.querySelectorAll('a').map((a) => ({ text: textOf(a), href: a.getAttribute('href') }));

/** The elements of a section: what follows its heading up to the next h2. */
function sectionElements(kb: string, headingId: string) {
  const heading = kbPage(kb).querySelector(`#${headingId}`)!;
  // AnchorHeading wraps the heading with its link; the section's content follows that wrapper.
  const elements = [];
  for (
    let next = heading.parentNode!.nextElementSibling;
    next && next.tagName !== 'H2' && !next.querySelector('h2');
    next = next.nextElementSibling
  ) {
    elements.push(next);
  }
  return elements;
}

/** The text of a section. */
const sectionText = (kb: string, headingId: string) =>
  sectionElements(kb, headingId).map(textOf).join(' ');

test('every update page is titled with its number and offers each of its installers', () => {
  const wrong: string[] = [];
  for (const kb of ALL_KBS) {
    if (!textOf(kbPage(kb).querySelector('h1')!).includes(`KB${kb}`))
      wrong.push(`KB${kb}: heading`);
    for (const installer of new Set(
      REFERENCE_ROWS.filter((row) => row.kb === kb).map((row) => row.installer),
    )) {
      if (!textOf(downloadCard(kb)).includes(installer)) wrong.push(`KB${kb}: no ${installer}`);
    }
  }
  expect(wrong).toEqual([]);
});

test("every update page links each (Windows, .NET) pair the bulletin lists for it to that pair's page, and no other", () => {
  const wrong: string[] = [];
  for (const kb of ALL_KBS) {
    const expected = REFERENCE_ROWS.filter((row) => row.kb === kb).flatMap((row) =>
      row.os.flatMap((os) => row.frameworks.map((fw) => `/fix/ms09-061/${os}/${fw}/`)),
    );
    const table = sectionElements(kb, 'who-needs-it').find(
      (element) => element.tagName === 'TABLE',
    );
    const links = table ? table.querySelectorAll('a').map((a) => a.getAttribute('href')!) : [];
    if (JSON.stringify([...links].sort()) !== JSON.stringify([...expected].sort()))
      wrong.push(`KB${kb}: ${links.join(' ')}`);
  }
  expect(wrong).toEqual([]);
});

test('the KB953297 page says revision 1.4 removed it from Windows 7 and Windows Server 2008 R2', () => {
  expect(textOf(kbPage('953297').querySelector('[data-withdrawal]')!)).toContain(
    'Revisions 1.1 to 1.3 of the bulletin listed KB953297 for .NET Framework 1.1 Service Pack 1 on Windows 7 (no service pack) and Windows Server 2008 R2 (no service pack)',
  );
});

test('an update page sends its logs to the setup-log reader, naming its log folder', () => {
  const paragraph = kbPage('953297')
    .querySelectorAll('p')
    .find((p) => p.querySelectorAll('a').some((a) => textOf(a) === 'setup-log reader'))!;
  expect(paragraph.querySelector('a')?.getAttribute('href')).toBe('/tools/log-reader/');
  expect(textOf(paragraph)).toContain('%temp%\\NDP1.1sp1-KB953297-X86');
});

test('every .NET update page links its Download Center page by the FamilyID the bulletin gives', () => {
  for (const [kb, familyId] of Object.entries(FAMILY_IDS)) {
    expect(hrefsIn(downloadCard(kb)), `KB${kb}`).toContainEqual({
      text: `Download Center page for KB${kb} ↗ (opens Microsoft's site)`,
      href: `https://www.microsoft.com/downloads/details.aspx?familyid=${familyId}`,
    });
  }
});

test('every update page links the Update Catalog search for its number', () => {
  for (const kb of ALL_KBS) {
    expect(hrefsIn(downloadCard(kb)), `KB${kb}`).toContainEqual({
      text: `Search the Update Catalog for KB${kb} ↗ (opens Microsoft's site)`,
      href: `https://www.catalog.update.microsoft.com/Search.aspx?q=KB${kb}`,
    });
  }
});

test("every update page links Microsoft's own bulletin page", () => {
  for (const kb of ALL_KBS) {
    expect(
      hrefsIn(kbPage(kb)).map((link) => link.href),
      `KB${kb}`,
    ).toContain(MICROSOFT_BULLETIN);
  }
});

test('the KB953297 page names its confirmed log folder under "Where its logs go"', () => {
  expect(sectionText('953297', 'logs')).toContain('%temp%\\NDP1.1sp1-KB953297-X86');
});

// Reference windows-installer-errors-and-logs.md §4.1: update.exe's KB953295.log and KB953298.log in %windir%, Unconfirmed.
test('the KB953295 and KB953298 pages say other sources put their update.exe log in %windir%, marked Unconfirmed', () => {
  for (const kb of ['953295', '953298']) {
    const statement = sectionElements(kb, 'logs').find((element) =>
      textOf(element).includes('%windir%'),
    )!;
    expect(textOf(statement), `KB${kb}`).toContain(
      `Other sources put KB${kb}.log in %windir% instead`,
    );
    expect(statement.querySelector('[data-unconfirmed]'), `KB${kb}`).not.toBeNull();
  }
});

test('the KB953297 page, whose log folder the setup team names, mentions no %windir%', () => {
  expect(sectionText('953297', 'logs')).not.toContain('%windir%');
});

test('the fix page of .NET 1.1 SP1 on Server 2003 (KB953298) says the same of %windir%, marked Unconfirmed', () => {
  const statement = distPage('/fix/ms09-061/windows-server-2003-sp2-x86/net-1-1-sp1/')!
    .querySelectorAll('main p')
    .find((p) => textOf(p).includes('%windir%'))!;
  expect(textOf(statement)).toContain('Other sources put KB953298.log in %windir% instead');
  expect(statement.querySelector('[data-unconfirmed]')).not.toBeNull();
});

test('an update page without a confirmed log folder says so instead of guessing', () => {
  const text = textOf(kbPage('974417'));
  expect(text).toContain('whose name contains KB974417');
  expect(text).toContain('No source names the exact folder for this update.');
});

test('every alias address (/kb/KB953297/, /kb/kb953297/) has a heading and a visible link to its page, and forwards there', () => {
  for (const kb of ALL_KBS) {
    for (const alias of [`KB${kb}`, `kb${kb}`]) {
      const page = distPage(`/kb/${alias}/`)!;
      expect(textOf(page.querySelector('main h1')!), alias).toContain(`KB${kb}`);
      expect(
        page.querySelectorAll('main a').map((a) => a.getAttribute('href')),
        alias,
      ).toContain(`/kb/${kb}/`);
      expect(page.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content'), alias).toBe(
        `0; url=/kb/${kb}/`,
      );
    }
  }
});

test(
  'the address /kb/KB953297/ leads the browser to the KB953297 page',
  { tag: '@base-path' },
  async ({ page }) => {
    await page.goto(at('/kb/KB953297/'));
    await expect(page).toHaveURL(at('/kb/953297/'));
    await expect(page.getByRole('heading', { level: 1 })).toContainText('KB953297');
  },
);

test(
  'an unknown KB address shows the not-found page with a way on',
  { tag: '@base-path' },
  async ({ page }) => {
    const response = await page.goto(at('/kb/123/'));
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page does not exist');
    await page
      .getByRole('main')
      .getByRole('link', { name: 'Find the update for your Windows and .NET version' })
      .click();
    await expect(page).toHaveURL(at('/finder/'));
  },
);

/** The Windows Vista and Server 2008 updates, each a Windows Update standalone package (facts, section 2). */
const VISTA_UPDATES = ['974291', '974292', '974467', '974468', '974469', '974470'];
/** Stebner's repair-options post (facts, section 12): these updates are removed and installed again, not re-run. */
const REPAIR_OPTIONS =
  'https://learn.microsoft.com/en-us/archive/blogs/astebner/net-framework-2-0-sp1-and-3-0-sp1-repair-options-on-windows-vista-and-windows-server-2008';

test("every Vista and Server 2008 update page says its update is removed and installed again, not re-run to repair, with the setup team's post", () => {
  for (const kb of VISTA_UPDATES) {
    const text = sectionText(kb, 'a-windows-update-package');
    expect(text, kb).toContain('cannot be re-run to repair');
    expect(text, kb).toContain('install it again');
    expect(
      sectionElements(kb, 'a-windows-update-package')
        .flatMap((element) => element.querySelectorAll('a'))
        .map((a) => a.getAttribute('href')),
      kb,
    ).toContain(REPAIR_OPTIONS);
  }
});

// Facts, section 4: the bulletin's Vista and Server 2008 sections give no log file names.
test('every Vista and Server 2008 update page says, where its logs go, that the bulletin names no log files for it', () => {
  for (const kb of VISTA_UPDATES)
    expect(sectionText(kb, 'logs'), kb).toContain(
      'The bulletin gives no log file names for the Windows Vista and Server 2008 packages.',
    );
});

// Reference windows-installer-errors-and-logs §4.3: TechNet "Event ID 4385" (Server 2008) names
// `%windir%\WindowsUpdate.log` and `%windir%\logs\cbs\cbs.log` for update installs and removals.
test('every Vista and Server 2008 update page names WindowsUpdate.log and cbs.log where its logs go, and no other page does', () => {
  // Every .NET update has a logs section; Silverlight's KB970363 has none.
  for (const kb of ALL_KBS.filter((kb) => kb !== '970363')) {
    const text = sectionText(kb, 'logs');
    const named = ['%windir%\\WindowsUpdate.log', '%windir%\\logs\\cbs\\cbs.log'].map((log) =>
      text.includes(log),
    );
    expect(named, kb).toEqual(VISTA_UPDATES.includes(kb) ? [true, true] : [false, false]);
  }
});

// Facts §12: Stebner says 32-bit Server 2003 includes .NET 1.1; that it is at the SP1 level is the
// site's reading of the bulletin (§2 row 11; §10: "built into the OS" is the notes' own wording).
test('the KB953298 page marks "1.1 SP1 built into Server 2003" as the site\'s reading, as the finder does', () => {
  const text = sectionText('953298', 'a-package-of-its-own');
  expect(text).not.toContain('1.1 SP1 is part of the operating system');
  expect(text).toContain(
    "Site's reading That the 1.1 built into this Windows is at the Service Pack 1 level the bulletin patches is this site’s reading of the bulletin",
  );
});
