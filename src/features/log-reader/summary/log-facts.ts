/** Questions more than one section of the summary asks of the analysis. */
import type { LogAnalysis } from '../analyse';
import type { Finding, FindingKind } from '../finding';

/** True when the log is about the .NET Framework: a KB of the site's updates, a .NET setup log or a .NET product. */
export function isDotnet(analysis: LogAnalysis): boolean {
  return (
    analysis.kbs.some((m) => m.bulletin) ||
    analysis.kind.startsWith('dotnet') ||
    analysis.findings.some(
      (f) => f.kind === 'product-result' && /\.NET Framework/i.test(f.subject ?? ''),
    )
  );
}

/** The first finding of these kinds up to where it failed: after it, a line cannot be the cause. */
export function foundBeforeFailure(
  analysis: LogAnalysis,
  kinds: FindingKind[],
): Finding | undefined {
  const limit = analysis.firstFailure?.line ?? Infinity;
  return analysis.findings.find((f) => kinds.includes(f.kind) && f.line <= limit);
}

/** A failed component marked (CBS): on Vista and Server 2008, an operating-system package. */
export function failedOsComponent(analysis: LogAnalysis): Finding | undefined {
  return analysis.findings.find(
    (f) =>
      (f.kind === 'setup-errorlog' || f.kind === 'component-failed') &&
      (f.subject ?? '').includes('(CBS)'),
  );
}

/**
 * The first failure happened while an upgrade removed the older version: in the nested session
 * RemoveExistingProducts runs, or in RemoveExistingProducts itself while it held one.
 */
export function olderVersionRemovalFailed(analysis: LogAnalysis): boolean {
  const nested = analysis.failedAction?.nested;
  return nested?.session.insideAction === 'RemoveExistingProducts';
}
