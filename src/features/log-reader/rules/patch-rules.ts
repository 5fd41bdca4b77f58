/** A cached patch (.msp) missing from C:\Windows\Installer, and the search for its source (KB 951950). */
import { missingLocalPatch, resolvingPatchSource } from '../line-rules';
import type { LineRule } from './line-rule';

export const findMissingLocalPatch: LineRule = (line, evidence) => {
  const patch = missingLocalPatch(line.message);
  if (patch === null) return false;
  const finding = evidence.finding('missing-local-patch', line, { subject: patch });
  evidence.keep(finding);
  evidence.remember(finding);
  return true;
};

export const findResolvingPatchSource: LineRule = (line, evidence) => {
  if (!resolvingPatchSource(line.message)) return false;
  const finding = evidence.finding('resolving-patch-source', line);
  evidence.keep(finding);
  evidence.remember(finding);
  return true;
};
