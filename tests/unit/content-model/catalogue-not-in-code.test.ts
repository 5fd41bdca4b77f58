/**
 * Bulletins are added from content alone (src/content/): no code may name one. Code that names a
 * bulletin or the KB number of one of its updates speaks of it when the content no longer does,
 * and of none of the bulletins added after it. Tests and fixtures may name them (they check facts
 * typed in them), and reference articles cited as sources (KB 951950) are not catalogue entries.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { CONTENT_DIR, PROJECT_ROOT, frontmatterOf } from './load-content';

const BULLETIN_ID = /\bMS\d{2}-\d{3}\b/gi;
/** A run of six or seven digits, the shape of a KB number, alone or after "KB". */
const KB_DIGITS = /(?<!\d)\d{6,7}(?!\d)/g;

/**
 * The table of the sources the error pages cite: a source's title and address say what it was
 * written about ("… security update MSyy-nnn"), which stays true whichever bulletins the site covers.
 */
const CITATION_TABLE = 'src/content-model/error-sources.ts';

/** The KB numbers of the site's updates and of its bulletins' own articles, read from the content. */
function catalogueKbs(): Set<string> {
  const kbOf = (data: unknown) => String((data as { kb: unknown }).kb);
  const read = (folder: string, ext: string, parse: (text: string, file: string) => unknown) =>
    readdirSync(join(CONTENT_DIR, folder))
      .filter((name) => name.endsWith(ext))
      .map((name) => {
        const file = join(CONTENT_DIR, folder, name);
        return kbOf(parse(readFileSync(file, 'utf8'), file));
      });
  return new Set([
    ...read('updates', '.mdx', (text, file) => parseYaml(frontmatterOf(text, file))),
    ...read('bulletins', '.yaml', (text) => parseYaml(text)),
  ]);
}

/** Every file of `folder` (relative to the project), at any depth, but those under src/content/. */
function codeFiles(folder: string): string[] {
  return readdirSync(join(PROJECT_ROOT, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(PROJECT_ROOT, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((file) => !file.startsWith('src/content/'))
    .sort();
}

/** "file:line: what it names" for each bulletin id and each catalogue KB number in the text. */
function catalogueHits(file: string, text: string, kbs: ReadonlySet<string>): string[] {
  return text.split('\n').flatMap((line, i) => {
    const named = [
      ...[...line.matchAll(BULLETIN_ID)].map((m) => m[0]),
      ...[...line.matchAll(KB_DIGITS)].map((m) => m[0]).filter((digits) => kbs.has(digits)),
    ];
    return named.length > 0 ? [`${file}:${i + 1}: ${named.join(', ')}`] : [];
  });
}

function hitsUnder(folders: string[]): string[] {
  const kbs = catalogueKbs();
  return folders
    .flatMap(codeFiles)
    .filter((file) => file !== CITATION_TABLE)
    .flatMap((file) => catalogueHits(file, readFileSync(join(PROJECT_ROOT, file), 'utf8'), kbs));
}

describe('catalogueHits, the check below', () => {
  const kbs = new Set(['2416472', '2418042']);

  it('finds a bulletin id in any case, naming file and line', () => {
    expect(catalogueHits('a.ts', 'first\n// see ms10-070 and MS09-061\n', kbs)).toEqual([
      'a.ts:2: ms10-070, MS09-061',
    ]);
  });

  it("finds an update's KB number with or without KB before it", () => {
    expect(catalogueHits('a.ts', "'KB2416472' or 2418042", kbs)).toEqual([
      'a.ts:1: 2416472, 2418042',
    ]);
  });

  it('passes a KB number that is no update nor bulletin of the site, such as a cited article', () => {
    expect(catalogueHits('a.ts', "title: 'KB 951950: a missing cached patch'", kbs)).toEqual([]);
  });

  it('passes a bulletin written as a pattern and digits inside a longer number', () => {
    expect(catalogueHits('a.ts', '`MSyy-nnn` /^MS\\d{2}-\\d{3}$/ 124164720', kbs)).toEqual([]);
  });

  it('reads the KB numbers of the updates and of the bulletins from the content', () => {
    const read = catalogueKbs();
    expect(read.size).toBeGreaterThan(1);
    for (const kb of read) expect(kb).toMatch(/^\d{6,7}$/);
  });
});

describe('code names no catalogue entry', () => {
  it('no file of src/ outside src/content/, nor any tool, names a bulletin or a KB number of the catalogue', () => {
    expect(hitsUnder(['src', 'tools'])).toEqual([]);
  });
});
