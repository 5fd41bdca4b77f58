import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { at } from '../site';

/**
 * Every page address the site had published before it covered a second bulletin, as that build
 * listed them (tests/fixtures/published-addresses.txt). A link shared then must still answer: with
 * its page, or by forwarding (a 301 where the host reads `_redirects`, as the test server does) to
 * a page that is there.
 */
const PUBLISHED = readFileSync('tests/fixtures/published-addresses.txt', 'utf8')
  .split('\n')
  .filter((line) => line.startsWith('/'));

test('the list holds every address of that build, the 71 fix pages among them', () => {
  expect(PUBLISHED).toHaveLength(405);
  expect(PUBLISHED.filter((address) => /^\/fix\/[^/]+\/[^/]+\/$/.test(address))).toHaveLength(71);
});

test('every published address still answers, the old fix pages by forwarding to their bulletin', async ({
  request,
}) => {
  const broken: string[] = [];
  for (const address of PUBLISHED) {
    const response = await request.get(at(address), { maxRedirects: 0 });
    if (response.status() === 200) continue;
    const location = response.headers().location;
    if (response.status() !== 301 || !location) {
      broken.push(`${address}: ${response.status()}`);
      continue;
    }
    const target = await request.get(location, { maxRedirects: 0 });
    if (target.status() !== 200) broken.push(`${address} → ${location}: ${target.status()}`);
  }
  expect(broken).toEqual([]);
});

test('an old fix address forwards to the same pair of the bulletin it belonged to', async ({
  page,
}) => {
  await page.goto(at('/fix/windows-vista-sp2-x86/net-2-0-sp2/'));
  await expect(page).toHaveURL(at('/fix/ms09-061/windows-vista-sp2-x86/net-2-0-sp2/'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'MS09-061: Windows Vista Service Pack 2 (32-bit) with .NET Framework 2.0 Service Pack 2',
  );
});
