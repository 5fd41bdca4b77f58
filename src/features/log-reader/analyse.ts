/**
 * The streaming analyser: text goes in chunk by chunk, findings come out. It follows Microsoft's
 * way of reading a log (reference §3.4): the first `Return value 3` marks the action that failed,
 * the `Error` and `Note` lines just above it say why; without one, the end of the log says how it
 * ended. Memory stays bounded whatever the log's size: a few recent lines for context, a capped
 * list per kind of finding, and a short list of recent messages for the lines above a failure.
 */
import { KbCollector, type KbMention } from './kb-in-log';
import { KIND_SAMPLE_LINES, recogniseLogKind, type LogKind } from './log-kind';
import * as rules from './line-rules';

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

export type Outcome = 'failed' | 'succeeded' | 'cancelled' | 'unknown';

export interface LogAnalysis {
  kind: LogKind;
  lineCount: number;
  outcome: Outcome;
  /** The line that shows where it failed: the first `Return value 3`, or the first failure line. */
  firstFailure?: Finding;
  /** `Error`, `Note`, custom-action and DDSet lines just above the first failure: the likely why. */
  aboveFailure: Finding[];
  /** Every kept finding, in line order. */
  findings: Finding[];
  /** How many findings of each kind were left out once a kind reached its cap. */
  omitted: Partial<Record<FindingKind, number>>;
  kbs: KbMention[];
  /** The text is mostly control characters: not a log. */
  binary: boolean;
}

/** Codes that mean success for an exit code (reference §1: 0, 1641, 3010). */
export const SUCCESS_CODES: ReadonlySet<number> = new Set([0, 1641, 3010]);
/** ERROR_INSTALL_USEREXIT. */
export const USER_CANCELLED = 1602;

const CONTEXT_BEFORE = 3;
const CONTEXT_AFTER = 2;
const MAX_LINE_CHARS = 400;
const MAX_PER_KIND = 20;
/** Recent Error/Note/custom-action/DDSet lines kept to explain a failure that comes after them. */
const RECENT_MESSAGES = 12;
/** Messages further above the failure than this are not its explanation, unless inside its action. */
const ABOVE_FAILURE_LINES = 300;
/** Share of control characters in the first text above which it is not a log. */
const BINARY_SHARE = 0.01;
const BINARY_SAMPLE_CHARS = 64 * 1024;

export interface AnalyserOptions {
  fileName?: string;
  /** KB numbers the site has pages for. */
  knownKbs?: ReadonlySet<string>;
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
  private recent: Finding[] = [];
  private readonly actionStarts = new Map<string, number>();

  private firstReturn3: Finding | undefined;
  private aboveReturn3: Finding[] = [];
  private firstFailureLine: Finding | undefined;
  private aboveFailureLine: Finding[] = [];
  private cancelled = false;
  /** The last line that states how the whole run ended, what it says, and the messages above it. */
  private ending: { finding: Finding; outcome: Outcome; above: Finding[] } | undefined;

  private sampledChars = 0;
  private controlChars = 0;

  constructor(options: AnalyserOptions = {}) {
    this.fileName = options.fileName;
    this.kbs = new KbCollector(options.knownKbs ?? new Set(), options.fileName);
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
    const [firstFailure, aboveFailure] = this.whereItFailed(outcome);
    for (const above of aboveFailure) this.keep(above);
    return {
      kind: this.kind!,
      lineCount: this.lineNumber,
      outcome,
      ...(firstFailure ? { firstFailure } : {}),
      aboveFailure,
      findings: this.findings.sort((a, b) => a.line - b.line),
      omitted: this.omitted,
      kbs: this.kbs.result(),
      binary: this.looksBinary,
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
  private whereItFailed(outcome: Outcome): [Finding | undefined, Finding[]] {
    if (this.firstReturn3) return [this.firstReturn3, this.aboveReturn3];
    if (outcome !== 'failed') return [undefined, []];
    if (this.firstFailureLine) return [this.firstFailureLine, this.aboveFailureLine];
    return this.ending ? [this.ending.finding, this.ending.above] : [undefined, []];
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
    if (rules.WORTH_READING.test(line)) this.readRules(line, number, text);

    this.beforeText.push(text);
    this.beforeLine.push(number);
    if (this.beforeText.length > CONTEXT_BEFORE) {
      this.beforeText.shift();
      this.beforeLine.shift();
    }
  }

  private finding(
    kind: FindingKind,
    line: number,
    text: string,
    details: Partial<Finding> = {},
  ): Finding {
    return {
      kind,
      line,
      text,
      ...details,
      before: this.beforeText.map((t, i) => ({ line: this.beforeLine[i], text: t })),
      after: [],
    };
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

  /** A message that may explain a later failure: remembered for a while, kept if it does. */
  private remember(finding: Finding) {
    if (!this.open.includes(finding)) this.open.push(finding);
    this.recent.push(finding);
    if (this.recent.length > RECENT_MESSAGES) this.recent.shift();
  }

  private failureLine(finding: Finding) {
    if (!this.keep(finding) || this.firstFailureLine) return;
    this.firstFailureLine = finding;
    this.aboveFailureLine = this.messagesAbove(finding.line, undefined);
  }

  private end(finding: Finding, outcome: Outcome) {
    this.keep(finding);
    this.ending = {
      finding,
      outcome,
      above: outcome === 'failed' ? this.messagesAbove(finding.line, undefined) : [],
    };
  }

  private messagesAbove(failureLine: number, actionStartLine: number | undefined): Finding[] {
    return this.recent.filter(
      (f) =>
        f.line < failureLine &&
        (actionStartLine !== undefined
          ? f.line >= actionStartLine
          : failureLine - f.line <= ABOVE_FAILURE_LINES),
    );
  }

  private readRules(line: string, number: number, text: string) {
    const message = rules.lineMessage(line);

    const started = rules.actionStart(message);
    if (started) {
      this.actionStarts.set(started, number);
      return;
    }
    const ended = rules.actionEnded(message);
    if (ended) {
      if (ended.value === 3) {
        const finding = this.finding('action-failed', number, text, {
          subject: ended.action,
          code: 3,
          outcome: 'failed',
        });
        this.keep(finding);
        if (!this.firstReturn3) {
          this.firstReturn3 = finding;
          this.aboveReturn3 = this.messagesAbove(number, this.actionStarts.get(ended.action));
        }
      } else if (ended.value === 2) {
        this.cancelled = true;
        this.keep(
          this.finding('action-cancelled', number, text, {
            subject: ended.action,
            code: 2,
            outcome: 'cancelled',
          }),
        );
      }
      return;
    }

    const note = rules.installerNote(message);
    if (note) {
      this.remember(
        this.finding('installer-note', number, text, { code: note.code, fields: note.fields }),
      );
      return;
    }

    const status = rules.installationStatus(message);
    if (status !== null) {
      this.end(
        this.finding('installation-status', number, text, { code: status }),
        outcomeOfCode(status),
      );
      return;
    }

    const product = rules.productResult(message);
    if (product) {
      this.end(
        this.finding('product-result', number, text, {
          subject: product.product,
          outcome: product.outcome,
        }),
        product.outcome,
      );
      return;
    }

    const notInstalled = rules.updateNotInstalled(message);
    if (notInstalled) {
      this.failureLine(
        this.finding('update-not-installed', number, text, {
          subject: notInstalled.update,
          code: notInstalled.code,
        }),
      );
      return;
    }

    const installer = rules.installerMessage(message);
    if (installer) {
      if (installer.level === 'Info' && installer.code === 1603) {
        this.keep(
          this.finding('file-in-use', number, text, { code: 1603, subject: installer.text }),
        );
      } else if (installer.level === 'Error') {
        // Every `Error` line is a finding; of `Info` lines only 1603 (above). Microsoft calls Info
        // 2898, 2743 and 2726 usually harmless (reference §2.1), which says nothing of `Error 2743.`.
        const finding = this.finding('installer-error', number, text, {
          code: installer.code,
          subject: installer.text,
        });
        this.keep(finding);
        this.remember(finding);
      }
      return;
    }

    const customAction = rules.customActionError(message);
    if (customAction) {
      if (customAction.translatedToSuccess) {
        this.keep(
          this.finding('custom-action-ignored', number, text, {
            subject: customAction.action,
            code: customAction.code,
            outcome: 'succeeded',
          }),
        );
      } else {
        const finding = this.finding('custom-action-error', number, text, {
          subject: customAction.action,
          code: customAction.code,
        });
        this.remember(finding);
        this.failureLine(finding);
      }
      return;
    }

    const ddset = rules.ddsetError(message);
    if (ddset !== null) {
      const finding = this.finding('ddset-error', number, text, { subject: ddset });
      this.remember(finding);
      this.failureLine(finding);
      return;
    }
    const ddsetExit = rules.ddsetExit(message);
    if (ddsetExit) {
      if (ddsetExit.code !== 0) {
        const finding = this.finding('ddset-exit', number, text, {
          subject: ddsetExit.step,
          code: ddsetExit.code,
        });
        this.keep(finding);
        this.remember(finding);
      }
      return;
    }

    const engine = rules.engineReturn(message);
    if (engine !== null) {
      this.end(
        this.finding('engine-return', number, text, { code: engine }),
        outcomeOfCode(engine),
      );
      return;
    }

    const patch = rules.missingLocalPatch(message);
    if (patch !== null) {
      const finding = this.finding('missing-local-patch', number, text, { subject: patch });
      this.keep(finding);
      this.remember(finding);
      return;
    }
    if (rules.resolvingPatchSource(message)) {
      const finding = this.finding('resolving-patch-source', number, text);
      this.keep(finding);
      this.remember(finding);
      return;
    }

    const internal = rules.internalError(message);
    if (internal !== null) {
      const finding = this.finding('internal-error', number, text, { subject: internal });
      this.remember(finding);
      this.failureLine(finding);
      return;
    }

    const updateExe = rules.updateExeMessage(line);
    if (updateExe !== null) {
      const masked = rules.updateExeMasked(updateExe);
      if (masked !== null) {
        const finding = this.finding('update-exe-masked', number, text, { code: masked });
        this.failureLine(finding);
        this.end(finding, 'failed');
        return;
      }
      const extended = rules.updateExeExtended(updateExe);
      if (extended !== null) {
        this.failureLine(this.finding('update-exe-extended', number, text, { subject: extended }));
        return;
      }
      const failure = rules.updateExeFailure(updateExe);
      if (failure !== null)
        this.failureLine(this.finding('update-exe-failure', number, text, { subject: failure }));
      return;
    }

    const dotnet = rules.dotnetSetupLine(line);
    if (dotnet) {
      this.readDotnetSetupLine(dotnet, number, text);
      return;
    }

    const cbs = rules.cbsFailure(message);
    if (cbs) {
      this.keep(
        this.finding('cbs-failure', number, text, { code: cbs.hresult, subject: cbs.name }),
      );
      return;
    }

    const windowsUpdate = rules.windowsUpdateLine(line);
    if (windowsUpdate) {
      const hresult = rules.failureHresult(windowsUpdate.text);
      if (hresult !== null)
        this.keep(
          this.finding('windows-update-error', number, text, {
            code: hresult,
            subject: windowsUpdate.component,
          }),
        );
    }
  }

  private readDotnetSetupLine(
    dotnet: { source: string; text: string },
    number: number,
    text: string,
  ) {
    const errorlog = rules.errorlogEvent(dotnet.text);
    const component = rules.componentFailed(errorlog ?? dotnet.text);
    if (errorlog !== null) {
      this.failureLine(
        this.finding('setup-errorlog', number, text, {
          subject: component?.component ?? dotnet.source,
          ...(component?.code != null ? { code: component.code } : {}),
        }),
      );
      return;
    }
    if (component) {
      this.failureLine(
        this.finding('component-failed', number, text, {
          subject: component.component,
          ...(component.code != null ? { code: component.code } : {}),
        }),
      );
    }
  }
}

/** What an exit code says about the whole run. */
export function outcomeOfCode(code: number): Outcome {
  if (SUCCESS_CODES.has(code)) return 'succeeded';
  return code === USER_CANCELLED ? 'cancelled' : 'failed';
}

/** Analyses a whole text at once (pasted logs, tests). */
export function analyseText(text: string, options: AnalyserOptions = {}): LogAnalysis {
  const analyser = new LogAnalyser(options);
  analyser.push(text);
  return analyser.finish();
}
