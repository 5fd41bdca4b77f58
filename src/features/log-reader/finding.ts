/**
 * What the analyser finds in a log, shared by the line rules that make findings, the analyser
 * that ranks them and the summary that words them.
 */

export type FindingKind =
  | 'action-failed'
  | 'action-cancelled'
  | 'installer-error'
  | 'installer-note'
  | 'file-in-use'
  | 'custom-action-error'
  | 'custom-action-ignored'
  | 'ddset-error'
  | 'ddset-exit'
  | 'engine-return'
  | 'product-result'
  | 'update-not-installed'
  | 'installation-status'
  | 'missing-local-patch'
  | 'resolving-patch-source'
  | 'internal-error'
  | 'update-exe-masked'
  | 'update-exe-extended'
  | 'update-exe-failure'
  | 'cbs-failure'
  | 'windows-update-error'
  | 'setup-errorlog'
  | 'component-failed';

export interface ContextLine {
  line: number;
  text: string;
}

export interface Finding {
  kind: FindingKind;
  line: number;
  /** The line as written (long lines cut). */
  text: string;
  /** The number the line reports, if any: an exit code, an Installer message number or an HRESULT. */
  code?: number;
  /** What the line names: the action, product, component, file or message text. */
  subject?: string;
  /** A `Note:` line's numbered fields, which fill its message's `[2]`, `[3]` … */
  fields?: Record<number, string>;
  /** For action and product results: the outcome the line states. */
  outcome?: 'failed' | 'succeeded' | 'cancelled';
  before: ContextLine[];
  after: ContextLine[];
}

/** What a line rule tells about a finding; the analyser adds the line and its context. */
export type FindingDetails = Pick<Finding, 'code' | 'subject' | 'fields' | 'outcome'>;

export type Outcome = 'failed' | 'succeeded' | 'cancelled' | 'unknown';

/** Codes that mean success for an exit code (reference §1: 0, 1641, 3010). */
export const SUCCESS_CODES: ReadonlySet<number> = new Set([0, 1641, 3010]);
/** ERROR_INSTALL_USEREXIT. */
export const USER_CANCELLED = 1602;

/** What an exit code says about the whole run. */
export function outcomeOfCode(code: number): Outcome {
  if (SUCCESS_CODES.has(code)) return 'succeeded';
  return code === USER_CANCELLED ? 'cancelled' : 'failed';
}
