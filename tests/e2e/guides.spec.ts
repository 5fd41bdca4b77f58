import { expect, test } from '@playwright/test';

test('a guide heading anchor link, opened in a new page, scrolls to that heading', async ({ page, context }) => {
  await page.goto('/guides/reinstall-dotnet-in-order/');
  const heading = page.getByRole('heading', { level: 2 }).nth(2);
  const id = await heading.getAttribute('id');
  const anchor = page.locator(`a[href="#${id}"]`);
  await expect(anchor).toHaveCount(1);
  const shared = new URL(`#${id}`, page.url()).toString();

  const colleague = await context.newPage();
  await colleague.setViewportSize({ width: 1000, height: 600 });
  await colleague.goto(shared);
  const target = colleague.locator(`#${id}`);
  await expect(target).toBeInViewport();
  expect(await colleague.evaluate(() => window.scrollY)).toBeGreaterThan(0);
});

test('the guides index lists every guide in reading order', async ({ page }) => {
  await page.goto('/guides/');
  const links = page.getByRole('article').getByRole('listitem').getByRole('link');
  await expect(links).toHaveCount(4);
  await expect(links.first()).toHaveAttribute('href', '/guides/error-0x643-1603/');
});
