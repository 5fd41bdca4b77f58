import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLLECTION_NAMES, FIXTURE_DIR, contentFiles, readRawData, schemas } from './load-content';

const collections = COLLECTION_NAMES;

describe('the real content in src/content', () => {
  const files = collections.flatMap((collection) =>
    contentFiles(collection).map(({ filePath, absolutePath }) => ({
      collection,
      filePath,
      absolutePath,
    })),
  );

  it('has files in every collection', () => {
    for (const collection of collections)
      expect(contentFiles(collection).length, collection).toBeGreaterThan(0);
  });

  it.each(files)('$filePath matches the $collection schema', ({ collection, absolutePath }) => {
    const result = schemas[collection].safeParse(readRawData(absolutePath));
    expect(result.error?.issues ?? []).toEqual([]);
  });
});

/** Parses a fixture under tests/fixtures/content with the update schema and returns its zod issues. */
function updateIssues(fixture: string) {
  const result = schemas.updates.safeParse(readRawData(join(FIXTURE_DIR, fixture)));
  return result.error?.issues ?? [];
}

describe('the update schema on malformed fixtures', () => {
  it('accepts the well-formed fixture the malformed ones are copied from', () => {
    expect(updateIssues('valid-update.mdx')).toEqual([]);
  });

  it('rejects a KB number stored with its "KB" prefix, saying it is stored as digits only', () => {
    const issues = updateIssues('kb-with-prefix.mdx');
    expect(issues).toHaveLength(1);
    expect(issues[0].path).toEqual(['kb']);
    expect(issues[0].message).toBe(
      'a KB number is stored as its digits only, e.g. "123456" (no "KB" prefix)',
    );
  });

  it('rejects a Download Center link to a look-alike host that is not Microsoft', () => {
    const issues = updateIssues('download-center-not-microsoft.mdx');
    expect(issues).toHaveLength(1);
    expect(issues[0].path).toEqual(['downloadCenter']);
    expect(issues[0].message).toContain('is not on an official Microsoft download host');
    expect(issues[0].message).toContain('www.microsoft.com.evil.example');
  });

  it('rejects a Download Center link over plain http, saying it must use https', () => {
    const issues = updateIssues('download-center-http.mdx');
    expect(issues).toHaveLength(1);
    expect(issues[0].path).toEqual(['downloadCenter']);
    expect(issues[0].message).toBe(
      '"http://www.microsoft.com/downloads/details.aspx?familyid=78ac8b97-8327-4ae1-8bb0-6cf227f3968f" must use https',
    );
  });

  it('rejects a Download Center link that points straight at an .exe file', () => {
    const issues = updateIssues('download-center-exe-file.mdx');
    expect(issues).toHaveLength(1);
    expect(issues[0].path).toEqual(['downloadCenter']);
    expect(issues[0].message).toContain('points straight at a file');
    expect(issues[0].message).toContain('NDP1.1SP1-KB953297-x86.exe');
  });

  it('rejects an update without a title, naming the title field', () => {
    const issues = updateIssues('missing-title.mdx');
    expect(issues).toHaveLength(1);
    expect(issues[0].path).toEqual(['title']);
    expect(issues[0].message).toMatch(/expected string, received undefined/);
  });

  it('rejects a .NET Framework update without a Download Center link', () => {
    const issues = updateIssues('dotnet-without-download-center.mdx');
    expect(issues).toHaveLength(1);
    expect(issues[0].path).toEqual(['downloadCenter']);
    expect(issues[0].message).toBe('a .NET Framework update needs its Download Center link');
  });
});

/** Parses a fixture under tests/fixtures/content with the error schema and returns its zod issues. */
function errorIssues(fixture: string) {
  const result = schemas.errors.safeParse(readRawData(join(FIXTURE_DIR, fixture)));
  return result.error?.issues ?? [];
}

describe('the error schema on malformed fixtures', () => {
  it('accepts the well-formed error fixture the malformed ones are copied from', () => {
    expect(errorIssues('error-valid.yaml')).toEqual([]);
  });

  it('rejects 1618 stored with the hex of 1603, naming the hex field and the right hex', () => {
    const issues = errorIssues('error-wrong-hex.yaml');
    expect(issues).toHaveLength(1);
    expect(issues[0].path).toEqual(['hex']);
    expect(issues[0].message).toBe('hex 0x643 does not match code 1618, which is 0x652');
  });

  it('rejects a fact from community logs that does not say why it is unconfirmed', () => {
    const issues = errorIssues('error-unconfirmed-without-reason.yaml');
    expect(issues).toHaveLength(1);
    expect(issues[0].path).toEqual(['meanings', 0, 'notes', 0, 'unconfirmed']);
    expect(issues[0].message).toBe(
      'a fact from "community-logs" is not confirmed: say why in "unconfirmed"',
    );
  });

  it('rejects one number given two exit-code meanings', () => {
    const issues = errorIssues('error-two-exit-codes.yaml');
    expect(issues).toHaveLength(1);
    expect(issues[0].path).toEqual(['meanings', 1]);
    expect(issues[0].message).toBe(
      'a second "exit-code" meaning: one number has at most one meaning of each kind',
    );
  });
});
