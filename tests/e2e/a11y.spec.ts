import { expectNoAxeViolationsInBothSchemes } from '../axe';
import { test } from '@playwright/test';

// One page of each type; the finder page is checked in its empty, answered and error states by
// finder.spec.ts. Every guide shares one template and the same MDX elements, so the guide with
// command lines, tables, lists and Unconfirmed marks stands for all four.
const PAGES = {
  home: '/',
  'KB page': '/kb/953297/',
  'update index': '/kb/',
  'combination page': '/fix/windows-vista-sp2-x86/net-2-0-sp2/',
  'search page': '/search/',
  'combination index': '/fix/',
  bulletin: '/bulletins/ms09-061/',
  'guide with command lines': '/guides/install-the-update-by-hand/',
  'guide index': '/guides/',
  'not-found page': '/kb/123/',
};

for (const [name, path] of Object.entries(PAGES)) {
  test(`axe finds nothing on the ${name} in light and dark mode`, async ({ page }) => {
    await page.goto(path);
    await expectNoAxeViolationsInBothSchemes(page);
  });
}
