import { expect, test } from '@playwright/test';
import { distPage, textOf } from '../dist';
import { REFERENCE_PAIRS } from '../fixtures/reference-rows';
import { at } from '../site';

// Every fix page is read from dist/ in one loop: what they show is fixed at build time.
test('every affected pair has a page that leads to the reference\'s KB and shows its package', () => {
  const wrong: string[] = [];
  for (const pair of REFERENCE_PAIRS) {
    const where = `row ${pair.row}: /fix/${pair.os}/${pair.framework}/`;
    const page = distPage(`/fix/${pair.os}/${pair.framework}/`);
    if (!page) {
      wrong.push(`${where} has no page`);
      continue;
    }
    const lead = page.querySelector('.lead a');
    if (lead?.getAttribute('href') !== `/kb/${pair.kb}/` || textOf(lead) !== `KB${pair.kb}`) wrong.push(`${where} leads to ${lead?.toString()}`);
    const download = page.querySelectorAll('section').find((section) => textOf(section).startsWith(`Download KB${pair.kb}`));
    if (!download || !textOf(download).includes(pair.installer)) wrong.push(`${where} does not offer ${pair.installer}`);
  }
  expect(wrong).toEqual([]);
});

test('a pair the bulletin calls not affected has no page of its own', () => {
  expect(distPage('/fix/windows-vista-sp2-x86/net-3-5-sp1/')).toBeNull();
});

test('the fix index links every affected pair once', () => {
  const index = distPage('/fix/')!;
  const hrefs = index.querySelectorAll('a').map((a) => a.getAttribute('href'));
  for (const pair of REFERENCE_PAIRS) {
    expect(hrefs.filter((href) => href === `/fix/${pair.os}/${pair.framework}/`), `row ${pair.row}: ${pair.os} ${pair.framework}`).toHaveLength(1);
  }
});

test('a fix page opened in the browser shows its answer', { tag: '@base-path' }, async ({ page }) => {
  const response = await page.goto(at('/fix/windows-vista-sp1-x64/net-2-0-sp1/'));
  expect(response?.status()).toBe(200);
  await expect(page.locator('.lead').getByRole('link', { name: 'KB974291' })).toHaveAttribute('href', at('/kb/974291/'));
  await expect(page.getByRole('region', { name: 'Download KB974291' })).toContainText('Windows6.0-KB974291-x64');
});
