import { expect, test, type Page } from '@playwright/test';
import { at } from '../site';
import { pageTypeSamples } from '../../tools/budgets/page-weights';

const theme = (page: Page) => page.getByRole('combobox', { name: 'Theme' });

test('dark chosen in the theme menu survives a reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(at('/'));
  await expect(theme(page)).toHaveValue('system');
  await theme(page).selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(theme(page)).toHaveValue('dark');
});

test('light chosen stays light on a dark system', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(at('/'));
  await theme(page).selectOption('light');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('without a choice the theme follows the system', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(at('/'));
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('on "system" the theme follows the system as it changes', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(at('/'));
  await theme(page).selectOption('dark');
  await theme(page).selectOption('system');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('a stored choice is on the page before its body is drawn', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(at('/'));
  await theme(page).selectOption('dark');
  // Read as the body starts to arrive, before anything below the head can be painted.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.body) return;
      observer.disconnect();
      document.documentElement.setAttribute(
        'data-theme-at-body',
        document.documentElement.dataset.theme ?? '',
      );
    }).observe(document, { childList: true, subtree: true });
  });
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme-at-body', 'dark');
});

test('the theme menu is reached and changed with the keyboard', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(at('/kb/953297/'));
  await theme(page).focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('the skip link is the first thing the keyboard reaches and jumps to the content', async ({
  page,
}) => {
  await page.goto(at('/kb/953297/'));
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});

test('printing shows the article without navigation', async ({ page }) => {
  await page.goto(at('/kb/953297/'));
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('breadcrumbs lead back up from an update page', async ({ page }) => {
  await page.goto(at('/kb/974470/'));
  const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
  await expect(crumbs.locator('[aria-current="page"]')).toHaveText('KB974470');
  await crumbs.getByRole('link', { name: 'Updates' }).click();
  await expect(page).toHaveURL(at('/kb/'));
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header offers Search as a link to the search page, and no theme menu that could not work', async ({
    page,
  }) => {
    await page.goto(at('/kb/953297/'));
    await expect(theme(page)).toBeHidden();
    await page.getByRole('link', { name: 'Search', exact: true }).click();
    await expect(page).toHaveURL(at('/search/'));
  });
});

test('with JavaScript the header Search opens the search dialog instead of leaving the page', async ({
  page,
}) => {
  await page.goto(at('/kb/953297/'));
  await page.getByRole('link', { name: 'Search', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'Search the site' })).toBeVisible();
  await expect(page).toHaveURL(at('/kb/953297/'));
});

test.describe('on a phone 375 pixels wide', () => {
  test.use({ viewport: { width: 375, height: 800 } });

  // Every page type's sample, the error page with the longest name Microsoft gives a code
  // (ERROR_PATCH_MANAGED_ADVERTISED_PRODUCT, 1651): a word that long must wrap, not widen the page;
  // and MS10-070's longest names: its bulletin, its busiest update and a Server 2008 R2 SP1 fix.
  const addresses = [
    ...pageTypeSamples().map(({ sample }) => sample),
    '/errors/1651/',
    '/bulletins/ms10-070/',
    '/bulletins/ms10-070/details/',
    '/kb/2416472/',
    '/fix/ms10-070/windows-server-2008-r2-sp1-ia64/net-4-0/',
  ];

  test('no page type scrolls sideways', async ({ page }) => {
    const wider: string[] = [];
    for (const address of addresses) {
      await page.goto(address);
      const overflow = await page.evaluate(
        () => document.scrollingElement!.scrollWidth - document.scrollingElement!.clientWidth,
      );
      if (overflow > 0) wider.push(`${address} by ${overflow} px`);
    }
    expect(wider).toEqual([]);
  });
});

test('the header names the site and what it is for, with a space between them', async ({
  page,
}) => {
  await page.goto('/kb/');
  await expect(page.getByRole('banner').getByRole('link').first()).toHaveText(
    '.NET update fix help · error 0x643 / 1603',
  );
});
