import { expectNoAxeViolations } from '../axe';
import { expect, test } from '@playwright/test';

// The finder page is checked in its empty, answered and error states by finder.spec.ts.
const PAGES = {
  home: '/',
  'KB page': '/kb/953297/',
  'update index': '/kb/',
  'combination page': '/fix/windows-vista-sp2-x86/net-2-0-sp2/',
  'search page': '/search/',
  'combination index': '/fix/',
  bulletin: '/bulletins/ms09-061/',
  guide: '/guides/read-the-setup-logs/',
  'guide with command lines': '/guides/install-the-update-by-hand/',
  'guide index': '/guides/',
  'not-found page': '/kb/123/',
};

for (const scheme of ['light', 'dark'] as const) {
  for (const [name, path] of Object.entries(PAGES)) {
    test(`axe finds nothing on the ${name} in ${scheme} mode`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
      await expectNoAxeViolations(page);
    });
  }
}
