import { expect, test } from '@playwright/test';
import { expectNoAxeViolationsInBothSchemes } from '../axe';
import { distPage, textOf } from '../dist';
import { REFERENCE_ROWS } from '../fixtures/reference-rows';
import { at } from '../site';

/**
 * The bulletin's Affected Software table, rows 1–48, as shared/reference/ms09-061-facts.md
 * section 2 gives it: operating system, architecture, .NET component, KB, package, severity,
 * replaces. Typed by hand from that file, so a row that names the wrong Windows fails.
 */
const REFERENCE: [string, string, string, string, string, string, string][] = [
  [
    'Windows 2000 SP4',
    'x86',
    '1.1 SP1',
    'KB953297',
    'NDP1.1SP1-KB953297-x86',
    'Critical',
    'MS07-040',
  ],
  [
    'Windows 2000 SP4',
    'x86',
    '2.0 SP1',
    'KB953300',
    'NDP20SP1-KB953300-v2-x86',
    'Critical',
    'None',
  ],
  ['Windows 2000 SP4', 'x86', '2.0 SP2', 'KB974417', 'NDP20SP2-KB974417-x86', 'Critical', 'None'],
  [
    'Windows XP SP2 / SP3 (only Media Center Edition 2005 and Tablet PC Edition 2005)',
    'x86',
    '1.0 SP3',
    'KB953295',
    'NDP1.0SP3-KB953295-X86-OCM-ENU',
    'Critical',
    'MS07-040',
  ],
  [
    'Windows XP SP2 / SP3',
    'x86',
    '1.1 SP1',
    'KB953297',
    'NDP1.1SP1-KB953297-x86',
    'Critical',
    'MS07-040',
  ],
  [
    'Windows XP SP2 / SP3',
    'x86',
    '2.0 SP1 and 3.5',
    'KB953300',
    'NDP20SP1-KB953300-v2-x86',
    'Critical',
    'None',
  ],
  [
    'Windows XP SP2 / SP3',
    'x86',
    '2.0 SP2 and 3.5 SP1',
    'KB974417',
    'NDP20SP2-KB974417-x86',
    'Critical',
    'None',
  ],
  [
    'Windows XP Professional x64 Edition SP2',
    'x64',
    '1.1 SP1',
    'KB953297',
    'NDP1.1SP1-KB953297-x86',
    'Critical',
    'MS07-040',
  ],
  [
    'Windows XP Professional x64 Edition SP2',
    'x64',
    '2.0 SP1 and 3.5',
    'KB953300',
    'NDP20SP1-KB953300-v2-x64',
    'Critical',
    'None',
  ],
  [
    'Windows XP Professional x64 Edition SP2',
    'x64',
    '2.0 SP2 and 3.5 SP1',
    'KB974417',
    'NDP20SP2-KB974417-x64',
    'Critical',
    'None',
  ],
  [
    'Windows Server 2003 SP2',
    'x86',
    '1.1 SP1',
    'KB953298',
    'WindowsServer2003-KB953298-x86-ENU',
    'Important',
    'MS07-040',
  ],
  [
    'Windows Server 2003 SP2',
    'x86',
    '2.0 SP1 and 3.5',
    'KB953300',
    'NDP20SP1-KB953300-v2-x86',
    'Important',
    'None',
  ],
  [
    'Windows Server 2003 SP2',
    'x86',
    '2.0 SP2 and 3.5 SP1',
    'KB974417',
    'NDP20SP2-KB974417-x86',
    'Important',
    'None',
  ],
  [
    'Windows Server 2003 x64 Edition SP2',
    'x64',
    '1.1 SP1',
    'KB953297',
    'NDP1.1SP1-KB953297-x86',
    'Important',
    'MS07-040',
  ],
  [
    'Windows Server 2003 x64 Edition SP2',
    'x64',
    '2.0 SP1 and 3.5',
    'KB953300',
    'NDP20SP1-KB953300-v2-x64',
    'Important',
    'None',
  ],
  [
    'Windows Server 2003 x64 Edition SP2',
    'x64',
    '2.0 SP2 and 3.5 SP1',
    'KB974417',
    'NDP20SP2-KB974417-x64',
    'Important',
    'None',
  ],
  [
    'Windows Server 2003 SP2 for Itanium',
    'IA-64',
    '1.1 SP1',
    'KB953297',
    'NDP1.1SP1-KB953297-x86',
    'Important',
    'MS07-040',
  ],
  [
    'Windows Server 2003 SP2 for Itanium',
    'IA-64',
    '2.0 SP1 and 3.5',
    'KB953300',
    'NDP20SP1-KB953300-v2-ia64',
    'Important',
    'None',
  ],
  [
    'Windows Server 2003 SP2 for Itanium',
    'IA-64',
    '2.0 SP2 and 3.5 SP1',
    'KB974417',
    'NDP20SP2-KB974417-ia64',
    'Important',
    'None',
  ],
  [
    'Windows Vista RTM, SP1, SP2',
    'x86',
    '1.1 SP1',
    'KB953297',
    'NDP1.1SP1-KB953297-x86',
    'Critical',
    'MS07-040',
  ],
  ['Windows Vista (RTM)', 'x86', '2.0', 'KB974468', 'Windows6.0-KB974468-x86', 'Critical', 'None'],
  [
    'Windows Vista (RTM)',
    'x86',
    '2.0 SP1 and 3.5',
    'KB974292',
    'Windows6.0-KB974292-x86',
    'Critical',
    'None',
  ],
  [
    'Windows Vista (RTM)',
    'x86',
    '2.0 SP2 and 3.5 SP1',
    'KB974467',
    'Windows6.0-KB974467-x86',
    'Critical',
    'None',
  ],
  [
    'Windows Vista SP1',
    'x86',
    '2.0 SP1',
    'KB974291',
    'Windows6.0-KB974291-x86',
    'Critical',
    'None',
  ],
  [
    'Windows Vista SP1',
    'x86',
    '2.0 SP2 and 3.5 SP1',
    'KB974469',
    'Windows6.0-KB974469-x86',
    'Critical',
    'None',
  ],
  [
    'Windows Vista SP2',
    'x86',
    '2.0 SP2',
    'KB974470',
    'Windows6.0-KB974470-x86',
    'Critical',
    'None',
  ],
  [
    'Windows Vista x64 RTM, SP1, SP2',
    'x64',
    '1.1 SP1',
    'KB953297',
    'NDP1.1SP1-KB953297-x86',
    'Critical',
    'MS07-040',
  ],
  [
    'Windows Vista x64 (RTM)',
    'x64',
    '2.0',
    'KB974468',
    'Windows6.0-KB974468-x64',
    'Critical',
    'None',
  ],
  [
    'Windows Vista x64 (RTM)',
    'x64',
    '2.0 SP1 and 3.5',
    'KB974292',
    'Windows6.0-KB974292-x64',
    'Critical',
    'None',
  ],
  [
    'Windows Vista x64 (RTM)',
    'x64',
    '2.0 SP2 and 3.5 SP1',
    'KB974467',
    'Windows6.0-KB974467-x64',
    'Critical',
    'None',
  ],
  [
    'Windows Vista x64 SP1',
    'x64',
    '2.0 SP1',
    'KB974291',
    'Windows6.0-KB974291-x64',
    'Critical',
    'None',
  ],
  [
    'Windows Vista x64 SP1',
    'x64',
    '2.0 SP2 and 3.5 SP1',
    'KB974469',
    'Windows6.0-KB974469-x64',
    'Critical',
    'None',
  ],
  [
    'Windows Vista x64 SP2',
    'x64',
    '2.0 SP2',
    'KB974470',
    'Windows6.0-KB974470-x64',
    'Critical',
    'None',
  ],
  [
    'Windows Server 2008 32-bit RTM and SP2',
    'x86',
    '1.1 SP1',
    'KB953297',
    'NDP1.1SP1-KB953297-x86',
    'Important',
    'MS07-040',
  ],
  [
    'Windows Server 2008 32-bit (RTM)',
    'x86',
    '2.0 SP1',
    'KB974291',
    'Windows6.0-KB974291-x86',
    'Important',
    'None',
  ],
  [
    'Windows Server 2008 32-bit (RTM)',
    'x86',
    '2.0 SP2 and 3.5 SP1',
    'KB974469',
    'Windows6.0-KB974469-x86',
    'Important',
    'None',
  ],
  [
    'Windows Server 2008 32-bit SP2',
    'x86',
    '2.0 SP2',
    'KB974470',
    'Windows6.0-KB974470-x86',
    'Important',
    'None',
  ],
  [
    'Windows Server 2008 x64 RTM and SP2',
    'x64',
    '1.1 SP1',
    'KB953297',
    'NDP1.1SP1-KB953297-x86',
    'Important',
    'MS07-040',
  ],
  [
    'Windows Server 2008 x64 (RTM)',
    'x64',
    '2.0 SP1',
    'KB974291',
    'Windows6.0-KB974291-x64',
    'Important',
    'None',
  ],
  [
    'Windows Server 2008 x64 (RTM)',
    'x64',
    '2.0 SP2 and 3.5 SP1',
    'KB974469',
    'Windows6.0-KB974469-x64',
    'Important',
    'None',
  ],
  [
    'Windows Server 2008 x64 SP2',
    'x64',
    '2.0 SP2',
    'KB974470',
    'Windows6.0-KB974470-x64',
    'Important',
    'None',
  ],
  [
    'Windows Server 2008 Itanium RTM and SP2',
    'IA-64',
    '1.1 SP1',
    'KB953297',
    'NDP1.1SP1-KB953297-x86',
    'Important',
    'MS07-040',
  ],
  [
    'Windows Server 2008 Itanium (RTM)',
    'IA-64',
    '2.0 SP1',
    'KB974291',
    'Windows6.0-KB974291-ia64',
    'Important',
    'None',
  ],
  [
    'Windows Server 2008 Itanium (RTM)',
    'IA-64',
    '2.0 SP2 and 3.5 SP1',
    'KB974469',
    'Windows6.0-KB974469-ia64',
    'Important',
    'None',
  ],
  [
    'Windows Server 2008 Itanium SP2',
    'IA-64',
    '2.0 SP2',
    'KB974470',
    'Windows6.0-KB974470-ia64',
    'Important',
    'None',
  ],
  [
    'Mac (Silverlight 2)',
    '—',
    'Silverlight 2, upgraded to Silverlight 3',
    'KB970363',
    '—',
    'Critical',
    'None',
  ],
  [
    'All Windows client OSs (Silverlight 2)',
    '—',
    'Silverlight 2, upgraded to Silverlight 3',
    'KB970363',
    '—',
    'Critical',
    'None',
  ],
  [
    'All Windows server OSs (Silverlight 2)',
    '—',
    'Silverlight 2, upgraded to Silverlight 3',
    'KB970363',
    '—',
    'Moderate',
    'None',
  ],
];

/**
 * A Windows edition reduced to what tells editions apart: release, service packs, architecture.
 * The reference writes "SP2", "(RTM)", "RTM and SP2"; the page writes "Service Pack 2",
 * "(no service pack)", one name per edition. Both sides are read the same way.
 */
function edition(text: string, arch?: string) {
  const release =
    /Windows (2000|XP|Server 2003|Server 2008|Vista)/.exec(text)?.[1] ??
    text.replace(/\s*\(Silverlight 2\)$/, '').replace(/OSs$/, 'operating systems');
  const servicePacks = new Set(
    [...text.matchAll(/(?:SP|Service Pack )(\d)/g)].map((m) => `SP${m[1]}`),
  );
  if (/RTM|no service pack/.test(text)) servicePacks.add('RTM');
  const architecture =
    arch ??
    (text.includes('Itanium')
      ? 'IA-64'
      : text.includes('x64')
        ? 'x64'
        : /^Windows (2000|XP|Server 20|Vista)/.test(text)
          ? 'x86'
          : '—');
  const editionsOnly = /Media Center Edition 2005 and .*Tablet PC Edition 2005/.test(text)
    ? 'Media Center and Tablet PC 2005 only'
    : '';
  return { release, servicePacks: [...servicePacks].sort(), architecture, editionsOnly };
}

const component = (text: string) =>
  text.replaceAll('.NET Framework ', '').replaceAll('Service Pack ', 'SP');

test('each row of the Affected Software table matches the same row of the bulletin: Windows, component, update, severity, replaces', () => {
  const page = distPage('/bulletins/ms09-061/')!;
  const rows = page
    .querySelectorAll('table[data-affected-software] tbody tr')
    .map((tr) => tr.querySelectorAll('th, td').map(textOf));
  expect(rows).toHaveLength(REFERENCE.length);
  const wrong: string[] = [];
  // The packages are on the update and fix pages (tests/e2e/fix-pages.spec.ts): the bulletin's own table has none.
  REFERENCE.forEach(([windows, arch, dotnet, kb, , severity, replaces], i) => {
    const [shownWindows, shownComponent, ...rest] = rows[i];
    const expected = {
      edition: edition(windows, arch),
      component: dotnet,
      rest: [kb, severity, replaces],
    };
    const shown = { edition: edition(shownWindows), component: component(shownComponent), rest };
    if (JSON.stringify(shown) !== JSON.stringify(expected))
      wrong.push(
        `row ${i + 1}: shows ${JSON.stringify(shown)}, the bulletin has ${JSON.stringify(expected)}`,
      );
  });
  expect(wrong).toEqual([]);
});

test('each (Windows, .NET) pair of a row links its own fix page, once', () => {
  const rows = distPage('/bulletins/ms09-061/')!.querySelectorAll(
    'table[data-affected-software] tbody tr',
  );
  const wrong: string[] = [];
  // REFERENCE_ROWS (tests/fixtures) holds rows 1–45 with their OS and .NET ids, typed from the facts file.
  REFERENCE_ROWS.forEach(({ row, os, frameworks }) => {
    const links = rows[row - 1]
      .querySelectorAll('a')
      .map((a) => a.getAttribute('href')!)
      .filter((href) => href.startsWith('/fix/'));
    const expected = os.flatMap((o) => frameworks.map((f) => `/fix/ms09-061/${o}/${f}/`));
    if (JSON.stringify([...links].sort()) !== JSON.stringify(expected.sort()))
      wrong.push(`row ${row}: links ${links.join(', ')}`);
  });
  expect(wrong).toEqual([]);
});

test('the Silverlight rows link no fix page', () => {
  const rows = distPage('/bulletins/ms09-061/')!
    .querySelectorAll('table[data-affected-software] tbody tr')
    .slice(45);
  expect(rows.flatMap((tr) => tr.querySelectorAll('a').map((a) => a.getAttribute('href')))).toEqual(
    ['/kb/970363/', '/kb/970363/', '/kb/970363/'],
  );
});

/** The list under "Not affected", item by item. */
const notAffected = () => {
  const page = distPage('/bulletins/ms09-061/')!;
  return page
    .querySelector('#not-affected')!
    .parentNode!.nextElementSibling!.querySelectorAll('li')
    .map(textOf);
};

test('"Not affected" explains why .NET 3.5 on Vista SP1 needs no package of its own: it runs on the 2.0 SP1 of Windows, fixed by KB974291', () => {
  // Facts, sections 2 and 12: 3.5 is not affected on Vista SP1; 2.0 SP1 is part of Vista SP1; KB974291 is 2.0 SP1 on Vista SP1.
  const item = notAffected().find((text) =>
    text.includes('Windows Vista Service Pack 1 (32-bit)'),
  )!;
  expect(item).toContain('.NET Framework 3.5 as not affected');
  expect(item).toContain('Windows Vista x64 Service Pack 1');
  expect(item).toContain('the .NET 2.0 SP1 it runs on is part of Windows there, and KB974291');
});

test('"Not affected" says why Windows 7 and Server 2008 R2 have no row: revision 1.4 removed KB953297 there', () => {
  const item = notAffected().find((text) => text.includes('Windows 7'))!;
  expect(item).toContain(
    'Revisions 1.1 to 1.3 of the bulletin listed KB953297 for .NET Framework 1.1 Service Pack 1 on Windows 7 (no service pack) and Windows Server 2008 R2 (no service pack)',
  );
  expect(item).toContain(
    'revision 1.4 (22 June 2010) removed .NET Framework 1.1 Service Pack 1 from them, because it is not a supported component of those systems',
  );
});

test('the withdrawal reads the same on the bulletin, KB953297, the fix list and the finder without JavaScript', () => {
  const texts = ['/bulletins/ms09-061/', '/kb/953297/', '/fix/', '/finder/'].map((address) => {
    const element = distPage(address)!.querySelector('[data-withdrawal]');
    return element && textOf(element);
  });
  expect(texts[0]).toContain(
    'Windows 7 (no service pack) and Windows Server 2008 R2 (no service pack)',
  );
  expect(new Set(texts).size).toBe(1);
});

test('the revision history dates 1.0 to 1.4 as the bulletin does, and 1.4 names the withdrawal', () => {
  const page = distPage('/bulletins/ms09-061/')!;
  const rows = page
    .querySelector('#revisions')!
    .parentNode!.nextElementSibling!.querySelectorAll('tbody tr')
    .map((tr) => tr.querySelectorAll('th, td').map(textOf));
  expect(rows.map(([version, date]) => [version, date])).toEqual([
    ['1.0', '13 October 2009'],
    ['1.1', '21 October 2009'],
    ['1.2', '4 November 2009'],
    ['1.3', '11 May 2010'],
    ['1.4', '22 June 2010'],
  ]);
  expect(rows[4][2]).toContain(
    'removed as an affected component of Windows 7 (no service pack) and Windows Server 2008 R2 (no service pack)',
  );
});

test.describe('on a phone 375 pixels wide', () => {
  test.use({ viewport: { width: 375, height: 800 } });

  test('the Affected Software table reads without sideways scrolling, each value under its column name', async ({
    page,
  }) => {
    await page.goto(at('/bulletins/ms09-061/'));
    const overflow = await page.evaluate(
      () => document.scrollingElement!.scrollWidth - document.scrollingElement!.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    // The table's own scroll box, which a wide table would scroll inside, does not scroll either.
    const tableOverflow = await page
      .locator('table[data-affected-software]')
      .evaluate((table) => table.parentElement!.scrollWidth - table.parentElement!.clientWidth);
    expect(tableOverflow).toBeLessThanOrEqual(0);
    const firstRow = page.locator('table[data-affected-software] tbody tr').first();
    const labels = await firstRow
      .locator('td')
      .evaluateAll((cells) => cells.map((cell) => getComputedStyle(cell, '::before').content));
    expect(labels).toEqual(['"Component: "', '"Update: "', '"Severity: "', '"Replaces: "']);
  });

  test('the table is still a table to screen readers, with a row header per row', async ({
    page,
  }) => {
    await page.goto(at('/bulletins/ms09-061/'));
    const table = page.getByRole('table', { name: /^Affected software/ });
    await expect(table.getByRole('rowheader')).toHaveCount(48);
    await expect(table.getByRole('columnheader')).toHaveCount(5);
  });

  test('axe finds nothing on the bulletin page in light and dark mode', async ({ page }) => {
    await page.goto(at('/bulletins/ms09-061/'));
    await expectNoAxeViolationsInBothSchemes(page);
  });
});

test('the bulletin page lists what is not affected and the revision history, and its details page the workarounds and CVEs', async ({
  page,
}) => {
  await page.goto(at('/bulletins/ms09-061/'));
  await expect(page.getByRole('heading', { name: 'Not affected' })).toBeVisible();
  await expect(page.getByText('Microsoft Silverlight 3')).toBeVisible();
  await expect(
    page.getByRole('table').filter({ hasText: 'Change' }).locator('tbody tr'),
  ).toHaveCount(5);
  await page.getByRole('link', { name: 'what to do until the update installs' }).click();
  await expect(page).toHaveURL(at('/bulletins/ms09-061/details/#workarounds'));
  await expect(page.locator('pre', { hasText: 'caspol -m -resetlockdown' })).toBeVisible();
  await expect(page.locator('pre', { hasText: /caspol -m -reset\s/ })).toBeVisible();
  for (const cve of ['CVE-2009-0090', 'CVE-2009-0091', 'CVE-2009-2497']) {
    await expect(page.locator('dt', { hasText: cve })).toBeVisible();
  }
});

test("the bulletin page links Microsoft's own bulletin page", () => {
  const links = distPage('/bulletins/ms09-061/')!
    .querySelectorAll('a')
    .map((a) => a.getAttribute('href'));
  expect(links).toContain('https://go.microsoft.com/fwlink/?linkid=160527');
});
