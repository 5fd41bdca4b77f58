/**
 * The streaming analyser: text goes in chunk by chunk, findings come out. It follows Microsoft's
 * way of reading a log (reference §3.4): the first `Return value 3` marks the action that failed,
 * and the lines inside that action say why (action-evidence.ts, ranked by diagnosis.ts); without
 * one, the end of the log says how it ended. Memory stays bounded whatever the log's size: a few
 * recent lines for context, a capped list per kind of finding, and each running action's
 * evidence grouped by kind and code.
 * What each line says is read by the line rules (rules/table.ts); this module keeps the account of
 * what they found and decides from it where the run failed.
 */
import { ActionEvidence, type EvidenceGroup, type FailedAction } from './action-evidence';
import { diagnose, type Diagnosis } from './diagnosis';
import { evidenceOf } from './evidence';
import type { ContextLine, Finding, FindingDetails, FindingKind, Outcome } from './finding';
import { KbCollector, type KbMention, type SiteKbs } from './kb-in-log';
import { actionEnded, actionStart, lineMessage, WORTH_READING } from './line-rules';
import { KIND_SAMPLE_LINES, recogniseLogKind, type LogKind } from './log-kind';
import type { Account, LogLine } from './rules/line-rule';
import { LINE_RULES } from './rules/table';

export interface LogAnalysis {
  kind: LogKind;
  lineCount: number;
  outcome: Outcome;
  /** The line that shows where it failed: the first `Return value 3`, or the first failure line. */
  firstFailure?: Finding;
  /** Every kept finding, in line order. */
  findings: Finding[];
  /** How many findings of each kind were left out once a kind reached its cap. */
  omitted: Partial<Record<FindingKind, number>>;
  kbs: KbMention[];
  /** The text is mostly control characters: not a log. */
  binary: boolean;
  /** The action of the first `Return value 3`, with its own lines ranked. */
  failedAction?: FailedAction;
  /**
   * When the first failure is inside a nested session (removing the older version), the outer
   * install's own failed action, which that first failure caused.
   */
  outerFailure?: { name: string; line: number };
  /** The evidence of the whole log, grouped, best first. */
  evidence: EvidenceGroup[];
  /** The failed action's lines (the whole log's, when no action failed): what explains it, what does not. */
  diagnosis: Diagnosis;
  /** The last failure CBS.log records at its Error level: its latest attempt's. */
  lastServicingError?: Finding;
  /** Where the log begins and ends, for a piece of a log pasted from a post. */
  part: { hasStart: boolean; hasEnd: boolean };
}

const CONTEXT_BEFORE = 3;
const CONTEXT_AFTER = 2;
const MAX_LINE_CHARS = 400;
const MAX_PER_KIND = 20;
/** Share of control characters in the first text above which it is not a log. */
const BINARY_SHARE = 0.01;
const BINARY_SAMPLE_CHARS = 64 * 1024;

export interface AnalyserOptions {
  fileName?: string;
  /** KB numbers the site has pages for, each with its bulletin. */
  siteKbs?: SiteKbs;
}

export class LogAnalyser {
  private carry = '';
  private lineNumber = 0;
  private kind: LogKind | undefined;
  private readonly kindSample: string[] = [];
  private readonly fileName: string | undefined;
  private readonly kbs: KbCollector;

  private readonly beforeText: string[] = [];
  private readonly beforeLine: number[] = [];
  private open: Finding[] = [];

  private readonly findings: Finding[] = [];
  private readonly perKind = new Map<FindingKind, number>();
  private readonly omitted: Partial<Record<FindingKind, number>> = {};

  private firstReturn3: Finding | undefined;
  private firstFailureLine: Finding | undefined;
  private cancelled = false;
  /** The last line that states how the whole run ended, what it says, and the messages above it. */
  private ending: { finding: Finding; outcome: Outcome } | undefined;

  private sampledChars = 0;
  private controlChars = 0;

  /** Each running action's own evidence, for the one that fails. */
  private readonly actions = new ActionEvidence();
  private failedAction: FailedAction | undefined;
  private outerFailure: { name: string; line: number } | undefined;
  private lastServicingError: Finding | undefined;
  private hasStart = false;
  private hasEnd = false;

  /** What the line rules may do: the bookkeeping below, and nothing else of the analyser. */
  private readonly account: Account = {
    finding: (kind, line, details) => this.finding(kind, line, details),
    keep: (finding) => this.keep(finding),
    failureLine: (finding) => this.failureLine(finding),
    end: (finding, outcome) => this.end(finding, outcome),
    actionStarted: (action, line) => {
      this.actions.started(action, line);
    },
    actionEnded: (action, line) => {
      this.actions.ended(action, line, false);
    },
    servicingError: (finding) => {
      this.lastServicingError = finding;
    },
    actionFailed: (finding, action) => this.actionFailed(finding, action),
    actionCancelled: (finding) => this.actionCancelled(finding),
  };

  constructor(options: AnalyserOptions = {}) {
    this.fileName = options.fileName;
    this.kbs = new KbCollector(options.siteKbs ?? new Map(), options.fileName);
  }

  /** Reads the next piece of text; a line cut at the end waits for the next piece. */
  push(text: string) {
    if (this.sampledChars < BINARY_SAMPLE_CHARS) this.sampleForBinary(text);
    const pieces = (this.carry + text).split('\n');
    this.carry = pieces.pop()!;
    for (const piece of pieces) this.readLine(piece);
  }

  /** Reads what is left and gives the result. */
  finish(): LogAnalysis {
    if (this.carry !== '') this.readLine(this.carry);
    this.carry = '';
    this.decideKind();
    const outcome = this.outcome();
    const firstFailure = this.whereItFailed(outcome);
    const evidence = this.actions.wholeLog();
    return {
      kind: this.kind!,
      lineCount: this.lineNumber,
      outcome,
      ...(firstFailure ? { firstFailure } : {}),
      findings: this.findings.sort((a, b) => a.line - b.line),
      omitted: this.omitted,
      kbs: this.kbs.result(),
      binary: this.looksBinary,
      ...(this.failedAction ? { failedAction: this.failedAction } : {}),
      ...(this.outerFailure ? { outerFailure: this.outerFailure } : {}),
      ...(this.lastServicingError ? { lastServicingError: this.lastServicingError } : {}),
      evidence,
      diagnosis: this.failedAction
        ? diagnose(this.failedAction.evidence, this.failedAction.rightAbove)
        : diagnose(evidence),
      part: { hasStart: this.hasStart, hasEnd: this.hasEnd || this.ending !== undefined },
    };
  }

  /** True once the first text read is mostly control characters: not worth reading further. */
  get looksBinary(): boolean {
    return this.sampledChars > 0 && this.controlChars / this.sampledChars > BINARY_SHARE;
  }

  /**
   * The first `Return value 3` when there is one (Microsoft: focus on the first); else the first
   * line that is a failure in itself; else, for a log that only says at its end that it failed,
   * that end line.
   */
  private whereItFailed(outcome: Outcome): Finding | undefined {
    if (this.firstReturn3) return this.firstReturn3;
    if (outcome !== 'failed') return undefined;
    return this.firstFailureLine ?? this.ending?.finding;
  }

  private outcome(): Outcome {
    if (this.firstReturn3) return 'failed';
    if (this.ending) return this.ending.outcome;
    if (this.cancelled) return 'cancelled';
    if (this.firstFailureLine) return 'failed';
    return 'unknown';
  }

  private sampleForBinary(text: string) {
    const sample = text.slice(0, BINARY_SAMPLE_CHARS - this.sampledChars);
    this.sampledChars += sample.length;
    for (let i = 0; i < sample.length; i++) {
      const c = sample.charCodeAt(i);
      // Tab, line feed, form feed and carriage return are text; other C0/C1 controls and U+FFFD are not.
      if (
        (c < 0x20 && c !== 9 && c !== 10 && c !== 12 && c !== 13) ||
        (c >= 0x7f && c < 0xa0) ||
        c === 0xfffd
      )
        this.controlChars++;
    }
  }

  private decideKind() {
    this.kind ??= recogniseLogKind(this.kindSample, this.fileName);
  }

  private readLine(raw: string) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const number = ++this.lineNumber;
    if (this.kind === undefined) {
      this.kindSample.push(line);
      if (this.kindSample.length >= KIND_SAMPLE_LINES) this.decideKind();
    }
    const text = line.length > MAX_LINE_CHARS ? `${line.slice(0, MAX_LINE_CHARS)}…` : line;

    if (this.open.length > 0) {
      for (const finding of this.open) finding.after.push({ line: number, text });
      this.open = this.open.filter((f) => f.after.length < CONTEXT_AFTER);
    }
    this.kbs.readLine(line, number);
    if (line.startsWith('=== ')) this.readSessionMarker(line);
    if (WORTH_READING.test(line)) this.readRules(line, number, text);
    else this.actions.line(number, text, null);

    this.beforeText.push(text);
    this.beforeLine.push(number);
    if (this.beforeText.length > CONTEXT_BEFORE) {
      this.beforeText.shift();
      this.beforeLine.shift();
    }
  }

  /** `=== Logging started: …` and `=== Logging stopped: …` (also the verbose client's pair). */
  private readSessionMarker(line: string) {
    if (/logging started/i.test(line)) this.hasStart = true;
    if (/logging stopped/i.test(line)) this.hasEnd = true;
  }

  private finding(kind: FindingKind, line: LogLine, details: FindingDetails = {}): Finding {
    return {
      kind,
      line: line.number,
      text: line.text,
      ...details,
      before: this.contextBefore(),
      after: [],
    };
  }

  /** The few lines read before the current one. */
  private contextBefore(): ContextLine[] {
    return this.beforeText.map((t, i) => ({ line: this.beforeLine[i], text: t }));
  }

  /** Keeps a finding (up to the cap for its kind) and gives it its following lines. */
  private keep(finding: Finding): boolean {
    if (this.findings.includes(finding)) return true;
    const count = this.perKind.get(finding.kind) ?? 0;
    this.perKind.set(finding.kind, count + 1);
    if (count >= MAX_PER_KIND) {
      this.omitted[finding.kind] = (this.omitted[finding.kind] ?? 0) + 1;
      return false;
    }
    this.findings.push(finding);
    if (finding.after.length < CONTEXT_AFTER && !this.open.includes(finding))
      this.open.push(finding);
    return true;
  }

  private failureLine(finding: Finding) {
    if (!this.keep(finding) || this.firstFailureLine) return;
    this.firstFailureLine = finding;
  }

  private end(finding: Finding, outcome: Outcome) {
    this.keep(finding);
    this.ending = { finding, outcome };
  }

  private actionFailed(finding: Finding, action: string) {
    this.keep(finding);
    this.noteFailedAction(this.actions.ended(action, finding.line, true)!);
    this.firstReturn3 ??= finding;
  }

  private actionCancelled(finding: Finding) {
    this.cancelled = true;
    this.keep(finding);
    if (finding.subject) this.actions.ended(finding.subject, finding.line, false);
  }

  /**
   * The first failed action is the one to explain; when it ran in a nested session, the first
   * outer action that held that session is where the install itself failed because of it.
   */
  private noteFailedAction(failed: FailedAction) {
    if (!this.failedAction) {
      this.failedAction = failed;
      return;
    }
    const session = this.failedAction.nested?.session;
    if (!this.outerFailure && session && failed.nested?.holds && failed.nested.session === session)
      this.outerFailure = { name: failed.name, line: failed.line };
  }

  private readRules(raw: string, number: number, text: string) {
    const line: LogLine = { raw, message: lineMessage(raw), number, text };
    // An action's start and end frame the evidence; every other line may be evidence itself.
    if (actionStart(line.message) === null && actionEnded(line.message) === null)
      this.actions.line(number, text, evidenceOf(line.message), () => this.contextBefore());
    for (const rule of LINE_RULES) if (rule(line, this.account)) return;
  }
}

/** Analyses a whole text at once (pasted logs, tests). */
export function analyseText(text: string, options: AnalyserOptions = {}): LogAnalysis {
  const analyser = new LogAnalyser(options);
  analyser.push(text);
  return analyser.finish();
}
