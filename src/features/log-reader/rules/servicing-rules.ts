/** Windows' servicing logs, CBS.log and WindowsUpdate.log, which report failures as HRESULTs (reference §4.3). */
import { cbsFailure, failureHresult, windowsUpdateLine } from '../line-rules';
import type { LineRule } from './line-rule';

export const findCbsFailure: LineRule = (line, evidence) => {
  const cbs = cbsFailure(line.message);
  if (!cbs) return false;
  evidence.keep(evidence.finding('cbs-failure', line, { code: cbs.hresult, subject: cbs.name }));
  return true;
};

export const findWindowsUpdateError: LineRule = (line, evidence) => {
  const windowsUpdate = windowsUpdateLine(line.raw);
  const hresult = windowsUpdate && failureHresult(windowsUpdate.text);
  if (!windowsUpdate || hresult === null) return false;
  evidence.keep(
    evidence.finding('windows-update-error', line, {
      code: hresult,
      subject: windowsUpdate.component,
    }),
  );
  return true;
};
