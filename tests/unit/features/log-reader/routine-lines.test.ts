/**
 * Measures which notes and internal errors are routine, on the real logs of other products
 * (tests/fixtures/real-logs): in how many successful logs each appears, and in how many failing
 * ones outside the action that failed. The reader's table (diagnosis.ts) must say the same; when
 * the corpus grows, this test prints the table to copy there.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseText } from '../../../../src/features/log-reader/analyse';
import {
  ROUTINE_LINES,
  ROUTINE_MEASURED_ON,
  type RoutineCount,
} from '../../../../src/features/log-reader/diagnosis';
import { GROUND_TRUTH } from '../../../fixtures/real-logs/ground-truth';

const MEASURED_KINDS = new Set(['installer-note', 'internal-error', 'error-dialog']);

function measure() {
  const counts = new Map<string, RoutineCount>();
  const count = (key: string, field: keyof RoutineCount) => {
    const entry = counts.get(key) ?? { successfulLogs: 0, failingLogsOutside: 0 };
    entry[field]++;
    counts.set(key, entry);
  };
  let successfulLogs = 0;
  let failingLogs = 0;
  for (const truth of GROUND_TRUTH) {
    if (truth.excerpt || (truth.outcome !== 'succeeded' && truth.outcome !== 'failed')) continue;
    const analysis = analyseText(readFileSync(`tests/fixtures/real-logs/${truth.file}`, 'utf8'));
    if (analysis.kind !== 'windows-installer-verbose') continue;
    const inFailure = new Map(
      (analysis.failedAction?.evidence ?? []).map((g) => [`${g.kind}:${g.code}`, g.count]),
    );
    if (truth.outcome === 'succeeded') successfulLogs++;
    else failingLogs++;
    for (const group of analysis.evidence) {
      if (!MEASURED_KINDS.has(group.kind)) continue;
      const key = `${group.kind}:${group.code}`;
      if (truth.outcome === 'succeeded') count(key, 'successfulLogs');
      else if (group.count > (inFailure.get(key) ?? 0)) count(key, 'failingLogsOutside');
    }
  }
  const table = Object.fromEntries(
    [...counts].filter(([, c]) => c.successfulLogs > 0).sort(([a], [b]) => a.localeCompare(b)),
  );
  return { measuredOn: { successfulLogs, failingLogs }, table };
}

describe('the routine lines of the reader', () => {
  const measured = measure();

  it('were measured on the real logs of the corpus as they stand', () => {
    expect(ROUTINE_MEASURED_ON).toEqual(measured.measuredOn);
    expect(ROUTINE_LINES).toEqual(measured.table);
  });

  // The sixth successful log (Notepad++, not verbose) has no notes at all.
  it('include the notes every successful verbose install prints, as a setup engineer knows them', () => {
    for (const code of [1402, 2205, 2228, 2262])
      expect(ROUTINE_LINES[`installer-note:${code}`]?.successfulLogs, `note ${code}`).toBe(5);
  });

  it('leave out the errors that explain the corpus failures', () => {
    for (const key of [
      'installer-note:1310',
      'installer-note:1714',
      'installer-note:1730',
      'installer-note:1925',
    ])
      expect(ROUTINE_LINES[key], key).toBeUndefined();
  });
});
