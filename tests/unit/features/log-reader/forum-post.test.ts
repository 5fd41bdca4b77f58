import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCodeCatalogue } from '../../../../src/features/log-reader/code-catalogue';
import { forumPostText } from '../../../../src/features/log-reader/forum-post';
import { readLogText } from '../../../../src/features/log-reader/read-log';
import { loadContent } from '../../content-model/load-content';

const catalogue = buildCodeCatalogue(loadContent().errors.map((entry) => entry.data));
const log = readFileSync(
  'tests/fixtures/real-logs/pycapture2-error-1310-error-writing-to-file.log',
  'utf8',
);
const text = forumPostText(
  readLogText(log, { catalogue, siteKbs: new Map() }),
  'https://help.example.org',
  '/tools/log-reader/',
);

describe('the text copied for a forum post', () => {
  it('starts with the headline and where it failed', () => {
    expect(text.split('\n').slice(0, 2)).toEqual([
      'Setup failed: the action InstallFinalize failed at line 717.',
      "The first “Return value 3” is at line 717: the action InstallFinalize failed. Microsoft's advice is to focus on the first one; there may be several.",
    ]);
  });

  it('quotes the lines that explain it, with their numbers', () => {
    expect(text).toContain(
      '    711  MSI (s) (18:F4) [12:02:18:091]: Product: Python 3.6 PyCapture2-2.13.61 -- Error 1310. Error writing to file: C:\\avcodec-57.dll.',
    );
    expect(text).toContain('    713  Error 1310. Error writing to file: C:\\avcodec-57.dll.');
  });

  it("gives each code's page as an address that works where it is pasted", () => {
    expect(text).toContain('1310: https://help.example.org/errors/1310/');
    expect(text).toContain('https://help.example.org/tools/log-reader/');
  });

  it('holds nothing else of the log: no routine note, no user path, no other line', () => {
    expect(text).not.toContain('Note: 1:');
    expect(text).not.toContain('C:\\Users\\');
    const quotedLines = text.split('\n').filter((line) => /^ +\d+ {2}/.test(line));
    expect(quotedLines.map((line) => Number(line.trim().split(' ')[0]))).toEqual([711, 713]);
  });
});
