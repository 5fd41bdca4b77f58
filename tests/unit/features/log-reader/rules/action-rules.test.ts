import { describe, expect, it } from 'vitest';
import {
  recordOtherActionEnd,
  findActionCancelled,
  findActionFailed,
  recordActionStart,
} from '../../../../../src/features/log-reader/rules/action-rules';
import { readLine } from './recording-account';

const ENDED_3 =
  'MSI (s) (4C:D4) [09:58:55:100]: Action ended 9:58:55: CheckCAServer. Return value 3.';
const ENDED_2 = 'Action ended 9:58:55: InstallFinalize. Return value 2.';
const ENDED_1 = 'Action ended 9:58:55: CostInitialize. Return value 1.';

describe('recordActionStart', () => {
  it('records where an action began', () => {
    expect(readLine(recordActionStart, 'Action start 9:58:54: CheckCAServer.')).toEqual({
      claimed: true,
      told: [['actionStarted', 'CheckCAServer', 7]],
    });
  });
  it('leaves an action end to the other rules', () => {
    expect(readLine(recordActionStart, ENDED_3)).toEqual({ claimed: false, told: [] });
  });
});

describe('findActionFailed', () => {
  it('reports "Return value 3" as the failed action', () => {
    expect(readLine(findActionFailed, ENDED_3)).toEqual({
      claimed: true,
      told: [
        [
          'actionFailed',
          { kind: 'action-failed', code: 3, subject: 'CheckCAServer', outcome: 'failed' },
          'CheckCAServer',
        ],
      ],
    });
  });
  it('leaves other return values alone', () => {
    expect(readLine(findActionFailed, ENDED_2)).toEqual({ claimed: false, told: [] });
  });
});

describe('findActionCancelled', () => {
  it('reports "Return value 2" as a cancelled action', () => {
    expect(readLine(findActionCancelled, ENDED_2)).toEqual({
      claimed: true,
      told: [
        [
          'actionCancelled',
          { kind: 'action-cancelled', code: 2, subject: 'InstallFinalize', outcome: 'cancelled' },
        ],
      ],
    });
  });
  it('leaves other return values alone', () => {
    expect(readLine(findActionCancelled, ENDED_1)).toEqual({ claimed: false, told: [] });
  });
});

describe('recordOtherActionEnd', () => {
  it('claims a successful action end and closes the action', () => {
    expect(readLine(recordOtherActionEnd, ENDED_1)).toEqual({
      claimed: true,
      told: [['actionEnded', 'CostInitialize', 7]],
    });
  });
  it('does not claim lines that are no action end', () => {
    expect(readLine(recordOtherActionEnd, 'Action start 9:58:54: CostInitialize.').claimed).toBe(
      false,
    );
  });
});
