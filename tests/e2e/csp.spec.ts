/**
 * Every interactive feature used on every page type, with the CSP header and meta policy in force:
 * the browser must report no violation.
 */
import { expect, test, type Page } from '@playwright/test';

async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation(text: string): void }).reportViolation(
        `${event.violatedDirective} ${event.blockedURI}`,
      );
    });
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

async function searchFor(page: Page, query: string) {
  await page.getByRole('link', { name: 'Search', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Search the site' });
  await dialog.getByRole('searchbox').fill(query);
  // Pagefind's first load can be slow on a busy machine; what is tested is the policy, not the speed.
  await expect(dialog.locator('[data-results] > li').first()).toBeVisible();
  await page.keyboard.press('Escape');
}

test.beforeEach(async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

const PAGES: Record<string, { path: string; use: (page: Page) => Promise<void> }> = {
  home: {
    path: '/',
    use: async (page) => {
      await page.getByLabel('1. Windows version').selectOption('windows-xp-sp2-sp3');
      await page.getByRole('checkbox', { name: '1.1 SP1' }).check();
      await page.getByRole('button', { name: 'Copy link to this answer' }).click();
      await page.getByLabel('Theme').selectOption('dark');
      await searchFor(page, 'KB953297');
    },
  },
  'update page': {
    path: '/kb/953297/',
    use: async (page) => {
      await page
        .getByRole('button', { name: 'Copy link to the section “Download KB953297”' })
        .click();
      await searchFor(page, 'cleanup tool');
    },
  },
  'fix page': {
    path: '/fix/ms09-061/windows-vista-sp2-x86/net-2-0-sp2/',
    use: async (page) => {
      await page
        .getByRole('button', { name: 'Copy link to the section “Download KB974470”' })
        .click();
      await searchFor(page, '0x643');
    },
  },
  bulletin: {
    path: '/bulletins/ms09-061/',
    use: async (page) => {
      await page
        .getByRole('button', { name: /^Copy link to the section/ })
        .first()
        .click();
      await searchFor(page, 'ms09-061');
    },
  },
  guide: {
    path: '/guides/read-the-setup-logs/',
    use: async (page) => {
      await page
        .getByRole('button', { name: /^Copy link to the section/ })
        .first()
        .click();
      await searchFor(page, 'logs');
    },
  },
  finder: {
    path: '/finder/?os=windows-xp-sp2-sp3&arch=x86&fw=net-1-1-sp1',
    use: async (page) => {
      await page.getByRole('checkbox', { name: '2.0', exact: true }).check();
      await page.getByRole('button', { name: 'Copy link to this answer' }).click();
    },
  },
  'search page': {
    path: '/search/?q=KB953300',
    use: async (page) => {
      await expect(page.getByRole('main').locator('[data-results] > li').first()).toBeVisible();
    },
  },
  'not-found page': {
    path: '/guides/cleanup-tool/',
    use: async (page) => {
      await expect(page.getByRole('main').locator('[data-results] > li').first()).toBeVisible();
    },
  },
  'index pages': {
    path: '/kb/',
    use: async (page) => {
      await page.goto('/fix/');
      await page.goto('/guides/');
    },
  },
};

for (const [name, { path, use }] of Object.entries(PAGES)) {
  test(`no CSP violation on the ${name} while its features are used`, async ({ page }) => {
    const violations = await watchViolations(page);
    const response = await page.goto(path);
    expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    await use(page);
    expect(violations).toEqual([]);
  });
}

test.describe('with the service worker', () => {
  // playwright.config.ts blocks it elsewhere: every page registers the same script under the same
  // 'self', so one page type lets it register and precache the site.
  test.use({ serviceWorkers: 'allow' });

  test('no CSP violation while the service worker registers and installs', async ({ page }) => {
    const violations = await watchViolations(page);
    await page.goto('/kb/953297/');
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    expect(violations).toEqual([]);
  });
});
