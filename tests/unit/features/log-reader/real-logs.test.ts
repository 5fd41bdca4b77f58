/**
 * The reader on real logs of other products, fed as Windows writes them (UTF-16 LE with a byte
 * order mark), compared with what a setup engineer read from each by hand
 * (tests/fixtures/real-logs/ground-truth.ts). The first screen is the headline, what failed and
 * the likely cause: it must name the line that explains the failure and none of the routine ones.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCodeCatalogue } from '../../../../src/features/log-reader/code-catalogue';
import { ROUTINE_LINES } from '../../../../src/features/log-reader/diagnosis';
import { chunksOf, readLogChunks } from '../../../../src/features/log-reader/read-log';
import type { Report, Sentence } from '../../../../src/features/log-reader/summary/report';
import { encodeLog } from '../../../../tools/log-encodings';
import { GROUND_TRUTH } from '../../../fixtures/real-logs/ground-truth';
import { loadContent } from '../../content-model/load-content';

const catalogue = buildCodeCatalogue(loadContent().errors.map((entry) => entry.data));
const text = (sentence: Sentence) =>
  sentence.map((part) => (typeof part === 'string' ? part : part.label)).join('');

async function reportOf(file: string): Promise<Report> {
  const log = readFileSync(`tests/fixtures/real-logs/${file}`, 'utf8');
  return readLogChunks(chunksOf(encodeLog(log, 'utf-16le-bom'), 64 * 1024), {
    fileName: file,
    catalogue,
    siteKbs: new Map(),
  });
}

/** Every line number the likely cause names, from "Line 713" and "lines 711–713". */
function namedLines(causes: string): number[] {
  return [...causes.matchAll(/\b[Ll]ines? (\d+)(?:–(\d+))?/g)].flatMap(([, a, b]) =>
    b ? [Number(a), Number(b)] : [Number(a)],
  );
}

/** How the likely cause names each kind of line the routine table counts. */
const ROUTINE_WORDS: Record<string, string> = {
  'installer-note': 'Note on message',
  'internal-error': 'Internal error',
  'error-dialog': 'error dialog, code',
};

const HEADLINE_START = {
  failed: 'Setup failed',
  succeeded: 'Setup succeeded',
  cancelled: 'Setup was cancelled',
} as const;

describe.each(GROUND_TRUTH)('the reader on $file ($product)', (truth) => {
  it('says how setup ended', async () => {
    const report = await reportOf(truth.file);
    if (truth.outcome === 'unknown')
      expect(report.headline).not.toMatch(/^Setup (failed|succeeded)/);
    else
      expect(report.headline.startsWith(HEADLINE_START[truth.outcome]), report.headline).toBe(true);
  });

  if (truth.failingAction) {
    const { name, line } = truth.failingAction;
    it(`names the first failed action, ${name} at line ${line}`, async () => {
      const report = await reportOf(truth.file);
      const firstScreen = [report.headline, ...report.whatFailed.map(text)].join(' ');
      expect(firstScreen).toContain(`line ${line}`);
      expect(firstScreen).toContain(name);
    });
  }

  if (truth.olderVersionRemovalFailed) {
    it('says that removing the older version is what failed', async () => {
      expect((await reportOf(truth.file)).headline).toContain('removing the older version failed');
    });
  }

  if (truth.explains) {
    const { lines, code } = truth.explains;
    it(`names a line that explains it (${lines.join(', ')})${code === undefined ? '' : `, with ${code}`}`, async () => {
      const report = await reportOf(truth.file);
      const cause = report.causes.map((c) => text(c.says)).join(' ');
      const firstScreen = [report.headline, ...report.whatFailed.map(text), cause].join(' ');
      expect(
        [...namedLines(cause), ...namedLines(firstScreen)].some((n) => lines.includes(n)),
        firstScreen,
      ).toBe(true);
      if (code !== undefined)
        expect(firstScreen).toMatch(new RegExp(`\\b${code}\\b|0x${code.toString(16)}`, 'i'));
    });
  }

  if (truth.noCauseInLog) {
    it('says the log holds no line that explains it, and guesses nothing', async () => {
      const report = await reportOf(truth.file);
      // Files in use (Info 1603) are named, as what they are: not a cause.
      const cause = report.causes
        .map((c) => text(c.says))
        .filter((sentence) => !sentence.includes('held in use'))
        .join(' ');
      expect(namedLines(cause).filter((n) => n !== truth.failingAction?.line)).toEqual([]);
    });
  }

  if (truth.excerpt) {
    it('says it is part of a log', async () => {
      const report = await reportOf(truth.file);
      expect([report.headline, ...report.about.map(text)].join(' ')).toMatch(
        /part of a log|files in use/,
      );
    });
  }

  it('names none of the routine lines on the first screen', async () => {
    const report = await reportOf(truth.file);
    const cause = report.causes.map((c) => text(c.says)).join(' ');
    for (const key of Object.keys(ROUTINE_LINES)) {
      const [kind, code] = key.split(':');
      expect(cause, key).not.toMatch(new RegExp(`${ROUTINE_WORDS[kind]} ${code}\\b`));
    }
  });
});
