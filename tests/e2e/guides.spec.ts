import { expect, test } from '@playwright/test';
import { distPage } from '../dist';
import { at } from '../site';

test('a guide heading anchor link, opened in a new page, scrolls to that heading', { tag: '@base-path' }, async ({ page, context }) => {
  await page.goto(at('/guides/reinstall-dotnet-in-order/'));
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

test('the guides index lists every guide in reading order', () => {
  const links = distPage('/guides/')!.querySelectorAll('article li a').map((a) => a.getAttribute('href'));
  // The order the error guide itself recommends: understand, install by hand, read the logs, reinstall.
  expect(links).toEqual(['/guides/error-0x643-1603/', '/guides/install-the-update-by-hand/', '/guides/read-the-setup-logs/', '/guides/reinstall-dotnet-in-order/']);
});
