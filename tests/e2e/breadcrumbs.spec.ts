import { expect, test } from '@playwright/test';
import { addressOf, distPage, htmlFiles, textOf } from '../dist';

test('every breadcrumb trail in dist/ starts at Home, once, and ends with the page itself', () => {
  const wrong: string[] = [];
  let trails = 0;
  for (const file of htmlFiles()) {
    const address = addressOf(file);
    const nav = distPage(address)!.querySelector('nav[aria-label="Breadcrumb"]');
    if (!nav) continue;
    trails += 1;
    const links = nav
      .querySelectorAll('a')
      .map((a) => ({ text: textOf(a), href: a.getAttribute('href') }));
    if (JSON.stringify(links[0]) !== JSON.stringify({ text: 'Home', href: '/' }))
      wrong.push(`${address}: starts with ${JSON.stringify(links[0])}`);
    if (links.filter((link) => link.text === 'Home').length !== 1)
      wrong.push(`${address}: Home ${links.filter((link) => link.text === 'Home').length} times`);
    if (!nav.querySelector('[aria-current="page"]')) wrong.push(`${address}: no current page`);
  }
  expect(trails).toBeGreaterThan(200);
  expect(wrong).toEqual([]);
});
