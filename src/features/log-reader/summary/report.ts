/** The report a person reads, as the summary builds it and the browser renders it. */
import type { ContextLine, Outcome } from '../finding';

export interface Link {
  label: string;
  href: string;
}
/** A sentence built of plain text and links; rendered as text nodes and anchors, never as HTML. */
export type Sentence = (string | Link)[];

export interface Advice {
  says: Sentence;
  /** Who says so, in words ("Microsoft, KB 951950"); absent where the reader only reports the log. */
  source?: string;
  /** Why the reference leaves this unconfirmed, in words; shown with the site's Unconfirmed mark. */
  unconfirmed?: string;
}

/** `routine`: a line of the failed action that does not explain it; the page folds these away. */
export type FindingRole = 'failure' | 'explains' | 'not-a-failure' | 'other' | 'routine';

export interface ReportFinding {
  line: number;
  role: FindingRole;
  title: string;
  /** Decoded message, code meanings. */
  details: Sentence[];
  /** The line itself among its neighbours. */
  context: ContextLine[];
  /** The finding's own lines, without their neighbours: one, or a repeated line's first and last. */
  lines: ContextLine[];
  /** Why the reference leaves the reading of this line unconfirmed, in words. */
  unconfirmed?: string;
}

export type ReportOutcome = Outcome | 'empty' | 'binary';

export interface Report {
  outcome: ReportOutcome;
  headline: string;
  /** Which log, which encoding, how long, which update. */
  about: Sentence[];
  whatFailed: Sentence[];
  causes: Advice[];
  todo: Advice[];
  findings: ReportFinding[];
  /** Findings left out because there were too many of one kind. */
  leftOut: string[];
}
