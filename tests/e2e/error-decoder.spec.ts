import { expectNoAxeViolationsInBothSchemes } from '../axe';
import { expect, test, type Page } from '@playwright/test';
import { recordDialogs } from '../site';
import { expectNoVisibleLayoutShift } from '../layout-shift';

const DECODER = '/tools/error-code/';
const field = (page: Page) => page.getByRole('textbox', { name: 'Error code', exact: true });
const answer = (page: Page) => page.locator('error-decoder [data-answer]');

async function decode(page: Page, typed: string) {
  await field(page).fill(typed);
  await page.getByRole('button', { name: 'Decode' }).click();
}

/** 1603 as the brief and the research notes write it; 2147944003 is 0x80070643 read unsigned. */
const FORMS_OF_1603 = [
  '1603',
  '0x643',
  '643h',
  '0x80070643',
  '80070643',
  '-2147023293',
  '2147944003',
  '0X8007 0643',
];

// Each form is read by parseErrorCode's unit tests; here one page shows the address is wired to it.
test('every written form of 1603 in ?code= decodes to error 1603 and links its page', async ({
  page,
}) => {
  for (const typed of FORMS_OF_1603) {
    await page.goto(`${DECODER}?code=${encodeURIComponent(typed)}`);
    await expect(field(page)).toHaveValue(typed);
    await expect(answer(page), typed).toContainText('Error 1603 (0x643): ERROR_INSTALL_FAILURE');
    await expect(
      answer(page).getByRole('link', { name: 'What 1603 means and what to do' }),
    ).toHaveAttribute('href', '/errors/1603/');
  }
});

test('the answer shows the HRESULT parts: severity, facility 7 and the code', async ({ page }) => {
  await page.goto(`${DECODER}?code=0x80070643`);
  const parts = answer(page).getByRole('table', { name: 'Parts of the HRESULT 0x80070643' });
  await expect(parts).toContainText('1: failure');
  await expect(parts).toContainText('7: FACILITY_WIN32');
  await expect(parts).toContainText('0x643 = 1603');
});

test('the decoded state survives a reload through the address', async ({ page }) => {
  await page.goto(DECODER);
  await decode(page, '0x80070652');
  await expect(answer(page)).toContainText('ERROR_INSTALL_ALREADY_RUNNING');
  await expect(page).toHaveURL(`${DECODER}?code=0x80070652`);
  await page.reload();
  await expect(field(page)).toHaveValue('0x80070652');
  await expect(answer(page)).toContainText('ERROR_INSTALL_ALREADY_RUNNING');
});

test('a bare 643 points at 1603, its hex reading', async ({ page }) => {
  await page.goto(`${DECODER}?code=643`);
  await expect(answer(page).getByRole('link', { name: 'go to error 1603' })).toHaveAttribute(
    'href',
    '/errors/1603/',
  );
});

test('an unknown code is decoded and said to be unknown', async ({ page }) => {
  await page.goto(`${DECODER}?code=0x80004005`);
  await expect(answer(page)).toContainText(
    'It carries no Win32 code, and this site does not know its meaning.',
  );
  await expect(answer(page)).toContainText('-2147467259');
});

test('junk gets a clear message', async ({ page }) => {
  await page.goto(DECODER);
  await decode(page, 'setup failed');
  await expect(answer(page)).toHaveText(
    '“setup failed” is not an error code. Type one number, such as 1603, 0x643, 0x80070643 or -2147023293.',
  );
});

test('a number above 32 bits is said to be too large', async ({ page }) => {
  await page.goto(`${DECODER}?code=0x180070643`);
  await expect(answer(page)).toContainText('is too large: error codes fit in 32 bits');
});

test('"1e308" is said to be read as hexadecimal 0x1E308, not as a power of ten', async ({
  page,
}) => {
  await page.goto(`${DECODER}?code=1e308`);
  await expect(answer(page)).toContainText(
    'Read as the hexadecimal number 0x1E308, though typed without “0x”.',
  );
});

test('a bare 643 is said to be read as decimal', async ({ page }) => {
  await page.goto(`${DECODER}?code=643`);
  await expect(answer(page)).toContainText(
    'Read as the decimal number 643. Meant as hexadecimal? Type it with “0x” in front.',
  );
});

test.describe('on a 375 px wide phone', () => {
  test.use({ viewport: { width: 375, height: 740 } });
  // The field keeps 100 characters of a value from the address, and the answer shows 40 of them;
  // so 10,000 letters give the page 100,000 would (an address that long the test server refuses).
  for (const [label, typed, shown] of [
    ['10,000 digits', '9'.repeat(10_000), `“${'9'.repeat(40)}… (100 characters)” is too large`],
    ['10,000 letters', 'x'.repeat(10_000), `“${'x'.repeat(40)}… (100 characters)” is not`],
  ] as const) {
    test(`an answer to ${label} in the address keeps the page within the screen`, async ({
      page,
    }) => {
      await page.goto(`${DECODER}?code=${typed}`);
      await expect(answer(page)).toContainText(shown);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        375,
      );
    });
  }
});

test('the answer is announced in a polite live region', async ({ page }) => {
  await page.goto(DECODER);
  await expect(answer(page)).toHaveAttribute('aria-live', 'polite');
});

test('the answer to a code in the address moves nothing on screen, on a phone and on a desktop', async ({
  page,
}) => {
  for (const viewport of [
    { width: 412, height: 823 },
    { width: 1280, height: 800 },
  ]) {
    await page.setViewportSize(viewport);
    await page.goto(`${DECODER}?code=0x80070643`);
    await expect(answer(page), `${viewport.width} px`).toContainText('ERROR_INSTALL_FAILURE');
    await expectNoVisibleLayoutShift(page, `${viewport.width} px`);
  }
});

test('the closed explanation of HRESULTs stays a heading, so heading navigation finds it', async ({
  page,
}) => {
  await page.goto(DECODER);
  const heading = page.getByRole('heading', { level: 2, name: 'How an HRESULT is built' });
  await expect(heading).toBeVisible();
  await heading.click();
  await expect(page.getByText('An HRESULT is a 32-bit value.')).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('no form that would only reload the page: the address leads to a code’s page instead', async ({
    page,
  }) => {
    await page.goto(DECODER);
    await expect(page.getByRole('button', { name: 'Decode' })).toBeHidden();
    await expect(field(page)).toBeHidden();
    await page.getByRole('link', { name: '/errors/1603/' }).click();
    await expect(page).toHaveURL(/\/errors\/1603\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('1603');
  });

  test('the decoder says decoding needs JavaScript and links both lists of error numbers', async ({
    page,
  }) => {
    await page.goto(`${DECODER}?code=1603`);
    await expect(
      page.getByText(
        'Decoding runs in your browser and needs JavaScript, which does not run here.',
      ),
    ).toBeVisible();
    await expect(page.getByRole('link', { name: 'the exit codes' })).toHaveAttribute(
      'href',
      '/errors/',
    );
    await expect(page.getByRole('link', { name: 'the numbers in setup logs' })).toHaveAttribute(
      'href',
      '/errors/in-logs/',
    );
  });
});

const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '"><script>alert(1)</script>',
  '<b>1603</b>',
  '\u202E346x0',
];
test('hostile ?code= values are shown as text only', async ({ page }) => {
  const dialogs = recordDialogs(page);
  for (const value of HOSTILE) {
    await page.goto(`${DECODER}?code=${encodeURIComponent(value)}`);
    await expect(answer(page), value).toContainText('is not an error code');
    await expect(
      page.locator('main img, main b, main script:not([type])').filter({ hasText: /.|^$/ }),
      value,
    ).toHaveCount(0);
  }
  expect(dialogs).toEqual([]);
});

const STATES = {
  empty: DECODER,
  result: `${DECODER}?code=0x80070643`,
  error: `${DECODER}?code=junk!`,
};
for (const [state, path] of Object.entries(STATES)) {
  test(`axe finds nothing on the decoder in its ${state} state in light and dark mode`, async ({
    page,
  }) => {
    await page.goto(path);
    if (state !== 'empty') await expect(answer(page)).not.toBeEmpty();
    await expectNoAxeViolationsInBothSchemes(page);
  });
}
