/**
 * Collects, while a log streams past, the evidence inside each action that is still running, so
 * that when an action ends with `Return value 3` its own lines can be ranked: from its
 * `Action start` to that line, as an engineer reads it. Repeats are grouped (one group per kind,
 * code and subject, with a count and a line range), so memory stays bounded however many times a
 * line repeats. It also notices a nested session: an upgrade's RemoveExistingProducts runs the
 * uninstall of the older version as a session of its own (a `******* RunEngine:` for another
 * product) inside the outer install, without a second `=== Logging started`.
 */
import type { Evidence, EvidenceKind, EvidenceRank } from './evidence';
import type { ContextLine } from './finding';

export interface EvidenceGroup {
  kind: EvidenceKind;
  rank: EvidenceRank;
  code?: number;
  subject?: string;
  count: number;
  firstLine: number;
  lastLine: number;
  /**
   * The first occurrence, as the log writes its line, with the lines just above it: a failed
   * call's first line is its root, and a custom action often says why just before.
   */
  first: { evidence: Evidence; text: string; before: ContextLine[] };
  /** The occurrence nearest the failure, which is the last one read. */
  latest: { evidence: Evidence; text: string };
}

export interface NestedSession {
  /** The line of the nested session's `******* RunEngine:`. */
  line: number;
  /** The product it runs (a product code when it removes an installed version). */
  product?: string;
  /** The outer action it runs inside. */
  insideAction: string;
}

export interface FailedAction {
  name: string;
  /** Its `Action start` line, when the log has one (an excerpt may start inside the action). */
  startLine?: number;
  /** Its `Return value 3` line. */
  line: number;
  /** Its evidence, best first: by rank, then nearest the failure. */
  evidence: EvidenceGroup[];
  /** The line read just before the `Return value 3`, when it was evidence. */
  rightAbove?: EvidenceGroup;
  /** The failed action ran inside a nested session, or held one (was running when it started). */
  nested?: { session: NestedSession; holds: boolean };
}

/** Distinct findings kept per action: past this, a stronger one takes a weaker one's place. */
const MAX_GROUPS = 64;
/** `           ******* Product: {9A3E…}`: the line after `******* RunEngine:` that names what it runs. */
const RUN_ENGINE_PRODUCT = /\*{7} Product: (.*)$/;

interface Occurrence {
  line: number;
  text: string;
  evidence: Evidence;
  before: ContextLine[];
}

interface Frame {
  action: string;
  startLine: number;
  groups: Map<string, EvidenceGroup>;
  /** A nested session that started while this action was the innermost one running. */
  holds?: NestedSession;
  /** The nested session this action runs in. */
  within?: NestedSession;
}

/** Who speaks tells apart two custom actions, two calls or two products; an error is its number. */
const GROUPED_BY_SUBJECT: ReadonlySet<EvidenceKind> = new Set([
  'custom-action-failed',
  'call-failed',
  'custom-action-message',
  'product-message',
]);

function groupKey({ kind, code, subject }: Evidence): string {
  return `${kind}|${code ?? ''}|${GROUPED_BY_SUBJECT.has(kind) ? (subject ?? '') : ''}`;
}

/** Best first: the lower rank, then the nearer to the failure. */
export function byStrength(a: EvidenceGroup, b: EvidenceGroup): number {
  return a.rank - b.rank || b.lastLine - a.lastLine;
}

export class ActionEvidence {
  private readonly stack: Frame[] = [];
  /** Evidence outside any action, and of the whole log when no action failed. */
  private readonly whole: Frame = { action: '', startLine: 1, groups: new Map() };
  private firstProduct: string | undefined;
  private awaitingProduct: number | undefined;
  private nested: NestedSession | undefined;
  private lastEvidence: { line: number; group: EvidenceGroup } | undefined;
  private lastLine = 0;

  /** Reads a line that is neither an action's start nor its end, with what it says if anything. */
  line(
    line: number,
    text: string,
    evidence: Evidence | null,
    before: () => ContextLine[] = () => [],
  ) {
    // Blank lines (the log writes one after each message) do not come between a line and the next.
    if (text.trim() !== '') this.lastLine = line;
    if (this.awaitingProduct !== undefined) this.readRunEngine(text);
    if (text.includes('******* RunEngine:')) this.awaitingProduct = line;
    if (!evidence) return;
    const occurrence: Occurrence = { line, text, evidence, before: before() };
    let group: EvidenceGroup | undefined;
    for (const frame of [this.whole, ...this.stack]) group = this.add(frame, occurrence) ?? group;
    if (group) this.lastEvidence = { line, group };
  }

  started(action: string, line: number) {
    this.lastLine = line;
    this.stack.push({
      action,
      startLine: line,
      groups: new Map(),
      ...(this.nested ? { within: this.nested } : {}),
    });
  }

  /** An action ended; for `Return value 3`, what it held, best first. */
  ended(action: string, line: number, failed: boolean): FailedAction | undefined {
    const at = this.stack.map((f) => f.action).lastIndexOf(action);
    const frame = at === -1 ? undefined : this.stack[at];
    if (at !== -1) this.stack.length = at;
    if (this.nested && !this.stack.some((f) => f.holds === this.nested)) this.nested = undefined;
    const rightAbove =
      this.lastEvidence?.line === this.lastLine ? this.lastEvidence.group : undefined;
    this.lastLine = line;
    if (!failed) return undefined;
    const groups = frame ?? this.whole;
    const nested = frame?.within
      ? { session: frame.within, holds: false }
      : frame?.holds
        ? { session: frame.holds, holds: true }
        : undefined;
    return {
      name: action,
      ...(frame ? { startLine: frame.startLine } : {}),
      line,
      evidence: [...groups.groups.values()].sort(byStrength),
      ...(rightAbove ? { rightAbove } : {}),
      ...(nested ? { nested } : {}),
    };
  }

  /** Everything the log gave, best first: for a failure that no action's end reports. */
  wholeLog(): EvidenceGroup[] {
    return [...this.whole.groups.values()].sort(byStrength);
  }

  private readRunEngine(text: string) {
    const product = RUN_ENGINE_PRODUCT.exec(text)?.[1]?.trim();
    if (product === undefined) return;
    const line = this.awaitingProduct!;
    this.awaitingProduct = undefined;
    // The client and the server each start the same package; another product is a nested session.
    if (this.firstProduct === undefined) {
      this.firstProduct = product;
      return;
    }
    // Another product's engine outside any action is a second log written to the same file.
    const inside = this.stack.at(-1);
    if (product === this.firstProduct || !inside) return;
    this.nested = { line, product, insideAction: inside.action };
    inside.holds = this.nested;
  }

  /** A full action keeps its strongest findings: a weaker group, the oldest, gives way. */
  private madeRoom(frame: Frame, rank: EvidenceRank): boolean {
    let weakest: [string, EvidenceGroup] | undefined;
    for (const entry of frame.groups) {
      if (!weakest || byStrength(entry[1], weakest[1]) > 0) weakest = entry;
    }
    if (!weakest || weakest[1].rank <= rank) return false;
    frame.groups.delete(weakest[0]);
    return true;
  }

  private add(
    frame: Frame,
    { line, text, evidence, before }: Occurrence,
  ): EvidenceGroup | undefined {
    const key = groupKey(evidence);
    const group = frame.groups.get(key);
    if (group) {
      group.count++;
      group.lastLine = line;
      group.latest = { evidence, text };
      return group;
    }
    if (frame.groups.size >= MAX_GROUPS && !this.madeRoom(frame, evidence.rank)) return undefined;
    const created: EvidenceGroup = {
      kind: evidence.kind,
      rank: evidence.rank,
      ...(evidence.code === undefined ? {} : { code: evidence.code }),
      ...(evidence.subject === undefined ? {} : { subject: evidence.subject }),
      count: 1,
      firstLine: line,
      lastLine: line,
      first: { evidence, text, before },
      latest: { evidence, text },
    };
    frame.groups.set(key, created);
    return created;
  }
}
