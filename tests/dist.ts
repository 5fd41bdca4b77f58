/**
 * The built site read as files: what every page holds can be checked from its HTML in one loop,
 * without a browser page each. Browser tests are kept for what needs one (scripts, focus, axe).
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { htmlFiles as htmlFilesUnder } from '../tools/html-files';

export const DIST = 'dist';

/** Every .html file under dist/, as paths relative to the project. */
export const htmlFiles = (dir = DIST) => htmlFilesUnder(dir);

/** The address a dist/ file is served at: dist/kb/953297/index.html → /kb/953297/. */
export const addressOf = (file: string) => '/' + relative(DIST, file).replace(/index\.html$/, '');

const parsed = new Map<string, HTMLElement | null>();

/** The parsed page at a site address (/kb/953297/, /404.html), or null when dist/ has no such page. */
export function distPage(address: string): HTMLElement | null {
  const file = join(DIST, address.endsWith('/') ? join(address, 'index.html') : address);
  if (!parsed.has(file)) {
    let html: string | null = null;
    try {
      html = readFileSync(file, 'utf8');
    } catch {
      // Unreadable: recorded as null, which the tests that walk dist/ report.
    }
    // Script and style bodies are not text a reader sees (the finder's embedded JSON, for one).
    parsed.set(
      file,
      html === null ? null : parse(html, { blockTextElements: { script: false, style: false } }),
    );
  }
  return parsed.get(file)!;
}

/** Text as a reader sees it: whitespace runs become one space. */
export const textOf = (element: HTMLElement) => element.text.replace(/\s+/g, ' ').trim();
