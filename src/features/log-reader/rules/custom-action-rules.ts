/**
 * What custom actions report about themselves: `CustomAction X returned actual error code …`
 * and the `DDSet_` lines of the .NET Framework's own custom actions (reference §2.5, §3.2).
 */
import { customActionError, ddsetError, ddsetExit } from '../line-rules';
import type { LineRule } from './line-rule';

/** The package told the Installer to ignore this failure, so it is not one. */
export const findIgnoredCustomAction: LineRule = (line, account) => {
  const customAction = customActionError(line.message);
  if (!customAction?.translatedToSuccess) return false;
  account.keep(
    account.finding('custom-action-ignored', line, {
      subject: customAction.action,
      code: customAction.code,
      outcome: 'succeeded',
    }),
  );
  return true;
};

export const findCustomActionError: LineRule = (line, account) => {
  const customAction = customActionError(line.message);
  if (!customAction) return false;
  const finding = account.finding('custom-action-error', line, {
    subject: customAction.action,
    code: customAction.code,
  });
  account.failureLine(finding);
  return true;
};

export const findDdsetError: LineRule = (line, account) => {
  const error = ddsetError(line.message);
  if (error === null) return false;
  const finding = account.finding('ddset-error', line, { subject: error });
  account.failureLine(finding);
  return true;
};

export const findDdsetExitFailure: LineRule = (line, account) => {
  const exit = ddsetExit(line.message);
  if (!exit || exit.code === 0) return false;
  const finding = account.finding('ddset-exit', line, { subject: exit.step, code: exit.code });
  account.keep(finding);
  return true;
};

/** A step that returned 0 succeeded. */
export const claimDdsetExitSuccess: LineRule = (line) => ddsetExit(line.message) !== null;
