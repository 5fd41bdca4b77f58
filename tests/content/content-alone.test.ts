/**
 * A bulletin is content alone: a copy of the project with a made-up bulletin added as content files
 * (tests/fixtures/made-up-bulletin: two Windows entries, two .NET versions, one footnote) builds,
 * and its bulletin page, update pages, fix pages, finder answers and search answers are all there.
 * No code names a bulletin; tests/unit/content-model/catalogue-not-in-code.test.ts checks that.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { answerKbIdentifier, type SearchIdentifiers } from '../../src/features/search/identifiers';
import { projectCopy, ROOT } from './project-copy';

let dir: string;
let dist: string;

/** The text of a built page, tags removed, spaces folded. */
const pageText = (path: string) =>
  readFileSync(join(dist, path, 'index.html'), 'utf8')
    .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

beforeAll(() => {
  // The made-up bulletin's files join the copy's content, as a new bulletin's would.
  dir = projectCopy('content-alone-', (copy) =>
    cpSync(join(ROOT, 'tests/fixtures/made-up-bulletin'), join(copy, 'src/content'), {
      recursive: true,
      filter: (source) => !source.endsWith('README.md'),
    }),
  );
  const build = spawnSync('npm', ['run', 'build'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
  dist = join(dir, 'dist');
}, 300_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('a made-up bulletin added as content files only', () => {
  test('has its bulletin page, with its table, its own row name and its footnote', () => {
    const text = pageText('bulletins/ms99-001');
    expect(text).toContain('MS99-001: Made-up Vulnerability in the Imaginary Framework Layer');
    expect(text).toContain('Windows XP (made-up row name)');
    expect(text).toContain('A made-up footnote on the Windows 7 row.');
    for (const kb of ['KB9900001', 'KB9900002']) expect(text).toContain(kb);
    expect(pageText('bulletins')).toContain('MS99-001');
  });

  test('has a page for each update, naming its bulletin', () => {
    for (const kb of ['9900001', '9900002'])
      expect(pageText(`kb/${kb}`)).toContain('Part of security bulletin MS99-001');
  });

  test('has a fix page for each of its (Windows, .NET) pairs', () => {
    for (const os of ['windows-xp-sp2-sp3-x86', 'windows-7-x64'])
      for (const [framework, kb] of [
        ['net-1-1-sp1', 'KB9900001'],
        ['net-2-0-sp2', 'KB9900002'],
      ])
        expect(pageText(`fix/ms99-001/${os}/${framework}`)).toContain(`Install ${kb}`);
  });

  test('is answered by the finder beside the real bulletins', () => {
    const saved = readFileSync(join(dist, 'finder/answers/windows-7/x64/net-2-0-sp2.json'), 'utf8');
    expect(saved).toContain('MS99-001');
    expect(saved).toContain('KB9900002');
    const table = JSON.parse(readFileSync(join(dist, 'finder/table.json'), 'utf8')) as {
      bulletins: { bulletin: { id: string } }[];
    };
    expect(table.bulletins.map((b) => b.bulletin.id)).toContain('ms99-001');
  });

  test('is found by search: its id and KB numbers in any typed form, its pages in the full-text index', () => {
    const { kbs } = {
      kbs: JSON.parse(
        readFileSync(join(dist, 'search/kbs.json'), 'utf8'),
      ) as SearchIdentifiers['kbs'],
    };
    for (const typed of ['MS99-001', 'ms99001', 'ms99 001'])
      expect(answerKbIdentifier(typed, kbs)).toMatchObject({
        kind: 'page',
        url: '/bulletins/ms99-001/',
      });
    for (const typed of ['KB9900001', 'kb 9900001', '9900001'])
      expect(answerKbIdentifier(typed, kbs)).toMatchObject({ kind: 'page', url: '/kb/9900001/' });
    const indexed = readdirSync(join(dist, 'pagefind/fragment')).map(
      (name) =>
        (
          JSON.parse(
            gunzipSync(readFileSync(join(dist, 'pagefind/fragment', name)))
              .toString()
              .replace(/^pagefind_dcd/, ''),
          ) as { url: string }
        ).url,
    );
    expect(indexed).toEqual(
      expect.arrayContaining(['/bulletins/ms99-001/', '/kb/9900001/', '/kb/9900002/']),
    );
    expect(existsSync(join(dist, 'fix/ms99-001/windows-7-x64/net-1-1-sp1/index.html'))).toBe(true);
  });
});
