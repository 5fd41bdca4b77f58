/** A cached patch (.msp) missing from C:\Windows\Installer, and the search for its source (KB 951950). */
import { missingLocalPatch, resolvingPatchSource } from '../line-rules';
import type { LineRule } from './line-rule';

export const findMissingLocalPatch: LineRule = (line, account) => {
  const patch = missingLocalPatch(line.message);
  if (patch === null) return false;
  const finding = account.finding('missing-local-patch', line, { subject: patch });
  account.keep(finding);
  return true;
};

export const findResolvingPatchSource: LineRule = (line, account) => {
  if (!resolvingPatchSource(line.message)) return false;
  const finding = account.finding('resolving-patch-source', line);
  account.keep(finding);
  return true;
};
