/** The report's headline: how setup ended, and where it failed, in one sentence. */
import type { LogAnalysis } from '../analyse';
import { FINDING_TITLE } from './finding-words';
import { olderVersionRemovalFailed } from './log-facts';

export function headline(analysis: LogAnalysis): string {
  const first = analysis.firstFailure;
  switch (analysis.outcome) {
    case 'succeeded':
      return analysis.findings.some(
        (f) => (f.kind === 'engine-return' || f.kind === 'installation-status') && f.code === 3010,
      )
        ? 'Setup succeeded; Windows needs a restart to finish it.'
        : 'Setup succeeded.';
    case 'cancelled':
      return 'Setup was cancelled: the log says the user cancelled it.';
    case 'failed':
      if (olderVersionRemovalFailed(analysis))
        return `Setup failed: removing the older version failed, at line ${first!.line}.`;
      if (first?.kind === 'action-failed')
        return `Setup failed: the action ${first.subject} failed at line ${first.line}.`;
      return first
        ? `Setup failed: ${FINDING_TITLE[first.kind](first)} (line ${first.line}).`
        : 'Setup failed.';
    case 'unknown':
      return unknownEnding(analysis);
  }
}

/** A log that does not say how it ended: what it does report, without calling a note an error. */
function unknownEnding(analysis: LogAnalysis): string {
  const failures = analysis.findings.filter((f) => f.kind !== 'file-in-use');
  if (failures.length > 0) return 'This log does not say how setup ended, but it reports errors.';
  if (analysis.findings.length > 0)
    return 'This log does not say how setup ended; it reports files in use (Info 1603), which are not errors.';
  return 'The reader found none of the lines it knows in this log.';
}
