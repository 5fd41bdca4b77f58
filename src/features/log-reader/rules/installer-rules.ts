/**
 * Windows Installer's own messages: `Error 1327.`, `Info 1603.`, `Note: 1: 2203 …` (reference
 * §2.1) and the lines it writes when it crashes (§3.2).
 */
import { installerMessage, installerNote, internalError } from '../line-rules';
import type { LineRule } from './line-rule';

export const findInstallerNote: LineRule = (line, evidence) => {
  const note = installerNote(line.message);
  if (!note) return false;
  evidence.remember(
    evidence.finding('installer-note', line, { code: note.code, fields: note.fields }),
  );
  return true;
};

/** Of `Info` lines only 1603 is a finding: a file in use, which may need a restart. */
export const findFileInUse: LineRule = (line, evidence) => {
  const installer = installerMessage(line.message);
  if (installer?.level !== 'Info' || installer.code !== 1603) return false;
  evidence.keep(evidence.finding('file-in-use', line, { code: 1603, subject: installer.text }));
  return true;
};

/**
 * Every `Error` line is a finding. Microsoft calls Info 2898, 2743 and 2726 usually harmless
 * (reference §2.1), which says nothing of `Error 2743.`.
 */
export const findInstallerError: LineRule = (line, evidence) => {
  const installer = installerMessage(line.message);
  if (installer?.level !== 'Error') return false;
  const finding = evidence.finding('installer-error', line, {
    code: installer.code,
    subject: installer.text,
  });
  evidence.keep(finding);
  evidence.remember(finding);
  return true;
};

/** Warnings and the other `Info` lines are not findings. */
export const claimOtherInstallerMessage: LineRule = (line) =>
  installerMessage(line.message) !== null;

/** The Installer itself crashed: no `Return value 3` follows, so this line is where it failed. */
export const findInternalError: LineRule = (line, evidence) => {
  const internal = internalError(line.message);
  if (internal === null) return false;
  const finding = evidence.finding('internal-error', line, { subject: internal });
  evidence.remember(finding);
  evidence.failureLine(finding);
  return true;
};
