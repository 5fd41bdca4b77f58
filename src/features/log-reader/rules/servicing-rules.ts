/** Windows' servicing logs, CBS.log and WindowsUpdate.log, which report failures as HRESULTs (reference §4.3). */
import { cbsFailure, failureHresult, windowsUpdateLine } from '../line-rules';
import type { LineRule } from './line-rule';

/** CBS.log writes its level after the time: `2020-02-04 18:57:17, Error   CBS   Session: …`. */
const CBS_ERROR_LEVEL = /^(?:[\d/:. -]+,\s*)?Error\s+(?:CBS|CSI)\b/;

export const findCbsFailure: LineRule = (line, account) => {
  const cbs = cbsFailure(line.message);
  if (!cbs) return false;
  const finding = account.finding('cbs-failure', line, { code: cbs.hresult, subject: cbs.name });
  account.keep(finding);
  if (CBS_ERROR_LEVEL.test(line.raw)) account.servicingError(finding);
  return true;
};

export const findWindowsUpdateError: LineRule = (line, account) => {
  const windowsUpdate = windowsUpdateLine(line.raw);
  const hresult = windowsUpdate && failureHresult(windowsUpdate.text);
  if (!windowsUpdate || hresult === null) return false;
  account.keep(
    account.finding('windows-update-error', line, {
      code: hresult,
      subject: windowsUpdate.component,
    }),
  );
  return true;
};
