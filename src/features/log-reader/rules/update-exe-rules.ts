/** Update.exe's own log, whose lines start with elapsed seconds (reference §4.1). */
import {
  updateExeExtended,
  updateExeFailure,
  updateExeMasked,
  updateExeMessage,
} from '../line-rules';
import type { LineRule } from './line-rule';

/** Update.exe's code behind the 0x643 it reports: the run failed, whatever else the log says. */
export const findUpdateExeMasked: LineRule = (line, account) => {
  const message = updateExeMessage(line.raw);
  const masked = message === null ? null : updateExeMasked(message);
  if (masked === null) return false;
  const finding = account.finding('update-exe-masked', line, { code: masked });
  account.failureLine(finding);
  account.end(finding, 'failed');
  return true;
};

export const findUpdateExeExtended: LineRule = (line, account) => {
  const message = updateExeMessage(line.raw);
  const extended = message === null ? null : updateExeExtended(message);
  if (extended === null) return false;
  account.failureLine(account.finding('update-exe-extended', line, { subject: extended }));
  return true;
};

/**
 * `… Setup encountered an error: …` reports an error, after which Update.exe may go on;
 * `… installation did not complete.` ends the run. Only community posts show either form
 * (reference §4.1), so the report marks them Unconfirmed.
 */
export const findUpdateExeFailure: LineRule = (line, account) => {
  const message = updateExeMessage(line.raw);
  const failure = message === null ? null : updateExeFailure(message);
  if (failure === null) return false;
  const finding = account.finding('update-exe-failure', line, { subject: failure });
  if (/did not complete/i.test(failure)) {
    account.failureLine(finding);
    account.end(finding, 'failed');
  } else {
    account.keep(finding);
  }
  return true;
};

/** Update.exe's other lines are no other log's forms. */
export const claimOtherUpdateExeLine: LineRule = (line) => updateExeMessage(line.raw) !== null;
