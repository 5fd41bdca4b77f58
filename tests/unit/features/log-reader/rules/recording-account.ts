/**
 * An Account that only writes down what a rule did with a line, so that a rule's test reads as
 * the rule's decision: which finding, and what it was told to do with it.
 */
import type { Finding } from '../../../../../src/features/log-reader/finding';
import { lineMessage } from '../../../../../src/features/log-reader/line-rules';
import type {
  Account,
  LineRule,
  LogLine,
} from '../../../../../src/features/log-reader/rules/line-rule';

/** What a rule told the analyser, with each finding cut to what the rule decided. */
export type Told = [string, ...unknown[]];

function recordingAccount(): { account: Account; told: Told[] } {
  const told: Told[] = [];
  const decided = ({ kind, code, subject, fields, outcome }: Finding) => ({
    kind,
    ...(code !== undefined ? { code } : {}),
    ...(subject !== undefined ? { subject } : {}),
    ...(fields !== undefined ? { fields } : {}),
    ...(outcome !== undefined ? { outcome } : {}),
  });
  const tell = (...what: Told) => {
    told.push(what);
  };
  const account: Account = {
    finding: (kind, line, details = {}) => ({
      kind,
      line: line.number,
      text: line.text,
      ...details,
      before: [],
      after: [],
    }),
    keep: (finding) => {
      tell('keep', decided(finding));
      return true;
    },
    failureLine: (finding) => tell('failureLine', decided(finding)),
    end: (finding, outcome) => tell('end', decided(finding), outcome),
    actionStarted: (action, line) => tell('actionStarted', action, line),
    actionEnded: (action, line) => tell('actionEnded', action, line),
    servicingError: (finding) => tell('servicingError', decided(finding)),
    actionFailed: (finding, action) => tell('actionFailed', decided(finding), action),
    actionCancelled: (finding) => tell('actionCancelled', decided(finding)),
  };
  return { account, told };
}

/** A line as the analyser hands it to the rules, at line 7. */
function logLine(raw: string): LogLine {
  return { raw, message: lineMessage(raw), number: 7, text: raw };
}

/** Hands one line to one rule: whether the rule claimed it, and what it told the analyser. */
export function readLine(rule: LineRule, raw: string): { claimed: boolean; told: Told[] } {
  const { account, told } = recordingAccount();
  return { claimed: rule(logLine(raw), account), told };
}
