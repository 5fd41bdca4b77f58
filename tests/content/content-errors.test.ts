/**
 * Malformed content must stop the real build with a message naming the file and the field.
 * Each test copies the project to a temporary folder, breaks content files and runs Astro. They
 * need no build of the site, so npm test runs them beside `astro check` (vitest project "content").
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { projectCopy, ROOT } from './project-copy';

/** A copy of the project with content broken by `breakIt`. */
const brokenCopy = (breakIt: (dir: string) => void) => projectCopy('content-errors-', breakIt);

function astro(dir: string, command: 'sync' | 'build') {
  const run = spawnSync(join(ROOT, 'node_modules/.bin/astro'), [command], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  rmSync(dir, { recursive: true, force: true });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

const edit = (dir: string, file: string, from: string | RegExp, to: string) => {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  expect(text).toMatch(from);
  writeFileSync(path, text.replace(from, to));
};

test('a KB number stored with its "KB" prefix fails the build naming the file and field', () => {
  const dir = brokenCopy((d) =>
    edit(d, 'src/content/updates/953297.mdx', 'kb: "953297"', 'kb: "KB953297"'),
  );
  const { status, output } = astro(dir, 'sync');
  expect(status).not.toBe(0);
  expect(output).toContain('src/content/updates/953297.mdx');
  expect(output).toContain('kb: a KB number is stored as its digits only');
});

test("a download link off Microsoft's hosts fails the build naming the file and field", () => {
  const dir = brokenCopy((d) =>
    edit(
      d,
      'src/content/updates/974470.mdx',
      /downloadCenter: .*/,
      'downloadCenter: https://downloads.example.com/KB974470.exe',
    ),
  );
  const { status, output } = astro(dir, 'sync');
  expect(status).not.toBe(0);
  expect(output).toContain('src/content/updates/974470.mdx');
  expect(output).toContain('downloadCenter');
  expect(output).toContain('is not on an official Microsoft download host');
});

test('a missing field fails the build naming the file and field', () => {
  const dir = brokenCopy((d) => edit(d, 'src/content/updates/953300.mdx', /^title: .*\n/m, ''));
  const { status, output } = astro(dir, 'sync');
  expect(status).not.toBe(0);
  expect(output).toContain('src/content/updates/953300.mdx');
  expect(output).toMatch(/\btitle\b/);
});

/**
 * The rules across entries (src/content-model/cross-entry-rules.ts) report every problem at once, so one build
 * of a copy with both mistakes serves both tests: a build costs several times a sync.
 */
describe('a build of a copy with a KB number used twice and an unknown Windows edition', () => {
  let build: { status: number | null; output: string };
  beforeAll(() => {
    const dir = brokenCopy((d) => {
      cpSync(
        join(d, 'src/content/updates/953295.mdx'),
        join(d, 'src/content/updates/953295-copy.mdx'),
      );
      edit(
        d,
        'src/content/updates/953298.mdx',
        'os: [windows-server-2003-sp2-x86]',
        'os: [windows-server-2003-sp9-x86]',
      );
    });
    build = astro(dir, 'build');
  });

  test('a KB number used twice fails the build naming both files', () => {
    expect(build.status).not.toBe(0);
    expect(build.output).toContain(
      'src/content/updates/953295-copy.mdx → kb: KB953295 is already used by src/content/updates/953295.mdx',
    );
  });

  test('a reference to an unknown Windows edition fails the build instead of being only logged', () => {
    expect(build.status).not.toBe(0);
    expect(build.output).toContain(
      'src/content/updates/953298.mdx → serves[0].os[0]: "windows-server-2003-sp9-x86" is not an entry of operatingSystems',
    );
  });
});

test('an empty operating-system file fails the build naming the file and saying it is empty', () => {
  const dir = brokenCopy((d) =>
    writeFileSync(join(d, 'src/content/operating-systems/windows-7-x86.yaml'), ''),
  );
  const { status, output } = astro(dir, 'sync');
  expect(status).not.toBe(0);
  expect(output).toContain('src/content/operating-systems/windows-7-x86.yaml is empty');
});
