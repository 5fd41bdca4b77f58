/**
 * `Action start` and `Action ended … Return value N.` lines: how Windows Installer reports each
 * action it runs (reference §3.4: 1 success, 2 cancelled, 3 failure).
 */
import { actionEnded, actionStart } from '../line-rules';
import type { LineRule } from './line-rule';

export const recordActionStart: LineRule = (line, account) => {
  const action = actionStart(line.message);
  if (action === null) return false;
  account.actionStarted(action, line.number);
  return true;
};

export const findActionFailed: LineRule = (line, account) => {
  const ended = actionEnded(line.message);
  if (ended?.value !== 3) return false;
  account.actionFailed(
    account.finding('action-failed', line, { subject: ended.action, code: 3, outcome: 'failed' }),
    ended.action,
  );
  return true;
};

export const findActionCancelled: LineRule = (line, account) => {
  const ended = actionEnded(line.message);
  if (ended?.value !== 2) return false;
  account.actionCancelled(
    account.finding('action-cancelled', line, {
      subject: ended.action,
      code: 2,
      outcome: 'cancelled',
    }),
  );
  return true;
};

/** An action that ended any other way says nothing about a failure, but closes the action. */
export const recordOtherActionEnd: LineRule = (line, account) => {
  const ended = actionEnded(line.message);
  if (ended === null) return false;
  account.actionEnded(ended.action, line.number);
  return true;
};
