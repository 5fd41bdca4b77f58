/** Update.exe's own log, whose lines start with elapsed seconds (reference §4.1). */
import {
  updateExeExtended,
  updateExeFailure,
  updateExeMasked,
  updateExeMessage,
} from '../line-rules';
import type { LineRule } from './line-rule';

/** Update.exe's code behind the 0x643 it reports: the run failed, whatever else the log says. */
export const findUpdateExeMasked: LineRule = (line, evidence) => {
  const message = updateExeMessage(line.raw);
  const masked = message === null ? null : updateExeMasked(message);
  if (masked === null) return false;
  const finding = evidence.finding('update-exe-masked', line, { code: masked });
  evidence.failureLine(finding);
  evidence.end(finding, 'failed');
  return true;
};

export const findUpdateExeExtended: LineRule = (line, evidence) => {
  const message = updateExeMessage(line.raw);
  const extended = message === null ? null : updateExeExtended(message);
  if (extended === null) return false;
  evidence.failureLine(evidence.finding('update-exe-extended', line, { subject: extended }));
  return true;
};

export const findUpdateExeFailure: LineRule = (line, evidence) => {
  const message = updateExeMessage(line.raw);
  const failure = message === null ? null : updateExeFailure(message);
  if (failure === null) return false;
  evidence.failureLine(evidence.finding('update-exe-failure', line, { subject: failure }));
  return true;
};

/** Update.exe's other lines are no other log's forms. */
export const claimOtherUpdateExeLine: LineRule = (line) => updateExeMessage(line.raw) !== null;
