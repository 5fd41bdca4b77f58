import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'node-html-parser';
import { cspHashSource, metaPolicy } from '../../src/site/csp';
import { firstViewParts } from '../../tools/budgets/first-view';
import { pageTypeSamples } from '../../tools/budgets/page-weights';
import { DIST } from '../dist';

/** Records what the page refuses under its Content-Security-Policy, as the browser reports it. */
function watchPolicy(page: Page) {
  const refused: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
      refused.push(message.text());
  });
  return refused;
}

// One load of each page type's sample shows both: the starter ran under the page's own policy, and
// a page without a tool fetched no script of its own before the visitor acted.
for (const {
  budget: { name, tool },
  sample,
} of pageTypeSamples()) {
  test(`the ${name} runs its inline starter and style under the page's CSP, refusing nothing${tool ? '' : ', and fetches no script before the visitor acts'}`, async ({
    page,
  }) => {
    const refused = watchPolicy(page);
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto(sample);
    await page.waitForLoadState('networkidle');
    // The starter ran: it sets the theme, and the stylesheet it belongs to applied.
    await expect(page.locator('html')).toHaveAttribute('data-theme', /^(light|dark)$/);
    await expect(page.getByRole('link', { name: 'Search', exact: true })).toHaveCSS(
      'border-top-style',
      'solid',
    );
    expect(refused).toEqual([]);
    if (!tool) expect(scripts).toEqual([]);
  });
}

// A meta CSP binds only what follows it, and the starter runs before it; a host that sends the
// policy as a header binds the whole page, so every inline script and style needs its hash. And
// each page allows only its own styles: Astro lists every page's style hashes on every page, and
// tools/finish-build.mjs cuts them to the page's own (those in a <template> count: a script may
// put them in). The HTML is what dist/ holds, read without a browser.
test("every page type's CSP lists the hash of every inline script and style it carries, and of no other style", () => {
  const wrong: string[] = [];
  for (const {
    budget: { name },
    sample,
  } of pageTypeSamples()) {
    const html = readFileSync(
      join(DIST, new URL(sample, 'http://site').pathname.replace(/\/$/, '/index.html')),
      'utf8',
    );
    const policy = metaPolicy(html) ?? '';
    const scriptSources = /script-src ([^;]*)/.exec(policy)?.[1]?.split(' ') ?? [];
    const styleSources = /style-src ([^;]*)/.exec(policy)?.[1]?.split(' ') ?? [];
    const { inlineScripts, inlineStyles } = firstViewParts(html);
    if (inlineScripts.length + inlineStyles.length === 0)
      wrong.push(`${name}: no inline script or style at all`);
    for (const code of inlineScripts)
      if (!scriptSources.includes(cspHashSource(code)))
        wrong.push(`${name}: script ${cspHashSource(code)} missing`);
    for (const code of inlineStyles)
      if (!styleSources.includes(cspHashSource(code)))
        wrong.push(`${name}: style ${cspHashSource(code)} missing`);
    const ownStyles: string[] = parse(html)
      .querySelectorAll('style')
      .map((style) => cspHashSource(style.rawText));
    for (const source of styleSources)
      if (source.startsWith("'sha") && !ownStyles.includes(source))
        wrong.push(`${name}: style ${source} of no style it carries`);
  }
  expect(wrong).toEqual([]);
});

test('the page is one request: no stylesheet file is fetched', async ({ page }) => {
  const stylesheets: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'stylesheet') stylesheets.push(request.url());
  });
  await page.goto('/kb/953297/');
  await page.waitForLoadState('networkidle');
  expect(stylesheets).toEqual([]);
});

test('reaching the search button with the keyboard starts loading search, before it is pressed', async ({
  page,
}) => {
  await page.goto('/kb/953297/');
  await page.waitForLoadState('networkidle');
  const loading = page.waitForRequest((request) => request.resourceType() === 'script');
  await page.getByRole('link', { name: 'Search', exact: true }).focus();
  await loading;
  await expect(page.getByRole('dialog', { name: 'Search the site' })).toBeHidden();
});

test('opening search with its shortcut, then a second time, fetches no script twice', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto('/guides/');
  await page.keyboard.press('Control+k');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+k');
  await page
    .getByRole('dialog', { name: 'Search the site' })
    .getByRole('searchbox')
    .fill('KB953297');
  await expect(page.locator('dialog [data-results] > li').first()).toContainText('Go to KB953297');
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts).toEqual([...new Set(scripts)]);
});
