import { expectNoAxeViolationsInBothSchemes } from '../axe';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { htmlFiles } from '../dist';

// One page of each type; the finder page is checked in its empty, answered and error states by
// finder.spec.ts. Every guide shares one template and the same MDX elements, so the guide with
// command lines, tables, lists and Unconfirmed marks stands for all four.
const PAGES: Record<string, { path: string; prepare?: (page: Page) => Promise<void> }> = {
  home: { path: '/' },
  // After a copy, so that the copy buttons' spoken "Copied." is checked too.
  'update page, after a copy': {
    path: '/kb/953297/',
    prepare: async (page) => {
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
      await page
        .getByRole('button', {
          name: 'Copy the silent install command for Windows 2000, Windows XP and Windows Server 2003',
        })
        .click();
      await expect(page.getByText('Copied.')).toBeVisible();
    },
  },
  'update index': { path: '/kb/' },
  'fix page': { path: '/fix/ms09-061/windows-vista-sp2-x86/net-2-0-sp2/' },
  'search page': { path: '/search/' },
  'fix index': { path: '/fix/' },
  bulletin: { path: '/bulletins/ms09-061/' },
  'bulletin with footnotes and two updates for one version': { path: '/bulletins/ms10-070/' },
  'bulletin details': { path: '/bulletins/ms10-070/details/' },
  'bulletin list': { path: '/bulletins/' },
  'update page with footnotes': { path: '/kb/2416472/' },
  'fix page with two updates': { path: '/fix/ms10-070/windows-xp-sp2-sp3-x86/net-3-5/' },
  'finder answering both bulletins': {
    path: '/finder/?os=windows-xp-sp2-sp3&arch=x86&fw=net-1-1-sp1,net-2-0-sp2,net-3-5-sp1',
    prepare: async (page) => {
      await page.getByRole('region', { name: /^MS10-070 for / }).waitFor();
    },
  },
  'guide with command lines': { path: '/guides/install-the-update-by-hand/' },
  'guide index': { path: '/guides/' },
  'not-found page': { path: '/kb/123/' },
};

for (const [name, { path, prepare }] of Object.entries(PAGES)) {
  test(`axe finds nothing on the ${name} in light and dark mode`, async ({ page }) => {
    await page.goto(path);
    await prepare?.(page);
    await expectNoAxeViolationsInBothSchemes(page);
  });
}

/** Properties a dark-theme rule may set: colours, and custom properties that hold a colour. */
const COLOUR_PROPERTY = /^(color|background-color|border-color|outline-color|color-scheme)$/;
const COLOUR_VALUE = /^(var\(--color-[a-z]+(-\d+)?\)|#[0-9a-f]{3,8}|color-mix\(.*\)|dark)$/;

// Dark mode gets only axe's colour rules (tests/axe.ts): that holds while the dark theme changes
// nothing but colours, which is what this reads from the CSS of every page in dist/.
test('the dark theme changes colours only, so axe in dark mode needs only its colour rules', () => {
  const others = new Set<string>();
  let rules = 0;
  // Pages of one type share their styles: each distinct style sheet is read once.
  const sheets = new Set(
    htmlFiles().flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/<style[^>]*>([^<]*)<\/style>/g)].map((m) => m[1]),
    ),
  );
  for (const css of sheets) {
    expect(css).not.toMatch(/prefers-color-scheme/);
    for (const [, selector, body] of css.matchAll(
      /([^{}]*data-theme=['"]?dark[^{}]*)\{([^{}]*)\}/g,
    )) {
      rules += 1;
      for (const declaration of body.split(';').filter((d) => d.trim())) {
        const [property, ...value] = declaration.split(':').map((part) => part.trim());
        const allowed = property.startsWith('--')
          ? COLOUR_VALUE.test(value.join(':'))
          : COLOUR_PROPERTY.test(property);
        if (!allowed) others.add(`${selector.trim()} { ${declaration.trim()} }`);
      }
    }
  }
  expect(rules).toBeGreaterThan(20);
  expect([...others]).toEqual([]);
});
