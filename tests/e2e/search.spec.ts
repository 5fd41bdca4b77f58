import { gzipSync } from 'node:zlib';
import { expectNoAxeViolations, expectNoAxeViolationsInBothSchemes } from '../axe';
import { expectNoVisibleLayoutShift } from '../layout-shift';
import { expect, test, type Page } from '@playwright/test';
import { ALL_KBS } from '../fixtures/reference-rows';
import { MS10_070_KBS } from '../fixtures/ms10-070-reference';
import { at, holdRequests, recordDialogs } from '../site';

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Search the site' });
const field = (page: Page) => dialog(page).getByRole('searchbox');
const results = (page: Page) => dialog(page).locator('[data-results] > li');

/**
 * Past the panel's typing pause (TYPING_PAUSE, 300 ms in src/features/search/client/panel.ts), with room
 * should it grow. The longer pause a partial identifier waits before full text starts only after
 * the query is looked up, later than this jump, so the jump never cuts that one short.
 */
const PAST_TYPING_PAUSE = 1000;

// Every test runs on Playwright's clock, which keeps time as usual but can skip ahead: a query
// filled in is searched at once instead of after a real typing pause, hundreds of times a run.
test.beforeEach(async ({ page }) => {
  await page.clock.install();
});

async function search(page: Page, query: string) {
  if (!(await dialog(page).isVisible()))
    await page.getByRole('link', { name: 'Search', exact: true }).click();
  await field(page).fill(query);
  await page.clock.fastForward(PAST_TYPING_PAUSE);
}

/**
 * Searches with the results of the previous query gone first, so that a check of the new results
 * cannot pass on the old ones when both lead to the same page.
 */
async function searchAfresh(page: Page, query: string) {
  await search(page, '');
  await expect(results(page)).toHaveCount(0);
  await search(page, query);
}

/** Holds back the site's scripts until the returned function is called. */
const holdScripts = async (page: Page) => (await holdRequests(page, '**/_astro/*.js')).release;

/**
 * Pauses the page's clock: no timer fires but by runFor, so a pause lasts exactly as long as it
 * says however busy the machine.
 */
async function pauseClock(page: Page) {
  await page.clock.pauseAt(Date.now() + 60_000);
}

/** The addresses of the Pagefind files the page asks for, as it asks. */
function pagefindRequests(page: Page) {
  const requested: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith(at('/pagefind/'))) requested.push(request.url());
  });
  return requested;
}

/**
 * Every KB in every typed form is answered by answerIdentifier's unit tests
 * (tests/unit/features/search/identifiers.test.ts); the browser shows that the box is wired to it: each KB
 * once, in turn in each form, and one KB in all of them.
 */
const FORMS = (kb: string) => [`KB${kb}`, `kb${kb}`, `KB ${kb}`, `Kb-${kb}`, kb];

test('every KB of both bulletins, typed in the search box, puts its page first', async ({
  page,
}) => {
  await page.goto(at('/guides/'));
  for (const [i, kb] of [...ALL_KBS, ...MS10_070_KBS].entries()) {
    const typed = FORMS(kb)[i % 5];
    await search(page, typed);
    await expect(results(page).first().getByRole('link'), typed).toHaveAttribute(
      'href',
      at(`/kb/${kb}/`),
    );
    await expect(results(page).first()).toContainText(`Go to KB${kb}`);
  }
});

test('KB953297 in any typed form puts its page first', async ({ page }) => {
  await page.goto(at('/guides/'));
  for (const typed of FORMS('953297')) {
    await searchAfresh(page, typed);
    await expect(results(page).first().getByRole('link'), typed).toHaveAttribute(
      'href',
      at('/kb/953297/'),
    );
  }
});

test('a bulletin id in any typed form puts its bulletin page first', async ({ page }) => {
  await page.goto(at('/guides/'));
  for (const [typed, id] of [
    ['MS10-070', 'ms10-070'],
    ['ms10070', 'ms10-070'],
    ['ms10 070', 'ms10-070'],
    ['MS 10-070', 'ms10-070'],
    ['ms09-061', 'ms09-061'],
    ['MS09061', 'ms09-061'],
  ]) {
    await searchAfresh(page, typed);
    await expect(results(page).first().getByRole('link'), typed).toHaveAttribute(
      'href',
      at(`/bulletins/${id}/`),
    );
  }
});

test('one Enter in the search box lands on the update page', async ({ page }) => {
  await page.goto(at('/bulletins/ms09-061/'));
  await search(page, 'kb 974470');
  await expect(results(page).first()).toContainText('Go to KB974470');
  await field(page).press('Enter');
  await expect(page).toHaveURL(at('/kb/974470/'));
});

for (const [code, forms] of [
  ['1603', ['1603', '0x643', '643', '643h', '0x80070643', '80070643', '-2147023293', '2147944003']],
  ['1618', ['1618', '0x652', '652h', '0x80070652', '80070652', '-2147023278', '2147944018']],
] as const) {
  test(`every written form of error ${code} puts its error page first, and Enter opens it`, async ({
    page,
  }) => {
    await page.goto(at('/'));
    for (const typed of forms) {
      await searchAfresh(page, typed);
      await expect(results(page).first().getByRole('link'), typed).toHaveAttribute(
        'href',
        at(`/errors/${code}/`),
      );
    }
    await field(page).press('Enter');
    await expect(page).toHaveURL(at(`/errors/${code}/`));
  });
}

test('an unknown KB number is said to be outside the bulletins the site covers, with no unrelated update page offered', async ({
  page,
}) => {
  await page.goto(at('/'));
  await search(page, 'KB999999');
  await expect(results(page)).toHaveCount(1);
  // MS09-061 is the first bulletin of the content; any later one is named after it.
  await expect(dialog(page).getByRole('status')).toHaveText(
    /^KB999999 is not part of security bulletin MS09-061\b.*\. The fix finder shows which update your computer needs\.$/,
  );
  await expect(
    results(page).first().getByRole('link', { name: 'Open the fix finder' }),
  ).toHaveAttribute('href', at('/finder/'));
  await expect(dialog(page).locator(`a[href^="${at('/kb/')}"]`)).toHaveCount(0);
});

test('a bulletin the site does not cover is said so, naming the ones it covers', async ({
  page,
}) => {
  await page.goto(at('/'));
  await search(page, 'ms08 052');
  await expect(results(page)).toHaveCount(1);
  await expect(dialog(page).getByRole('status')).toHaveText(
    /^MS08-052 is not covered here: this site covers MS09-061\b.*\.$/,
  );
  await expect(dialog(page).locator(`a[href^="${at('/bulletins/')}"]`)).toHaveCount(0);
});

test('a bulletin typed with a space and no hyphen puts its page first', async ({ page }) => {
  await page.goto(at('/'));
  await search(page, 'MS 09061');
  await expect(results(page).first().getByRole('link')).toHaveAttribute(
    'href',
    at('/bulletins/ms09-061/'),
  );
  await expect(results(page).first()).toContainText('Go to MS09-061 — MS09-061: ');
});

test('Enter on an unknown KB keeps its explanation on screen instead of leaving the page', async ({
  page,
}) => {
  await page.goto(at('/kb/953297/'));
  await search(page, 'KB999999');
  await expect(dialog(page).getByRole('status')).toContainText(
    'not part of security bulletin MS09-061',
  );
  await field(page).press('Enter');
  await expect(page).toHaveURL(at('/kb/953297/'));
  await expect(dialog(page).getByRole('status')).toContainText(
    'not part of security bulletin MS09-061',
  );
});

/** The search page's panel, the one with the filters. */
const pagePanel = (page: Page) => page.getByRole('main').locator('search-panel');

test('arrow keys in a filter menu change the filter and leave the focus there', async ({
  page,
}) => {
  await page.goto(at('/search/?q=install'));
  await expect(pagePanel(page).locator('[data-results] > li').first()).toBeVisible();
  const type = pagePanel(page).getByLabel('Page type');
  await type.focus();
  await page.keyboard.press('ArrowDown');
  await expect(type).toBeFocused();
  await expect(type).not.toHaveValue('');
});

test('words find pages by full text, with excerpt, page type and section', async ({ page }) => {
  await page.goto(at('/'));
  await search(page, 'cleanup tool');
  await expect(results(page).first()).toBeVisible();
  await expect(results(page).first().locator('mark').first()).toBeVisible();
  await expect(results(page).getByText('Guide', { exact: true }).first()).toBeVisible();
  await expect(dialog(page).getByText('Section:').first()).toBeVisible();
});

test('the page-type filter keeps only guides', async ({ page }) => {
  await page.goto(at('/search/?q=install'));
  await pagePanel(page).getByLabel('Page type').selectOption('Guide');
  await expect(pagePanel(page).getByRole('status')).toHaveText(/^\d+ pages? found\.$/);
  for (const href of await pagePanel(page)
    .locator('[data-results] > li h2 a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
    expect(href!.startsWith(at('/guides/'))).toBe(true);
  }
});

test('the .NET version filter keeps only pages about that version', async ({ page }) => {
  await page.goto(at('/search/?q=windows'));
  await pagePanel(page).getByLabel('.NET version').selectOption('1.0 SP3');
  await expect(pagePanel(page).getByRole('status')).toHaveText(/^\d+ pages? found\.$/);
  for (const href of await pagePanel(page)
    .locator('[data-results] > li h2 a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
    expect([at('/kb/953295/'), at('/fix/ms09-061/windows-xp-sp2-sp3-x86/net-1-0-sp3/')]).toContain(
      href,
    );
  }
});

test('/search/?q=KB953300 shows results on load, and typing keeps the address in step', async ({
  page,
}) => {
  await page.goto(at('/search/?q=KB953300'));
  const panel = page.getByRole('main').locator('search-panel');
  await expect(panel.locator('[data-results] > li').first()).toContainText('Go to KB953300');
  await panel.getByRole('searchbox').fill('reinstall order');
  await expect(page).toHaveURL(at('/search/?q=reinstall%20order'));
  await expect(panel.locator('[data-results] > li').first()).toBeVisible();
});

for (const [name, key] of [
  ['/', '/'],
  ['Ctrl+K', 'Control+k'],
  ['Cmd+K', 'Meta+k'],
] as const) {
  test(`${name} opens the search box and focuses it`, async ({ page }) => {
    await page.goto(at('/kb/953297/'));
    await page.keyboard.press(key);
    await expect(dialog(page)).toBeVisible();
    await expect(field(page)).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog(page)).toBeHidden();
  });
}

test('arrow keys move through the results and Enter follows one', async ({ page }) => {
  await page.goto(at('/'));
  await search(page, 'KB953297');
  await dialog(page).getByRole('button', { name: 'More results' }).click();
  await expect(results(page).nth(1)).toBeVisible();
  await field(page).focus();
  await page.keyboard.press('ArrowDown');
  await expect(results(page).first().getByRole('link')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  const second = results(page).nth(1).locator('a').first();
  await expect(second).toBeFocused();
  const href = await second.getAttribute('href');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(href!);
});

test('no Pagefind file is requested before search is used', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto(at('/kb/953297/'));
  await page.waitForLoadState('networkidle');
  expect(
    requested.filter(
      (path) =>
        path.startsWith(at('/pagefind/')) ||
        (path.startsWith(at('/search/')) && path.endsWith('.json')),
    ),
  ).toEqual([]);
  await search(page, 'logs');
  await expect(results(page).first()).toBeVisible();
  expect(requested.some((path) => path === at('/pagefind/pagefind.js'))).toBe(true);
});

test('what is typed before the search script arrives is still searched', async ({ page }) => {
  const release = await holdScripts(page);
  await page.goto(at('/kb/953297/'));
  await page.getByRole('link', { name: 'Search', exact: true }).click();
  await field(page).pressSequentially('KB974470');
  release();
  await expect(results(page).first()).toContainText('Go to KB974470');
});

test('a word still being typed when the search script arrives is not searched before the typing pause', async ({
  page,
}) => {
  // Nothing waits out the typing pause on a paused clock: a search before it can only be one the script's arrival started.
  await pauseClock(page);
  const pagefind = pagefindRequests(page);
  const release = await holdScripts(page);
  await page.goto(at('/kb/953297/'));
  await page.getByRole('link', { name: 'Search', exact: true }).click();
  await field(page).pressSequentially('rei');
  release();
  await page.waitForFunction(() => customElements.get('search-panel') !== undefined);
  await field(page).pressSequentially('nstall');
  // Whatever the script's arrival started has had time to ask for Pagefind.
  await page.waitForLoadState('networkidle');
  expect(pagefind).toEqual([]);
  // Time runs again (Pagefind keeps timers of its own): the pause ends and the whole word is searched.
  await page.clock.resume();
  await expect(results(page).first()).toBeVisible();
});

test(
  'when search cannot load, it says so and offers the lists of every page instead',
  { tag: '@base-path' },
  async ({ page }) => {
    await page.route('**/search/kbs.json', (route) => route.abort());
    await page.goto(at('/kb/953297/'));
    await search(page, 'KB953300');
    const status = dialog(page).getByRole('status');
    await expect(status).toHaveText(
      'Search could not be loaded. Check the connection and type again, or browse the updates, error codes or guides.',
    );
    await expect(status.getByRole('link', { name: 'updates' })).toHaveAttribute('href', at('/kb/'));
    await expect(status.getByRole('link', { name: 'error codes' })).toHaveAttribute(
      'href',
      at('/errors/'),
    );
    await expect(status.getByRole('link', { name: 'guides' })).toHaveAttribute(
      'href',
      at('/guides/'),
    );
  },
);

test('a KB number is answered before Pagefind is fetched', async ({ page }) => {
  await page.route('**/pagefind/**', () => {
    // Never answered: the identifier must not wait for full-text search.
  });
  await page.goto('/kb/953297/');
  await search(page, 'KB953300');
  await expect(results(page).first()).toContainText('Go to KB953300');
});

test('an error code is answered, titled as its page, with neither full text nor the setup-log numbers fetched', async ({
  page,
}) => {
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto(at('/kb/953297/'));
  await search(page, '0x80070643');
  await expect(results(page).first()).toHaveText(
    'Go to Error 0x643 (1603) — Error 1603 (0x643): ERROR_INSTALL_FAILURE',
  );
  await expect(dialog(page).getByRole('status')).toHaveText(
    'Error 0x643 (1603) found. More results searches the other pages for it.',
  );
  expect(
    fetched.filter(
      (path) =>
        path.includes('/pagefind/') ||
        path.includes('SearchSecondStep') ||
        path.endsWith('/search/logged.json'),
    ),
  ).toEqual([]);
});

test('a number from a setup log is answered with its level and its page', async ({ page }) => {
  await page.goto(at('/kb/953297/'));
  await search(page, '2203');
  await expect(results(page).first()).toHaveText(
    'Go to Error 0x89B (2203) — Error 2203 in a setup log',
  );
  await expect(results(page).first().getByRole('link')).toHaveAttribute(
    'href',
    at('/errors/2203/'),
  );
});

test('a KB number typed with a pause fetches nothing of Pagefind', async ({ page }) => {
  // A running clock let the 1 s pause after "KB" end while the test was still on its way to typing the rest.
  await pauseClock(page);
  const pagefind = pagefindRequests(page);
  await page.goto(at('/kb/953297/'));
  await page.getByRole('link', { name: 'Search', exact: true }).click();
  // Typed before the search script arrives, "KB" would wait for a typing pause that only runFor ends.
  await page.waitForFunction(() => customElements.get('search-panel') !== undefined);
  const listed = page.waitForResponse((response) => response.url().endsWith('/search/kbs.json'));
  await field(page).pressSequentially('KB');
  // Longer than the typing pause, so "KB" is searched (its list is the sign); shorter than the
  // pause a partial identifier waits before full text.
  await page.clock.runFor(600);
  await listed;
  await field(page).pressSequentially('974470');
  await page.clock.runFor(300);
  await expect(results(page).first()).toContainText('Go to KB974470');
  // Searching is over once the status says what was found: full text, had it run, would be done too.
  await expect(dialog(page).getByRole('status')).toHaveText(
    'KB974470 found. More results searches the other pages for it.',
  );
  expect(pagefind).toEqual([]);
});

test('More results under a KB number lists the other pages found, the keyboard on the first', async ({
  page,
}) => {
  await page.goto(at('/kb/953297/'));
  await search(page, 'KB974470');
  await expect(results(page)).toHaveCount(1);
  const more = dialog(page).getByRole('button', { name: 'More results' });
  await more.focus();
  await page.keyboard.press('Enter');
  await expect(results(page).nth(1).getByRole('link').first()).toBeFocused();
  await expect(dialog(page).getByRole('status')).toHaveText(/^\d+ pages? found/);
});

test('the first search on a page fetches no more than 120 KB, compressed as a static host sends it', async ({
  page,
}) => {
  await page.goto(at('/kb/974417/'));
  await page.waitForLoadState('networkidle');
  const sizes: Promise<number>[] = [];
  page.on('response', (response) =>
    sizes.push(response.body().then((body) => gzipSync(body).length)),
  );
  await search(page, 'KB953297');
  await dialog(page).getByRole('button', { name: 'More results' }).click();
  await expect(results(page).nth(1)).toBeVisible();
  await page.waitForLoadState('networkidle');
  const total = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
  expect(total).toBeLessThanOrEqual(120 * 1024);
});

const HOSTILE = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'><svg onload=alert(1)>",
  'javascript:alert(1)',
  '<iframe src=javascript:alert(1)>',
  '<details open ontoggle=alert(1)>',
  '{{constructor.constructor("alert(1)")()}}',
  '</ol><b>x</b>',
  'x'.repeat(3000),
  '\u202Egnp.exe <b>',
  '<style>*{display:none}</style>',
];

test('hostile searches from the address are shown as text only', async ({ page }) => {
  const dialogs = recordDialogs(page);
  for (const value of HOSTILE) {
    await page.goto(at(`/search/?q=${encodeURIComponent(value)}`));
    const panel = page.getByRole('main').locator('search-panel');
    await expect(panel.locator('[data-status]'), value.slice(0, 30)).not.toHaveText(/^$|Searching/);
    // Every value here is one UTF-16 unit per character, so its first 200 are what the box keeps.
    await expect(panel.getByRole('searchbox')).toHaveValue(value.slice(0, 200));
    await expect(
      page.locator('main img, main iframe, main svg, main details, main b, main style'),
    ).toHaveCount(0);
  }
  expect(dialogs).toEqual([]);
});

test('a /search/ address of 199 letters and an emoji keeps the emoji whole and still searches', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const query = `${'a'.repeat(199)}🙂`;
  await page.goto(at(`/search/?q=${encodeURIComponent(`${query}🙂`)}`));
  const panel = page.getByRole('main').locator('search-panel');
  await expect(panel.getByRole('searchbox')).toHaveValue(query);
  await expect(panel.locator('[data-status]')).toHaveText(/found/);
  expect(errors).toEqual([]);
});

test('the 404 page offers the pages that match the missing address', async ({ page }) => {
  await page.goto(at('/guides/cleanup-tool/'));
  const panel = page.getByRole('main').locator('search-panel');
  await expect(panel.getByRole('searchbox')).toHaveValue('guides cleanup tool');
  await expect(
    panel.locator('[data-results] > li').first().getByRole('link').first(),
  ).toHaveAttribute('href', new RegExp(`^${at('/guides/')}`));
});

test('a missing /kb/999999/ says that KB is not part of the bulletins the site covers', async ({
  page,
}) => {
  await page.goto(at('/kb/999999/'));
  await expect(page.getByRole('main').getByRole('status')).toContainText(
    'KB999999 is not part of security bulletin MS09-061',
  );
});

test('the search page says once, in its live status, that KB999999 is not part of the bulletins the site covers', async ({
  page,
}) => {
  await page.goto(at('/search/?q=KB999999'));
  const main = page.getByRole('main');
  await expect(main.getByRole('status')).toHaveText(
    /^KB999999 is not part of security bulletin MS09-061\b/,
  );
  await expect(main.getByText('is not part of security bulletin MS09-061')).toHaveCount(1);
});

test('words show five results first, and More results adds the next ones', async ({ page }) => {
  await page.goto(at('/search/?q=windows'));
  const main = page.getByRole('main');
  const found = main.locator('[data-results] > li');
  await expect(main.getByRole('status')).toHaveText(/^\d+ pages found, 5 shown\.$/);
  await expect(found).toHaveCount(5);
  await main.getByRole('button', { name: 'More results' }).click();
  await expect(found).toHaveCount(10);
  // The button hid itself while loading; the keyboard goes on from the first new result.
  await expect(found.nth(5).getByRole('link').first()).toBeFocused();
});

test('a KB number answered above the results is not counted among the other pages found', async ({
  page,
}) => {
  await page.goto(at('/search/?q=KB974470'));
  const main = page.getByRole('main');
  await expect(main.locator('[data-results] > li[data-identifier]')).toBeVisible();
  const more = main.getByRole('button', { name: 'More results' });
  const status = main.getByRole('status');
  await more.click();
  await expect(status).toHaveText(/pages? found/);
  const others = main.locator('[data-results] > li:not([data-identifier])');
  // Once every page found is on screen, the count is the count of pages listed under the answer.
  while (await more.isVisible()) {
    const listed = await others.count();
    await more.click();
    await expect(others).not.toHaveCount(listed);
  }
  await expect(status).toHaveText(`${await others.count()} pages found.`);
});

/** Every guide, by its title, typed from the guide list. */
const GUIDE_TITLES = {
  'error-0x643-1603': 'What error 0x643 or 1603 means for a .NET security update',
  'install-the-update-by-hand': 'Install the .NET security update by hand',
  'read-the-setup-logs': 'Read the setup logs of a .NET security update',
  'reinstall-dotnet-in-order': 'Remove and reinstall .NET Framework in the right order',
};

/** The no-JavaScript list of every page (src/features/search/SearchDirectory.astro), found by its sentence. */
const pageDirectory = (page: Page) =>
  page
    .getByRole('main')
    .locator('div', {
      has: page.getByText('Search needs JavaScript, which does not run in this browser.'),
    })
    .last();

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search page shows no search box, which could only reload it', async ({ page }) => {
    await page.goto(at('/search/'));
    await expect(page.getByRole('main').getByRole('searchbox')).toBeHidden();
  });

  test('the search page says search needs JavaScript and links the finder and the lists of every update, error code and guide', async ({
    page,
  }) => {
    await page.goto(at('/search/'));
    const main = page.getByRole('main');
    await expect(
      main.getByText('Search needs JavaScript, which does not run in this browser.'),
    ).toBeVisible();
    await expect(
      main.getByRole('link', { name: 'Fix finder: which update your Windows needs' }),
    ).toHaveAttribute('href', at('/finder/'));
    await expect(main.getByRole('link', { name: /^Every update of MS09-061\b/ })).toHaveAttribute(
      'href',
      at('/kb/'),
    );
    await expect(
      main.getByRole('link', { name: 'Exit codes, 0x643 (1603) among them' }),
    ).toHaveAttribute('href', at('/errors/'));
    await expect(main.getByRole('link', { name: 'Numbers in setup logs' })).toHaveAttribute(
      'href',
      at('/errors/in-logs/'),
    );
    await expect(main.getByRole('link', { name: 'Troubleshooting guides' })).toHaveAttribute(
      'href',
      at('/guides/'),
    );
  });

  test('the search page lists every update of both bulletins by its KB number, under a heading', async ({
    page,
  }) => {
    await page.goto(at('/search/'));
    const directory = pageDirectory(page);
    await expect(directory.getByRole('heading', { level: 2, name: 'Updates' })).toBeVisible();
    await expect(directory.getByRole('link', { name: /^KB\d+$/ })).toHaveCount(
      ALL_KBS.length + MS10_070_KBS.length,
    );
    for (const kb of [...ALL_KBS, ...MS10_070_KBS])
      await expect(directory.getByRole('link', { name: `KB${kb}`, exact: true })).toHaveAttribute(
        'href',
        at(`/kb/${kb}/`),
      );
    // Styled from the list's wrapper, by rules only the search page's stylesheet holds: they look like links.
    const link = directory.getByRole('link', { name: 'KB953297', exact: true });
    await expect(link).toHaveCSS('text-decoration-line', 'underline');
    const textColour = await directory
      .getByRole('heading', { name: 'Updates' })
      .evaluate((heading) => getComputedStyle(heading).color);
    expect(await link.evaluate((a) => getComputedStyle(a).color)).not.toBe(textColour);
  });

  test('the search page lists exit codes, setup-log messages and system errors by number and name, each under its heading', async ({
    page,
  }) => {
    await page.goto(at('/search/'));
    const directory = pageDirectory(page);
    for (const heading of [
      'Exit codes of Windows Installer',
      'Messages in setup logs',
      'Win32 system errors',
    ]) {
      await expect(directory.getByRole('heading', { level: 2, name: heading })).toBeVisible();
    }
    await expect(
      directory.getByRole('link', { name: '1603 ERROR_INSTALL_FAILURE', exact: true }),
    ).toHaveAttribute('href', at('/errors/1603/'));
    await expect(
      directory.getByRole('link', { name: '1618 ERROR_INSTALL_ALREADY_RUNNING', exact: true }),
    ).toHaveAttribute('href', at('/errors/1618/'));
    await expect(directory.getByRole('link', { name: 'Info 1603', exact: true })).toHaveAttribute(
      'href',
      at('/errors/1603/'),
    );
    await expect(directory.getByRole('link', { name: 'Error 1935', exact: true })).toHaveAttribute(
      'href',
      at('/errors/1935/'),
    );
    await expect(
      directory.getByRole('link', {
        name: '1935 ERROR_AUTHENTICATION_FIREWALL_FAILED',
        exact: true,
      }),
    ).toHaveAttribute('href', at('/errors/1935/'));
  });

  test('the search page links every error page there is', async ({ page }) => {
    await page.goto(at('/errors/'));
    const exitCodes = await page
      .getByRole('main')
      .locator(`li > a[href^="${at('/errors/')}"]`)
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    await page.goto(at('/errors/in-logs/'));
    const inLogs = await page
      .getByRole('main')
      .locator(`li > a[href^="${at('/errors/')}"]`)
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    await page.goto(at('/search/'));
    const listed = new Set(
      await pageDirectory(page)
        .locator(`a[href^="${at('/errors/')}"]`)
        .evaluateAll((links) => links.map((link) => link.getAttribute('href'))),
    );
    const everyErrorPage = [...new Set([...exitCodes, ...inLogs])];
    // The 138 error pages of the catalogue, each in one list or both.
    expect(everyErrorPage.length).toBeGreaterThanOrEqual(138);
    expect(everyErrorPage.filter((href) => !listed.has(href))).toEqual([]);
  });

  test('the search page lists every guide by its title', async ({ page }) => {
    await page.goto(at('/search/'));
    const directory = pageDirectory(page);
    await expect(directory.getByRole('heading', { level: 2, name: 'Guides' })).toBeVisible();
    for (const [slug, title] of Object.entries(GUIDE_TITLES)) {
      await expect(directory.getByRole('link', { name: title, exact: true })).toHaveAttribute(
        'href',
        at(`/guides/${slug}/`),
      );
    }
  });
});

// axe runs in the page, so it needs JavaScript: the page is shown as a browser without it shows it
// (html without data-js, which the starter sets), in both themes.
test('axe finds nothing in the search page’s list for browsers without JavaScript', async ({
  page,
}) => {
  await page.goto(at('/search/'));
  await page.evaluate(() => delete document.documentElement.dataset.js);
  await expect(
    page.getByText('Search needs JavaScript, which does not run in this browser.'),
  ).toBeVisible();
  await expectNoAxeViolationsInBothSchemes(page);
});

test('with JavaScript, the search page neither shows nor reads out the list of every page, and its results do not move', async ({
  page,
}) => {
  await page.goto(at('/search/?q=KB953297'));
  await expect(page.getByRole('main').locator('[data-results] > li').first()).toBeVisible();
  await expect(
    page.getByText('Search needs JavaScript, which does not run in this browser.'),
  ).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Updates', exact: true })).toHaveCount(0);
  await expectNoVisibleLayoutShift(page);
});

test('axe finds nothing with search results open in light and dark mode', async ({ page }) => {
  await page.goto(at('/'));
  await search(page, 'reinstall');
  await expect(results(page).first()).toBeVisible();
  await expectNoAxeViolationsInBothSchemes(page);
});

test('axe finds nothing on the search page with results', async ({ page }) => {
  await page.goto(at('/search/?q=KB953297'));
  await expect(page.getByRole('main').locator('[data-results] > li').first()).toBeVisible();
  await expectNoAxeViolations(page);
});

/** Every class selector of the page's stylesheets, rules inside @media, @layer and @supports included. */
const styledClasses = (page: Page) =>
  page.evaluate(() => {
    const classes = new Set<string>();
    const walk = (rules: CSSRuleList) => {
      for (const rule of rules) {
        if (rule instanceof CSSStyleRule)
          for (const match of rule.selectorText.matchAll(/\.((?:\\.|[\w-])+)/g))
            classes.add(match[1].replace(/\\(.)/g, '$1'));
        if ('cssRules' in rule) walk((rule as CSSGroupingRule).cssRules);
      }
    };
    for (const sheet of document.styleSheets) walk(sheet.cssRules);
    return [...classes];
  });

const classesInPage = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('[class]')].flatMap((element) => [...element.classList]),
  );

test('the search page’s own stylesheet styles every class its markup and its answers use that the site’s stylesheet styles', async ({
  page,
}) => {
  await page.goto(at('/guides/'));
  const siteStyled = new Set(await styledClasses(page));
  await page.goto(at('/search/?q=KB953297'));
  const panel = page.getByRole('main').locator('search-panel');
  await expect(panel.locator('[data-results] > li').first()).toBeVisible();
  const used = new Set(await classesInPage(page));
  // An error code's answer, then full-text results: each step's script writes its own markup.
  for (const [query, answer] of [
    ['0x643', 'li[data-identifier="page"] a[href$="/errors/1603/"]'],
    ['reinstall', 'li:not([data-identifier])'],
  ] as const) {
    await panel.getByRole('searchbox').fill(query);
    await expect(panel.locator(`[data-results] > ${answer}`).first()).toBeVisible();
    for (const name of await classesInPage(page)) used.add(name);
  }
  const searchStyled = new Set(await styledClasses(page));
  expect([...used].filter((name) => siteStyled.has(name) && !searchStyled.has(name))).toEqual([]);
});
