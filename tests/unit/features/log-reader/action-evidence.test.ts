import { describe, expect, it } from 'vitest';
import {
  ActionEvidence,
  type FailedAction,
} from '../../../../src/features/log-reader/action-evidence';
import { evidenceOf } from '../../../../src/features/log-reader/evidence';

/** Feeds lines as the analyser does: action starts and ends framed, every other line read. */
function feed(lines: string[]) {
  const actions = new ActionEvidence();
  const failed: FailedAction[] = [];
  lines.forEach((text, i) => {
    const line = i + 1;
    const start = /^Action start [\d:]+: (.+)\.$/.exec(text);
    const end = /^Action ended [\d:]+: (.+)\. Return value (\d)\.$/.exec(text);
    if (start) actions.started(start[1], line);
    else if (end) {
      const result = actions.ended(end[1], line, end[2] === '3');
      if (result) failed.push(result);
    } else actions.line(line, text, evidenceOf(text));
  });
  return { actions, failed };
}

describe('the evidence of the action that failed', () => {
  it('holds only the lines from its start to its Return value 3, best first', () => {
    const { failed } = feed([
      'Error 1402. Before the action.',
      'Action start 1:00:00: InstallFinalize.',
      'Note: 1: 2262 2: Error 3: -2147287038 ',
      'Error 1310. Error writing to file: C:\\a.dll.',
      'Action ended 1:00:01: InstallFinalize. Return value 3.',
    ]);
    expect(failed[0].name).toBe('InstallFinalize');
    expect(failed[0].startLine).toBe(2);
    expect(failed[0].evidence.map((g) => [g.kind, g.code])).toEqual([
      ['installer-error', 1310],
      ['installer-note', 2262],
    ]);
  });

  it('groups a repeated line into one, with its count and line range, however often it repeats', () => {
    const repeats = Array.from({ length: 100_000 }, () => 'Note: 1: 1402 2: HKEY_X 3: 2 ');
    const { failed } = feed([
      'Action start 1:00:00: CostFinalize.',
      ...repeats,
      'Action ended 1:00:01: CostFinalize. Return value 3.',
    ]);
    expect(failed[0].evidence).toHaveLength(1);
    expect(failed[0].evidence[0]).toMatchObject({
      count: 100_000,
      firstLine: 2,
      lastLine: 100_001,
    });
  });

  it('keeps the stronger evidence when an action holds more kinds of line than it keeps', () => {
    const notes = Array.from({ length: 200 }, (_, i) => `Note: 1: ${2000 + i} 2: x `);
    const { failed } = feed([
      'Action start 1:00:00: InstallFinalize.',
      'Error 1310. Error writing to file.',
      ...notes,
      'Action ended 1:00:01: InstallFinalize. Return value 3.',
    ]);
    expect(failed[0].evidence[0]).toMatchObject({ kind: 'installer-error', code: 1310 });
  });

  it('knows the line read just before the Return value 3, blank lines aside', () => {
    const { failed } = feed([
      'Action start 1:00:00: InstallFinalize.',
      'Note: 1: 1402 2: HKEY_X 3: 2 ',
      '',
      'Action ended 1:00:01: InstallFinalize. Return value 3.',
    ]);
    expect(failed[0].rightAbove).toMatchObject({ kind: 'installer-note', code: 1402 });
  });
});

describe('a nested session', () => {
  const upgrade = [
    'MSI (s) (6C:AC) [16:40:52:000]: ******* RunEngine:',
    '           ******* Product: C:\\new.msi',
    'Action start 1:00:00: RemoveExistingProducts.',
    'MSI (s) (6C:AC) [16:40:52:472]: ******* RunEngine:',
    '           ******* Product: {9A3E86ED-F824-4A23-96F3-B30593573046}',
    'Action start 1:00:01: InstallInitialize.',
    'Error 1730. You must be an Administrator to remove this application.',
    'Action ended 1:00:02: InstallInitialize. Return value 3.',
    'Action ended 1:00:03: RemoveExistingProducts. Return value 3.',
  ];

  it('is found when an action runs the engine for another product: the uninstall of the older version', () => {
    const { failed } = feed(upgrade);
    expect(failed[0].nested).toEqual({
      session: {
        line: 4,
        product: '{9A3E86ED-F824-4A23-96F3-B30593573046}',
        insideAction: 'RemoveExistingProducts',
      },
      holds: false,
    });
    expect(failed[1]).toMatchObject({ name: 'RemoveExistingProducts', nested: { holds: true } });
  });

  it('is not found for the same package started again, as the client and the server do', () => {
    const { failed } = feed([
      'MSI (c) (6C:AC) [16:40:52:000]: ******* RunEngine:',
      '           ******* Product: C:\\new.msi',
      'Action start 1:00:00: ExecuteAction.',
      'MSI (s) (6C:AC) [16:40:52:472]: ******* RunEngine:',
      '           ******* Product: C:\\new.msi',
      'Action ended 1:00:03: ExecuteAction. Return value 3.',
    ]);
    expect(failed[0].nested).toBeUndefined();
  });
});
