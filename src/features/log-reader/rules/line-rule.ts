/**
 * The shape every line rule has. A rule reads one line and, when the line is of its form, tells
 * the analyser what it found through `Account`; the analyser keeps the bookkeeping (context
 * lines, caps, where it failed), so a rule stays one small function and ranking can change
 * without touching the rules.
 */
import type { Finding, FindingDetails, FindingKind, Outcome } from '../finding';

/** One line of the log as the rules see it. */
export interface LogLine {
  /** The line as written, without its line break: for forms recognised by their own prefix. */
  raw: string;
  /** The line without its engine or date prefix (`lineMessage`). */
  message: string;
  number: number;
  /** The line as a finding shows it (long lines cut). */
  text: string;
}

/** What a rule may do with what it read. */
export interface Account {
  /** A finding for this line, with the lines just before it as context. */
  finding(kind: FindingKind, line: LogLine, details?: FindingDetails): Finding;
  /** Lists the finding in the report (up to the cap for its kind); false when the cap left it out. */
  keep(finding: Finding): boolean;
  /** A line that is a failure in itself; the first one is where it failed when no action did. */
  failureLine(finding: Finding): void;
  /** A line that states how the whole run ended; the last one counts. */
  end(finding: Finding, outcome: Outcome): void;
  /** An action began: messages after this line are inside it. */
  actionStarted(action: string, line: number): void;
  /**
   * A failure CBS.log records at its Error level. CBS.log gathers many sessions over days, so the
   * last one is the latest attempt.
   */
  servicingError(finding: Finding): void;
  /** An action ended without failing: messages after this line are outside it. */
  actionEnded(action: string, line: number): void;
  /** An action returned 3; the first such is where it failed (Microsoft: focus on the first). */
  actionFailed(finding: Finding, action: string): void;
  /** An action returned 2: the user cancelled. */
  actionCancelled(finding: Finding): void;
}

/**
 * Reads one line; true when the line is of the rule's form, so that no later rule reads it (a
 * rule may claim a line and find nothing in it, to keep the line from rules further down).
 */
export type LineRule = (line: LogLine, account: Account) => boolean;
