import { createHash } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { firstViewParts } from '../../src/lib/first-view';
import { PAGE_BUDGETS } from '../budgets/page-budgets';

const sha256 = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;

/** Records what the page refuses under its Content-Security-Policy, as the browser reports it. */
function watchPolicy(page: Page) {
  const refused: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) refused.push(message.text());
  });
  return refused;
}

for (const { name, sample } of PAGE_BUDGETS) {
  test(`the ${name} runs its inline starter and style under the page's CSP, refusing nothing`, async ({ page }) => {
    const refused = watchPolicy(page);
    await page.goto(sample);
    await page.waitForLoadState('networkidle');
    // The starter ran: it sets the theme, and the stylesheet it belongs to applied.
    await expect(page.locator('html')).toHaveAttribute('data-theme', /^(light|dark)$/);
    await expect(page.getByRole('link', { name: 'Search', exact: true })).toHaveCSS('border-top-style', 'solid');
    expect(refused).toEqual([]);
  });
}

for (const { name, sample } of PAGE_BUDGETS) {
  // A meta CSP binds only what follows it, and the starter runs before it; a host that sends the
  // policy as a header binds the whole page, so every inline script and style needs its hash.
  test(`the ${name}'s CSP lists the hash of every inline script and style it carries`, async ({ request }) => {
    const html = await (await request.get(sample)).text();
    const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
    const scriptSources = /script-src ([^;]*)/.exec(policy)?.[1]?.split(' ') ?? [];
    const styleSources = /style-src ([^;]*)/.exec(policy)?.[1]?.split(' ') ?? [];
    const { inlineScripts, inlineStyles } = firstViewParts(html);
    expect(inlineScripts.length + inlineStyles.length).toBeGreaterThan(0);
    for (const code of inlineScripts) expect(scriptSources).toContain(sha256(code));
    for (const code of inlineStyles) expect(styleSources).toContain(sha256(code));
  });
}

for (const { name, sample } of PAGE_BUDGETS.filter((budget) => !budget.tool)) {
  test(`the ${name} fetches no script before the visitor acts`, async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto(sample);
    await page.waitForLoadState('networkidle');
    expect(scripts).toEqual([]);
  });
}

test('the page is one request: no stylesheet file is fetched', async ({ page }) => {
  const stylesheets: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'stylesheet') stylesheets.push(request.url());
  });
  await page.goto('/kb/953297/');
  await page.waitForLoadState('networkidle');
  expect(stylesheets).toEqual([]);
});

test('reaching the search button with the keyboard starts loading search, before it is pressed', async ({ page }) => {
  await page.goto('/kb/953297/');
  await page.waitForLoadState('networkidle');
  const loading = page.waitForRequest((request) => request.resourceType() === 'script');
  await page.getByRole('link', { name: 'Search', exact: true }).focus();
  await loading;
  await expect(page.getByRole('dialog', { name: 'Search the site' })).toBeHidden();
});

test('opening search with its shortcut, then a second time, fetches no script twice', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto('/guides/');
  await page.keyboard.press('Control+k');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+k');
  await page.getByRole('dialog', { name: 'Search the site' }).getByRole('searchbox').fill('KB953297');
  await expect(page.locator('dialog [data-results] > li').first()).toContainText('Go to KB953297');
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts).toEqual([...new Set(scripts)]);
});
