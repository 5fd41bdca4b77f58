import { expect, test } from '@playwright/test';
import { distPage, textOf } from '../dist';
import {
  MS10_070_AFFECTED_SOFTWARE,
  MS10_070_FOOTNOTES,
  MS10_070_REVISIONS,
} from '../fixtures/ms10-070-bulletin';
import { at } from '../site';

/**
 * The MS10-070 page against the bulletin as typed by hand from its Japanese and German copies
 * (tests/fixtures/ms10-070-bulletin.ts), never against src/content.
 */
const PAGE = '/bulletins/ms10-070/';

/** ".NET Framework 2.0 Service Pack 2 and 3.5 SP1" → "2.0 SP2 + 3.5 SP1": the versions a label names. */
const versions = (label: string) =>
  label
    .replaceAll('Microsoft ', '')
    .replaceAll('.NET Framework ', '')
    .replaceAll('Service Pack ', 'SP')
    .split(/,? and |, /)
    .map((version) => version.trim().replace(/^4$/, '4.0'))
    .sort()
    .join(' + ');

test('the Affected Software table holds the bulletin row by row: Windows, component, update, marks, severity, replaces', () => {
  const rows = distPage(PAGE)!
    .querySelectorAll('table[data-affected-software] tbody tr')
    .map((tr) => {
      const [windows, component, kb, severity, replaces] = tr.querySelectorAll('th, td');
      // A row's note (XP SP3 only) is a line of its own under the name.
      const note = windows.querySelector('span');
      const name = textOf(windows)
        .replace(note ? textOf(note) : '', '')
        .trim();
      const marks = /((?:\s(?:\*{1,2}|\[1\]))*)$/.exec(textOf(component))![1].trim();
      return [
        name,
        versions(
          textOf(component)
            .slice(0, textOf(component).length - marks.length)
            .trim(),
        ),
        textOf(kb),
        marks,
        textOf(severity),
        textOf(replaces),
      ].join(' | ');
    });
  const bulletin = MS10_070_AFFECTED_SOFTWARE.map((entry) =>
    [
      entry.windows,
      versions(entry.component),
      `KB${entry.kb}`,
      entry.marks.join(' '),
      entry.severity,
      entry.replaces ?? 'None',
    ].join(' | '),
  );
  expect(bulletin).toHaveLength(97);
  expect(rows.toSorted()).toEqual(bulletin.toSorted());
});

test('the notes under the table say what each mark means', () => {
  const notes = distPage(PAGE)!.querySelector('dl[data-footnotes]')!;
  const meaning = Object.fromEntries(
    notes
      .querySelectorAll('dt')
      .map((dt, i) => [textOf(dt), textOf(notes.querySelectorAll('dd')[i])]),
  );
  expect(Object.keys(meaning).sort()).toEqual(Object.keys(MS10_070_FOOTNOTES).sort());
  // The bold phrase each note opens with in the bulletin (ms10-070-bulletin.ts, MS10_070_FOOTNOTES).
  expect(meaning['*']).toMatch(/^Server Core installation is affected\./);
  expect(meaning['**']).toMatch(/^Server Core installation not affected\./);
  expect(meaning['[1]']).toMatch(/^\.NET Framework 4\.0 Client Profile is not affected\./);
});

test('the revision history dates every version as the bulletin does', () => {
  const rows = distPage(PAGE)!
    .querySelectorAll('table')
    .find((table) => textOf(table).includes('Change'))!
    .querySelectorAll('tbody tr')
    .map((tr) => [
      textOf(tr.querySelector('th')!),
      tr.querySelector('time')!.getAttribute('datetime'),
    ]);
  expect(Object.fromEntries(rows)).toEqual(MS10_070_REVISIONS);
});

test("the page links Microsoft's bulletin and says what to do where two updates stand for one version", async ({
  page,
}) => {
  await page.goto(at(PAGE));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('MS10-070');
  await expect(page.getByText('Where two updates stand for one version:')).toBeVisible();
});

test.describe('on a phone 375 pixels wide', () => {
  test.use({ viewport: { width: 375, height: 800 } });

  test('the 97-row table reads without sideways scrolling', async ({ page }) => {
    await page.goto(at(PAGE));
    const overflow = await page.evaluate(
      () => document.scrollingElement!.scrollWidth - document.scrollingElement!.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
