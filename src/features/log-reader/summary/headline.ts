/** The report's headline: how setup ended, and where it failed, in one sentence. */
import type { LogAnalysis } from '../analyse';
import { FINDING_TITLE } from './finding-words';

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
      return 'Setup was cancelled: the log says the user (or a dialog) cancelled it.';
    case 'failed':
      if (first?.kind === 'action-failed')
        return `Setup failed: the action ${first.subject} failed at line ${first.line}.`;
      return first
        ? `Setup failed: ${FINDING_TITLE[first.kind](first)} (line ${first.line}).`
        : 'Setup failed.';
    case 'unknown':
      return analysis.findings.length > 0
        ? 'This log does not say how setup ended, but it reports errors.'
        : 'The reader found none of the lines it knows in this log.';
  }
}
