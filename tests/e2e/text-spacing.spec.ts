/**
 * Astro's compiler drops the line break between text and an element on the next line of a
 * template (`the first` ⏎ `<code>Return value 3</code>` became "the firstReturn value 3"), so a
 * space must be written where a sentence runs into a link, code or a mark. Every built page is read here,
 * templates included, since the finder copies its sentences from them.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { addressOf, htmlFiles } from '../dist';

/**
 * A letter, digit or punctuation mark against a link or code, or against a span (the marks,
 * source notes) that itself starts with a letter, digit or bracket; or text right after one.
 */
const GLUED =
  /[\p{L}\p{N},.:;)]<(?:a|code|strong|em)[\s>]|[\p{L}\p{N},.:;)]<span(?:\s[^>]*)?>[\p{L}\p{N}(]|<\/(?:a|code|strong|em|span)>[\p{L}\p{N}(]/gu;

test('no word runs into a link or code without a space', () => {
  const glued: string[] = [];
  for (const file of htmlFiles()) {
    const html = readFileSync(file, 'utf8');
    for (const match of html.matchAll(GLUED))
      glued.push(
        `${addressOf(file)}: …${html.slice(Math.max(0, match.index - 30), match.index + 30)}…`,
      );
  }
  expect(glued).toEqual([]);
});
