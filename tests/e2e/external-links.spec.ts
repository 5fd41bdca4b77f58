import { expect, test } from '@playwright/test';
import { distPage, textOf } from '../dist';

/** The links of a page's main content, as dist/ holds them: text, address and rel. */
const linksOf = (address: string) =>
  distPage(address)!
    .querySelector('main')!
    .querySelectorAll('a')
    .map((a) => ({ text: textOf(a), href: a.getAttribute('href'), rel: a.getAttribute('rel') }));

test("an update page's download links say they open Microsoft's site, and send no referrer", () => {
  const link = linksOf('/kb/953297/').find(
    (a) => a.href === 'https://www.catalog.update.microsoft.com/Search.aspx?q=KB953297',
  )!;
  expect(link.rel).toBe('external noopener noreferrer');
  expect(link.text).toContain('↗');
  expect(link.text).toContain("(opens Microsoft's site)");
});

test("a link in a guide's text to Microsoft's site is marked the same way", () => {
  const link = linksOf('/guides/read-the-setup-logs/').find(
    (a) => a.href === 'http://support.microsoft.com/kb/951950',
  )!;
  expect(link.rel).toBe('external noopener noreferrer');
  expect(link.text).toContain("(opens Microsoft's site)");
});

// The finder writes its answer in the browser, so its links are checked there.
test("the finder's download links are marked the same way", async ({ page }) => {
  await page.goto('/finder/?os=windows-xp-sp2-sp3&arch=x86&fw=net-1-1-sp1');
  const link = page.getByRole('link', {
    name: "Search the Update Catalog for KB953297 (opens Microsoft's site)",
  });
  await expect(link).toHaveAttribute('rel', 'external noopener noreferrer');
});

test("links between the site's own pages are not marked", () => {
  const link = linksOf('/guides/install-the-update-by-hand/').find(
    (a) => a.href === '/kb/953297/',
  )!;
  expect(link.rel ?? '').not.toMatch(/external/);
  expect(link.text).not.toContain('↗');
});
