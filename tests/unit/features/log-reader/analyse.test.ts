import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseText, LogAnalyser } from '../../../../src/features/log-reader/analyse';
import { StreamDecoder } from '../../../../src/features/log-reader/decode';
import { LOG_CASES, SITE_KBS, type LogCase } from '../../../fixtures/log-cases';
import { LOG_ENCODINGS, type LogEncoding } from '../../../../tools/log-encodings';

const LOGS = 'tests/fixtures/logs';

/** Reads a fixture the way the worker does: bytes in chunks, decoded, fed to the analyser. */
function analyseFixture(logCase: LogCase, encoding: LogEncoding, chunkSize = 7) {
  const bytes = readFileSync(join(LOGS, encoding, logCase.case, logCase.fileName));
  const decoder = new StreamDecoder();
  const analyser = new LogAnalyser({ fileName: logCase.fileName, siteKbs: SITE_KBS });
  for (let at = 0; at < bytes.length; at += chunkSize)
    analyser.push(decoder.decode(bytes.subarray(at, at + chunkSize)));
  analyser.push(decoder.end());
  return { analysis: analyser.finish(), encoding: decoder.encoding };
}

describe.each(LOG_ENCODINGS)('every fixture in %s', (encoding) => {
  describe.each(LOG_CASES)('$case', (logCase) => {
    const { analysis } = analyseFixture(logCase, encoding);

    it('is recognised as its kind of log', () => {
      expect(analysis.kind).toBe(logCase.kind);
    });
    it('ends as the log says it ended', () => {
      expect(analysis.outcome).toBe(logCase.outcome);
    });
    it('names where it failed', () => {
      const first = analysis.firstFailure;
      expect(
        first && {
          line: first.line,
          kind: first.kind,
          ...(logCase.firstFailure?.subject ? { subject: first.subject } : {}),
          ...(logCase.firstFailure?.code !== undefined ? { code: first.code } : {}),
        },
      ).toEqual(logCase.firstFailure);
    });
    if (logCase.explains)
      it('names the lines that explain the failure, best first', () => {
        expect(analysis.diagnosis.explains.map((g) => g.firstLine)).toEqual(logCase.explains);
      });
    it('names the KB the log reveals', () => {
      expect(analysis.kbs.map((m) => m.kb)).toEqual(logCase.kbs);
    });
    it('finds the lines the case exists to show, at their line numbers', () => {
      for (const shown of logCase.shows)
        expect(
          analysis.findings.some((f) => f.kind === shown.kind && f.line === shown.line),
          `${shown.kind} at line ${shown.line}`,
        ).toBe(true);
    });
  });
});

describe('encoding as the analyser sees it', () => {
  const success = LOG_CASES.find((c) => c.case === 'success')!;
  it.each([
    ['utf-16le-bom', 'utf-16le', true],
    ['utf-16le', 'utf-16le', false],
    ['utf-8', 'utf-8', false],
    ['windows-1252', 'windows-1252', false],
  ] as const)('a %s file is read as %s', (file, encoding, bom) => {
    expect(analyseFixture(success, file).encoding).toEqual({ encoding, bom });
  });
});

describe('what is not a failure', () => {
  it('a log whose only 1603 is "Info 1603" (a file in use) succeeded and names no failure', () => {
    const { analysis } = analyseFixture(
      LOG_CASES.find((c) => c.case === 'info-1603-file-in-use')!,
      'utf-8',
    );
    expect(analysis.firstFailure).toBeUndefined();
    expect(analysis.findings.some((f) => f.kind === 'installer-error')).toBe(false);
  });
  it('Info 2898 (a font created) is not reported at all', () => {
    const { analysis } = analyseFixture(
      LOG_CASES.find((c) => c.case === 'error-1935-other-product')!,
      'utf-8',
    );
    expect(analysis.findings.some((f) => f.line === 5)).toBe(false);
  });
  it('a Note 2205 before the failing action started is none of its lines', () => {
    const { analysis } = analyseFixture(
      LOG_CASES.find((c) => c.case === 'error-1935-other-product')!,
      'utf-8',
    );
    expect(analysis.failedAction?.evidence.some((g) => g.code === 2205)).toBe(false);
  });
});

describe('2898, 2743 and 2726: harmless as Info lines only (reference §2.1)', () => {
  // Microsoft says Info 2898, 2743 and 2726 lines usually do not indicate a problem; 2743 (could
  // not execute custom action) is also an Installer error caused by DLL custom actions.
  const log = (line: string) =>
    analyseText(
      [
        'Action start 9:00:01: CA_Example.',
        line,
        'Action ended 9:00:02: CA_Example. Return value 3.',
      ].join('\n'),
    );

  it.each([2743, 2898, 2726])('an "Error %i." line is reported as an installer error', (code) => {
    const analysis = log(`Error ${code}. Could not execute custom action CA_Example.`);
    expect(analysis.findings.find((f) => f.line === 2)).toMatchObject({
      kind: 'installer-error',
      code,
    });
  });
  it('an "Error 2743." line just above the failure explains it', () => {
    expect(
      log('Error 2743. Could not execute custom action CA_Example.').diagnosis.explains.map(
        (g) => g.firstLine,
      ),
    ).toEqual([2]);
  });
  it('a "Note: 1: 2743" line just above the failure explains it, as a note', () => {
    const analysis = log('MSI (s) (40:A4) [09:00:01:500]: Note: 1: 2743 2: CA_Example ');
    expect(analysis.diagnosis.explains).toMatchObject([
      { firstLine: 2, kind: 'installer-note', code: 2743 },
    ]);
  });
  it('an "Info 2743." line is not reported', () => {
    expect(
      log('Info 2743. Could not execute custom action CA_Example.').findings.some(
        (f) => f.line === 2,
      ),
    ).toBe(false);
  });
});

describe('lines the reference does not give', () => {
  it('a "SETUP EXIT CODE" line in a .NET setup log does not decide how setup ended', () => {
    const analysis = analyseText(
      '[10/21/09,14:31:50] setup.exe: ***** SETUP EXIT CODE = 0 *****\n',
    );
    expect(analysis.outcome).toBe('unknown');
    expect(analysis.findings).toEqual([]);
  });
});

describe('a nested install', () => {
  it('shows the inner failure before the outer one it caused', () => {
    const { analysis } = analyseFixture(
      LOG_CASES.find((c) => c.case === 'nested-install')!,
      'utf-8',
    );
    expect(
      analysis.findings.filter((f) => f.kind === 'action-failed').map((f) => f.subject),
    ).toEqual(['InstallFiles', 'InstallRuntime', 'InstallExecute']);
  });
});

describe('findings carry their context', () => {
  it('the first failure comes with the three lines above it and two below', () => {
    const { analysis } = analyseFixture(LOG_CASES[0], 'utf-16le-bom');
    expect(analysis.firstFailure!.before.map((l) => l.line)).toEqual([18, 19, 20]);
    expect(analysis.firstFailure!.after.map((l) => l.line)).toEqual([22, 23]);
  });
  it('a Note line keeps its numbered fields', () => {
    const { analysis } = analyseFixture(
      LOG_CASES.find((c) => c.case === 'error-1935-other-product')!,
      'utf-8',
    );
    const note = analysis.failedAction!.evidence.find((g) => g.kind === 'installer-note')!;
    expect(note.latest.evidence.fields![3]).toBe('0x80070003');
    expect(note.latest.evidence.fields![5]).toBe('Commit');
  });
});

describe('a KB in the folder name', () => {
  it('is found when the path of the picked file carries it', () => {
    const analysis = analyseText('=== Logging started: 10/14/2009  9:00:00 ===\n', {
      fileName: 'NDP1.1sp1-KB953297-X86/wrapper.log',
      siteKbs: SITE_KBS,
    });
    expect(analysis.kbs).toEqual([{ kb: '953297', source: 'file name', bulletin: 'ms09-061' }]);
  });
  it('a KB that is none of the site’s updates is named, with no bulletin', () => {
    const analysis = analyseText('1.000: KB979309 installation did not complete.\n', {
      fileName: 'KB979309.log',
      siteKbs: SITE_KBS,
    });
    expect(analysis.kbs).toEqual([{ kb: '979309', source: 'file name' }]);
  });
});

describe('input that is not a log', () => {
  it('an empty file has no lines and no verdict', () => {
    const decoder = new StreamDecoder();
    const analyser = new LogAnalyser();
    analyser.push(decoder.decode(readFileSync(join(LOGS, 'empty.log'))));
    analyser.push(decoder.end());
    const analysis = analyser.finish();
    expect([analysis.lineCount, analysis.outcome, analysis.binary, analysis.findings]).toEqual([
      0,
      'unknown',
      false,
      [],
    ]);
  });
  it('random bytes are called binary, without throwing', () => {
    const decoder = new StreamDecoder();
    const analyser = new LogAnalyser();
    analyser.push(decoder.decode(readFileSync(join(LOGS, 'random-bytes.bin'))));
    analyser.push(decoder.end());
    expect(analyser.finish().binary).toBe(true);
  });
});

describe('context lines', () => {
  it('a line that is both kept and remembered gets each following line once', () => {
    const { analysis } = analyseFixture(LOG_CASES[0], 'utf-8');
    expect(
      analysis.findings.find((f) => f.kind === 'ddset-exit')!.after.map((l) => l.line),
    ).toEqual([21, 22]);
  });
});
