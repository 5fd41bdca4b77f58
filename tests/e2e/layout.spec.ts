import { expect, test } from '@playwright/test';
import { at } from '../site';

test('dark mode chosen with the toggle survives a reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(at('/'));
  const toggle = page.getByRole('button', { name: 'Dark mode' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('button', { name: 'Dark mode' })).toHaveAttribute('aria-pressed', 'true');
});

test('without a choice the theme follows the system', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(at('/'));
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('the skip link is the first thing the keyboard reaches and jumps to the content', async ({ page }) => {
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

test('breadcrumbs lead back up from a KB page', async ({ page }) => {
  await page.goto(at('/kb/974470/'));
  const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
  await expect(crumbs.locator('[aria-current="page"]')).toHaveText('KB974470');
  await crumbs.getByRole('link', { name: 'Updates' }).click();
  await expect(page).toHaveURL(at('/kb/'));
});
