import { expect, test } from '@playwright/test';
import { distPage, textOf } from '../dist';
import { at } from '../site';

/**
 * The bulletin's Affected Software table, rows 1–48, as shared/reference/ms09-061-facts.md
 * section 2 gives it: operating system, architecture, .NET component, KB, package, severity,
 * replaces. Typed by hand from that file, so a row that names the wrong Windows fails.
 */
const REFERENCE: [string, string, string, string, string, string, string][] = [
  ['Windows 2000 SP4', 'x86', '1.1 SP1', 'KB953297', 'NDP1.1SP1-KB953297-x86', 'Critical', 'MS07-040'],
  ['Windows 2000 SP4', 'x86', '2.0 SP1', 'KB953300', 'NDP20SP1-KB953300-v2-x86', 'Critical', 'None'],
  ['Windows 2000 SP4', 'x86', '2.0 SP2', 'KB974417', 'NDP20SP2-KB974417-x86', 'Critical', 'None'],
  ['Windows XP SP2 / SP3 (only Media Center Edition 2005 and Tablet PC Edition 2005)', 'x86', '1.0 SP3', 'KB953295', 'NDP1.0SP3-KB953295-X86-OCM-ENU', 'Critical', 'MS07-040'],
  ['Windows XP SP2 / SP3', 'x86', '1.1 SP1', 'KB953297', 'NDP1.1SP1-KB953297-x86', 'Critical', 'MS07-040'],
  ['Windows XP SP2 / SP3', 'x86', '2.0 SP1 and 3.5', 'KB953300', 'NDP20SP1-KB953300-v2-x86', 'Critical', 'None'],
  ['Windows XP SP2 / SP3', 'x86', '2.0 SP2 and 3.5 SP1', 'KB974417', 'NDP20SP2-KB974417-x86', 'Critical', 'None'],
  ['Windows XP Professional x64 Edition SP2', 'x64', '1.1 SP1', 'KB953297', 'NDP1.1SP1-KB953297-x86', 'Critical', 'MS07-040'],
  ['Windows XP Professional x64 Edition SP2', 'x64', '2.0 SP1 and 3.5', 'KB953300', 'NDP20SP1-KB953300-v2-x64', 'Critical', 'None'],
  ['Windows XP Professional x64 Edition SP2', 'x64', '2.0 SP2 and 3.5 SP1', 'KB974417', 'NDP20SP2-KB974417-x64', 'Critical', 'None'],
  ['Windows Server 2003 SP2', 'x86', '1.1 SP1', 'KB953298', 'WindowsServer2003-KB953298-x86-ENU', 'Important', 'MS07-040'],
  ['Windows Server 2003 SP2', 'x86', '2.0 SP1 and 3.5', 'KB953300', 'NDP20SP1-KB953300-v2-x86', 'Important', 'None'],
  ['Windows Server 2003 SP2', 'x86', '2.0 SP2 and 3.5 SP1', 'KB974417', 'NDP20SP2-KB974417-x86', 'Important', 'None'],
  ['Windows Server 2003 x64 Edition SP2', 'x64', '1.1 SP1', 'KB953297', 'NDP1.1SP1-KB953297-x86', 'Important', 'MS07-040'],
  ['Windows Server 2003 x64 Edition SP2', 'x64', '2.0 SP1 and 3.5', 'KB953300', 'NDP20SP1-KB953300-v2-x64', 'Important', 'None'],
  ['Windows Server 2003 x64 Edition SP2', 'x64', '2.0 SP2 and 3.5 SP1', 'KB974417', 'NDP20SP2-KB974417-x64', 'Important', 'None'],
  ['Windows Server 2003 SP2 for Itanium', 'IA-64', '1.1 SP1', 'KB953297', 'NDP1.1SP1-KB953297-x86', 'Important', 'MS07-040'],
  ['Windows Server 2003 SP2 for Itanium', 'IA-64', '2.0 SP1 and 3.5', 'KB953300', 'NDP20SP1-KB953300-v2-ia64', 'Important', 'None'],
  ['Windows Server 2003 SP2 for Itanium', 'IA-64', '2.0 SP2 and 3.5 SP1', 'KB974417', 'NDP20SP2-KB974417-ia64', 'Important', 'None'],
  ['Windows Vista RTM, SP1, SP2', 'x86', '1.1 SP1', 'KB953297', 'NDP1.1SP1-KB953297-x86', 'Critical', 'MS07-040'],
  ['Windows Vista (RTM)', 'x86', '2.0', 'KB974468', 'Windows6.0-KB974468-x86', 'Critical', 'None'],
  ['Windows Vista (RTM)', 'x86', '2.0 SP1 and 3.5', 'KB974292', 'Windows6.0-KB974292-x86', 'Critical', 'None'],
  ['Windows Vista (RTM)', 'x86', '2.0 SP2 and 3.5 SP1', 'KB974467', 'Windows6.0-KB974467-x86', 'Critical', 'None'],
  ['Windows Vista SP1', 'x86', '2.0 SP1', 'KB974291', 'Windows6.0-KB974291-x86', 'Critical', 'None'],
  ['Windows Vista SP1', 'x86', '2.0 SP2 and 3.5 SP1', 'KB974469', 'Windows6.0-KB974469-x86', 'Critical', 'None'],
  ['Windows Vista SP2', 'x86', '2.0 SP2', 'KB974470', 'Windows6.0-KB974470-x86', 'Critical', 'None'],
  ['Windows Vista x64 RTM, SP1, SP2', 'x64', '1.1 SP1', 'KB953297', 'NDP1.1SP1-KB953297-x86', 'Critical', 'MS07-040'],
  ['Windows Vista x64 (RTM)', 'x64', '2.0', 'KB974468', 'Windows6.0-KB974468-x64', 'Critical', 'None'],
  ['Windows Vista x64 (RTM)', 'x64', '2.0 SP1 and 3.5', 'KB974292', 'Windows6.0-KB974292-x64', 'Critical', 'None'],
  ['Windows Vista x64 (RTM)', 'x64', '2.0 SP2 and 3.5 SP1', 'KB974467', 'Windows6.0-KB974467-x64', 'Critical', 'None'],
  ['Windows Vista x64 SP1', 'x64', '2.0 SP1', 'KB974291', 'Windows6.0-KB974291-x64', 'Critical', 'None'],
  ['Windows Vista x64 SP1', 'x64', '2.0 SP2 and 3.5 SP1', 'KB974469', 'Windows6.0-KB974469-x64', 'Critical', 'None'],
  ['Windows Vista x64 SP2', 'x64', '2.0 SP2', 'KB974470', 'Windows6.0-KB974470-x64', 'Critical', 'None'],
  ['Windows Server 2008 32-bit RTM and SP2', 'x86', '1.1 SP1', 'KB953297', 'NDP1.1SP1-KB953297-x86', 'Important', 'MS07-040'],
  ['Windows Server 2008 32-bit (RTM)', 'x86', '2.0 SP1', 'KB974291', 'Windows6.0-KB974291-x86', 'Important', 'None'],
  ['Windows Server 2008 32-bit (RTM)', 'x86', '2.0 SP2 and 3.5 SP1', 'KB974469', 'Windows6.0-KB974469-x86', 'Important', 'None'],
  ['Windows Server 2008 32-bit SP2', 'x86', '2.0 SP2', 'KB974470', 'Windows6.0-KB974470-x86', 'Important', 'None'],
  ['Windows Server 2008 x64 RTM and SP2', 'x64', '1.1 SP1', 'KB953297', 'NDP1.1SP1-KB953297-x86', 'Important', 'MS07-040'],
  ['Windows Server 2008 x64 (RTM)', 'x64', '2.0 SP1', 'KB974291', 'Windows6.0-KB974291-x64', 'Important', 'None'],
  ['Windows Server 2008 x64 (RTM)', 'x64', '2.0 SP2 and 3.5 SP1', 'KB974469', 'Windows6.0-KB974469-x64', 'Important', 'None'],
  ['Windows Server 2008 x64 SP2', 'x64', '2.0 SP2', 'KB974470', 'Windows6.0-KB974470-x64', 'Important', 'None'],
  ['Windows Server 2008 Itanium RTM and SP2', 'IA-64', '1.1 SP1', 'KB953297', 'NDP1.1SP1-KB953297-x86', 'Important', 'MS07-040'],
  ['Windows Server 2008 Itanium (RTM)', 'IA-64', '2.0 SP1', 'KB974291', 'Windows6.0-KB974291-ia64', 'Important', 'None'],
  ['Windows Server 2008 Itanium (RTM)', 'IA-64', '2.0 SP2 and 3.5 SP1', 'KB974469', 'Windows6.0-KB974469-ia64', 'Important', 'None'],
  ['Windows Server 2008 Itanium SP2', 'IA-64', '2.0 SP2', 'KB974470', 'Windows6.0-KB974470-ia64', 'Important', 'None'],
  ['Mac (Silverlight 2)', '—', 'Silverlight 2, upgraded to Silverlight 3', 'KB970363', '—', 'Critical', 'None'],
  ['All Windows client OSs (Silverlight 2)', '—', 'Silverlight 2, upgraded to Silverlight 3', 'KB970363', '—', 'Critical', 'None'],
  ['All Windows server OSs (Silverlight 2)', '—', 'Silverlight 2, upgraded to Silverlight 3', 'KB970363', '—', 'Moderate', 'None'],
];

/**
 * A Windows edition reduced to what tells editions apart: release, service packs, architecture.
 * The reference writes "SP2", "(RTM)", "RTM and SP2"; the page writes "Service Pack 2",
 * "(no service pack)", one name per edition. Both sides are read the same way.
 */
function edition(text: string, arch?: string) {
  const release = /Windows (2000|XP|Server 2003|Server 2008|Vista)/.exec(text)?.[1] ?? text.replace(/\s*\(Silverlight 2\)$/, '').replace(/OSs$/, 'operating systems');
  const servicePacks = new Set([...text.matchAll(/(?:SP|Service Pack )(\d)/g)].map((m) => `SP${m[1]}`));
  if (/RTM|no service pack/.test(text)) servicePacks.add('RTM');
  const architecture = arch ?? (/Itanium/.test(text) ? 'IA-64' : /x64/.test(text) ? 'x64' : /^Windows (2000|XP|Server 20|Vista)/.test(text) ? 'x86' : '—');
  const editionsOnly = /Media Center Edition 2005 and .*Tablet PC Edition 2005/.test(text) ? 'Media Center and Tablet PC 2005 only' : '';
  return { release, servicePacks: [...servicePacks].sort(), architecture, editionsOnly };
}

const component = (text: string) => text.replaceAll('.NET Framework ', '').replaceAll('Service Pack ', 'SP');

test('each row of the Affected Software table matches the same row of the bulletin: Windows, component, update, package, severity', () => {
  const page = distPage('/bulletins/ms09-061/')!;
  // The bulletin's six columns; the row's last cell is its copy-link button.
  const rows = page.querySelectorAll('table[data-affected-software] tbody tr').map((tr) => tr.querySelectorAll('th, td').slice(0, 6).map(textOf));
  expect(rows).toHaveLength(REFERENCE.length);
  const wrong: string[] = [];
  REFERENCE.forEach(([windows, arch, dotnet, kb, pkg, severity, replaces], i) => {
    const [shownWindows, shownComponent, ...rest] = rows[i]!;
    const expected = { edition: edition(windows, arch), component: dotnet, rest: [kb, pkg, severity, replaces] };
    const shown = { edition: edition(shownWindows!), component: component(shownComponent!), rest };
    if (JSON.stringify(shown) !== JSON.stringify(expected)) wrong.push(`row ${i + 1}: shows ${JSON.stringify(shown)}, the bulletin has ${JSON.stringify(expected)}`);
  });
  expect(wrong).toEqual([]);
});

test('the bulletin page lists what is not affected, the CVEs and the revision history', async ({ page }) => {
  await page.goto(at('/bulletins/ms09-061/'));
  await expect(page.getByRole('heading', { name: 'Not affected' })).toBeVisible();
  await expect(page.getByText('Microsoft Silverlight 3')).toBeVisible();
  await expect(page.locator('pre', { hasText: 'caspol -m -resetlockdown' })).toBeVisible();
  await expect(page.locator('pre', { hasText: /caspol -m -reset\s/ })).toBeVisible();
  for (const cve of ['CVE-2009-0090', 'CVE-2009-0091', 'CVE-2009-2497']) {
    await expect(page.locator('dt', { hasText: cve })).toBeVisible();
  }
  await expect(page.getByRole('table').filter({ hasText: 'Change' }).locator('tbody tr')).toHaveCount(5);
});

test('the bulletin page links Microsoft\'s own bulletin page', () => {
  const links = distPage('/bulletins/ms09-061/')!.querySelectorAll('a').map((a) => a.getAttribute('href'));
  expect(links).toContain('https://go.microsoft.com/fwlink/?linkid=160527');
});
