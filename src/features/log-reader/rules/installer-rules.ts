/**
 * Windows Installer's own messages: `Error 1327.`, `Info 1603.`, `Note: 1: 2203 …` (reference
 * §2.1) and the lines it writes when it crashes (§3.2).
 */
import { installerMessage, installerNote, internalError } from '../line-rules';
import type { LineRule } from './line-rule';

/**
 * A note is no finding of its own: the failed action's evidence counts notes by number
 * (action-evidence.ts), and a note only explains a failure through that count.
 */
export const claimInstallerNote: LineRule = (line) => installerNote(line.message) !== null;

/** Of `Info` lines only 1603 is a finding: a file in use, which may need a restart. */
export const findFileInUse: LineRule = (line, account) => {
  const installer = installerMessage(line.message);
  if (installer?.level !== 'Info' || installer.code !== 1603) return false;
  account.keep(account.finding('file-in-use', line, { code: 1603, subject: installer.text }));
  return true;
};

/**
 * Every `Error` line is a finding. Microsoft calls Info 2898, 2743 and 2726 usually harmless
 * (reference §2.1), which says nothing of `Error 2743.`.
 */
export const findInstallerError: LineRule = (line, account) => {
  const installer = installerMessage(line.message);
  if (installer?.level !== 'Error') return false;
  const finding = account.finding('installer-error', line, {
    code: installer.code,
    subject: installer.text,
  });
  account.keep(finding);
  return true;
};

/** Warnings and the other `Info` lines are not findings. */
export const claimOtherInstallerMessage: LineRule = (line) =>
  installerMessage(line.message) !== null;

/** The Installer itself crashed: no `Return value 3` follows, so this line is where it failed. */
export const findInternalError: LineRule = (line, account) => {
  const internal = internalError(line.message);
  if (internal === null) return false;
  const finding = account.finding('internal-error', line, { subject: internal });
  account.failureLine(finding);
  return true;
};
