/**
 * What the pages advise, read from dist/ against the reference: the two fixes of Microsoft's
 * setup team offered side by side, Microsoft Update named with Windows Update, and the places
 * where the text once said more or less than the facts (shared/reference/ms09-061-facts.md).
 */
import { expect, test } from '@playwright/test';
import { distPage, textOf } from '../dist';

const REINSTALL = '/guides/reinstall-dotnet-in-order/';
const BY_HAND = '/guides/install-the-update-by-hand/';

/** The headings of one level on a page, each with the links of the content up to the next heading of that level or above. */
function routesUnder(address: string, level: 'h2' | 'h3') {
  const page = distPage(address)!;
  const main = page.querySelector('main')!;
  const html = main.toString();
  return main.querySelectorAll(level).map((heading) => {
    const after = html.split(heading.toString())[1].split(new RegExp(`<h[1-${level[1]}][ >]`))[0];
    return {
      heading: textOf(heading),
      links: [...after.matchAll(/href="([^"]+)"/g)].map((m) => m[1]),
    };
  });
}

for (const address of ['/', '/guides/error-0x643-1603/']) {
  test(`${address} offers the reinstall (simplest) and the narrowing-down (quicker when it works) at the same level`, () => {
    const routes = routesUnder(address, 'h3');
    const reinstall = routes.find((route) => /simplest/i.test(route.heading));
    const narrow = routes.find((route) => /quicker/i.test(route.heading));
    expect(reinstall?.links).toContain(REINSTALL);
    expect(narrow?.links).toContain(BY_HAND);
  });
}

test('where the site speaks of Windows Update it names Microsoft Update too', () => {
  for (const address of [
    '/',
    '/guides/error-0x643-1603/',
    BY_HAND,
    '/guides/read-the-setup-logs/',
    REINSTALL,
    '/kb/953297/',
    '/fix/ms09-061/windows-xp-sp2-sp3-x86/net-1-1-sp1/',
  ]) {
    expect(textOf(distPage(address)!.querySelector('main')!), address).toContain(
      'Microsoft Update',
    );
  }
});

test("the by-hand guide gives the Windows 2000 registry key of KB953297, which differs from XP's", () => {
  const text = textOf(distPage(BY_HAND)!);
  expect(text).toContain('HKLM\\SOFTWARE\\Microsoft\\Updates\\.NETFramework\\1.1\\M953297');
  expect(text).toContain('HKLM\\SOFTWARE\\Microsoft\\Updates\\.NET Framework\\1.1\\M953297');
});

test('the reinstall guide gives Windows 2000, where .NET 3.5 does not install, its own order without 3.5', () => {
  const sections = routesUnder(REINSTALL, 'h3');
  expect(sections.map((s) => s.heading)).toContain('On Windows 2000');
  const page = distPage(REINSTALL)!.toString();
  const windows2000 = page.split(/<h3[^>]*>On Windows 2000<\/h3>/)[1].split(/<h[23][ >]/)[0];
  expect(windows2000).toContain('2.0 SP2');
  expect(windows2000).not.toMatch(/Install <strong>\.NET Framework 3\.5/);
});

test('the KB953295 page does not claim reinstalling is "not an option"', () => {
  expect(textOf(distPage('/kb/953295/')!)).not.toContain('not an option');
});

test("KB974291 and KB974469 are titled for Windows Server 2008 RTM, the bulletin's row", () => {
  for (const kb of ['974291', '974469']) {
    expect(textOf(distPage(`/kb/${kb}/`)!.querySelector('h1')!), kb).toMatch(
      /Windows Server 2008 RTM/,
    );
  }
});
