import { expect, test } from '@playwright/test';
import { distPage, textOf } from '../dist';
import { REFERENCE_PAIRS } from '../fixtures/reference-rows';
import { at } from '../site';

// Every fix page is read from dist/ in one loop: what they show is fixed at build time.
test("every affected pair has a page that leads to the reference's KB and shows its package", () => {
  const wrong: string[] = [];
  for (const pair of REFERENCE_PAIRS) {
    const where = `row ${pair.row}: /fix/ms09-061/${pair.os}/${pair.framework}/`;
    const page = distPage(`/fix/ms09-061/${pair.os}/${pair.framework}/`);
    if (!page) {
      wrong.push(`${where} has no page`);
      continue;
    }
    // MS09-061 lists one update for each pair: the page names it, and only it, to install.
    const install = page
      .querySelectorAll('article li')
      .filter((item) => textOf(item).startsWith('Install KB'));
    const links = install.map((item) => item.querySelector('a'));
    if (
      links.length !== 1 ||
      links[0]?.getAttribute('href') !== `/kb/${pair.kb}/` ||
      textOf(links[0]) !== `KB${pair.kb}`
    )
      wrong.push(`${where} says ${install.map((item) => textOf(item)).join(' | ')}`);
    const download = page
      .querySelectorAll('section')
      .find((section) => textOf(section).startsWith(`Download KB${pair.kb}`));
    if (!download || !textOf(download).includes(pair.installer))
      wrong.push(`${where} does not offer ${pair.installer}`);
  }
  expect(wrong).toEqual([]);
});

test('a pair the bulletin calls not affected has no page of its own', () => {
  expect(distPage('/fix/ms09-061/windows-vista-sp2-x86/net-3-5-sp1/')).toBeNull();
});

test('the fix index links every affected pair once', () => {
  const index = distPage('/fix/')!;
  const hrefs = index.querySelectorAll('a').map((a) => a.getAttribute('href'));
  for (const pair of REFERENCE_PAIRS) {
    expect(
      hrefs.filter((href) => href === `/fix/ms09-061/${pair.os}/${pair.framework}/`),
      `row ${pair.row}: ${pair.os} ${pair.framework}`,
    ).toHaveLength(1);
  }
});

test(
  'a fix page opened in the browser shows its answer',
  { tag: '@base-path' },
  async ({ page }) => {
    const response = await page.goto(at('/fix/ms09-061/windows-vista-sp1-x64/net-2-0-sp1/'));
    expect(response?.status()).toBe(200);
    await expect(page.locator('.lead')).toHaveText(
      'Security bulletin MS09-061 lists one update for .NET Framework 2.0 Service Pack 1 on Windows Vista x64 Service Pack 1.',
    );
    await expect(
      page.getByRole('listitem').filter({ hasText: 'Install KB974291' }).getByRole('link'),
    ).toHaveAttribute('href', at('/kb/974291/'));
    await expect(page.getByRole('region', { name: 'Download KB974291' })).toContainText(
      'Windows6.0-KB974291-x64',
    );
  },
);

// Facts table row 4: Windows XP SP2 / SP3 (only Media Center Edition 2005 and Tablet PC Edition 2005), .NET 1.0 SP3, KB953295.
const XP_EDITIONS = /Windows XP Media Center Edition 2005 and Windows XP Tablet PC Edition 2005/;

test('the fix page for .NET 1.0 SP3 on Windows XP names the two editions the bulletin limits KB953295 to', () => {
  expect(
    textOf(
      distPage('/fix/ms09-061/windows-xp-sp2-sp3-x86/net-1-0-sp3/')!.querySelector('article')!,
    ),
  ).toMatch(XP_EDITIONS);
});

test('the description a pasted link of that fix page shows names the two editions too', () => {
  const description = distPage('/fix/ms09-061/windows-xp-sp2-sp3-x86/net-1-0-sp3/')!
    .querySelector('meta[name="description"]')!
    .getAttribute('content');
  expect(description).toMatch(XP_EDITIONS);
});

test('the fix index names the two editions beside .NET 1.0 SP3 on Windows XP', () => {
  const link = distPage('/fix/')!.querySelector(
    'a[href="/fix/ms09-061/windows-xp-sp2-sp3-x86/net-1-0-sp3/"]',
  )!;
  expect(textOf(link.parentNode!)).toMatch(XP_EDITIONS);
});

// Facts section 4: KB953297's log files NDP1.1SP1-KB953297-x86-msi.0.log and NDP1.1SP1-KB953297-x86-wrapper.log
// are named in the bulletin's 2000/XP/2003 sections only; "the Vista/2008 sections give no log file names".
const KB953297_LOGS = ['NDP1.1SP1-KB953297-x86-msi.0.log', 'NDP1.1SP1-KB953297-x86-wrapper.log'];
const logsSection = (address: string) => {
  const page = textOf(distPage(address)!.querySelector('article')!);
  return page.slice(page.indexOf('Where its logs go'));
};

test('the fix page for .NET 1.1 SP1 on Windows Vista SP2 names no KB953297 log file', () => {
  const logs = logsSection('/fix/ms09-061/windows-vista-sp2-x86/net-1-1-sp1/');
  expect(KB953297_LOGS.filter((file) => logs.includes(file))).toEqual([]);
  expect(logs).not.toContain('Log files the bulletin names');
});

test('the fix page for .NET 1.1 SP1 on Windows Vista SP2 says the bulletin gives no log file names there', () => {
  expect(logsSection('/fix/ms09-061/windows-vista-sp2-x86/net-1-1-sp1/')).toContain(
    'its Vista and Server 2008 sections give no log file names',
  );
});

test('the fix page for .NET 1.1 SP1 on Windows XP still names both KB953297 log files', () => {
  const logs = logsSection('/fix/ms09-061/windows-xp-sp2-sp3-x86/net-1-1-sp1/');
  expect(KB953297_LOGS.filter((file) => logs.includes(file))).toEqual(KB953297_LOGS);
});

test("the KB953297 page still names both log files, with the bulletin's note", () => {
  const page = textOf(distPage('/kb/953297/')!.querySelector('article')!);
  expect(KB953297_LOGS.filter((file) => page.includes(file))).toEqual(KB953297_LOGS);
  expect(page).toContain('its Vista and Server 2008 sections give no log file names');
});
