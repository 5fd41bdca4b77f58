/**
 * Which of a failed action's lines explain the failure, and which are the installer's routine
 * notes that successful installs print too. Routine is measured, not guessed: ROUTINE_LINES
 * counts each note and internal error in the successful real logs of the corpus, and in the
 * failing ones outside the action that failed (tests/unit/features/log-reader/routine-lines.test.ts
 * measures them again and fails when this table no longer matches the corpus).
 */
import type { EvidenceGroup } from './action-evidence';
import type { EvidenceKind } from './evidence';

export interface RoutineCount {
  /** In how many of the corpus's successful logs the line appears. */
  successfulLogs: number;
  /** In how many of its failing logs it appears outside the action that failed. */
  failingLogsOutside: number;
}

/** How many logs of each outcome the counts below were measured on. */
export const ROUTINE_MEASURED_ON = { successfulLogs: 6, failingLogs: 9 } as const;

/** `kind:code` → its counts, for every note and internal error seen in a successful log. */
export const ROUTINE_LINES: Readonly<Record<string, RoutineCount>> = {
  'error-dialog:2826': { successfulLogs: 1, failingLogsOutside: 0 },
  'error-dialog:2911': { successfulLogs: 1, failingLogsOutside: 0 },
  'installer-note:1314': { successfulLogs: 1, failingLogsOutside: 0 },
  'installer-note:1321': { successfulLogs: 1, failingLogsOutside: 0 },
  'installer-note:1325': { successfulLogs: 2, failingLogsOutside: 0 },
  'installer-note:1402': { successfulLogs: 5, failingLogsOutside: 8 },
  'installer-note:1707': { successfulLogs: 4, failingLogsOutside: 0 },
  'installer-note:1715': { successfulLogs: 1, failingLogsOutside: 1 },
  'installer-note:1728': { successfulLogs: 1, failingLogsOutside: 0 },
  'installer-note:2103': { successfulLogs: 1, failingLogsOutside: 0 },
  'installer-note:2203': { successfulLogs: 4, failingLogsOutside: 8 },
  'installer-note:2205': { successfulLogs: 5, failingLogsOutside: 6 },
  'installer-note:2228': { successfulLogs: 5, failingLogsOutside: 4 },
  'installer-note:2262': { successfulLogs: 5, failingLogsOutside: 8 },
  'installer-note:2265': { successfulLogs: 4, failingLogsOutside: 3 },
  'installer-note:2318': { successfulLogs: 5, failingLogsOutside: 2 },
  'installer-note:2711': { successfulLogs: 3, failingLogsOutside: 1 },
  'installer-note:2727': { successfulLogs: 5, failingLogsOutside: 5 },
  'installer-note:2729': { successfulLogs: 1, failingLogsOutside: 0 },
  'installer-note:2732': { successfulLogs: 2, failingLogsOutside: 0 },
  'installer-note:2898': { successfulLogs: 5, failingLogsOutside: 6 },
  'internal-error:2826': { successfulLogs: 1, failingLogsOutside: 0 },
  'internal-error:2911': { successfulLogs: 1, failingLogsOutside: 0 },
};

/**
 * Notes that look up the message saying how the run ended, not why (reference §2.1: 1708
 * "Installation operation failed", 1724/1725 removal and 1728/1729 configuration completed or
 * failed; §3: event 11707 is the install's success, logged as its message number + 10000).
 */
export const OUTCOME_NOTES: ReadonlySet<number> = new Set([1707, 1708, 1724, 1725, 1728, 1729]);

export type FoldedReason =
  /** Successful installs print it too (with the counts). */
  | { why: 'routine'; counts: RoutineCount }
  /** It announces how the run ended. */
  | { why: 'outcome' }
  /** It is the note of an error shown beside it, with the same number. */
  | { why: 'same-as-error'; code: number };

export interface Diagnosis {
  /** The lines that explain the failure, best first. */
  explains: EvidenceGroup[];
  /** The other lines of the failed action, folded away on the page, each with why. */
  folded: { group: EvidenceGroup; reason: FoldedReason }[];
}

const ROUTINE_KINDS: ReadonlySet<EvidenceKind> = new Set([
  'installer-note',
  'internal-error',
  'error-dialog',
]);
const SHOWN_ERRORS: ReadonlySet<EvidenceKind> = new Set([
  'installer-error',
  'internal-error',
  'error-dialog',
]);

/** The counts for a line, when successful installs print it too. */
export function routineCount(
  group: Pick<EvidenceGroup, 'kind' | 'code'>,
): RoutineCount | undefined {
  if (!ROUTINE_KINDS.has(group.kind) || group.code === undefined) return undefined;
  return ROUTINE_LINES[`${group.kind}:${group.code}`];
}

function foldedReason(
  group: EvidenceGroup,
  rightAbove: EvidenceGroup | undefined,
  errorCodes: ReadonlySet<number>,
): FoldedReason | undefined {
  if (group.kind === 'installer-note' && group.code !== undefined) {
    if (OUTCOME_NOTES.has(group.code)) return { why: 'outcome' };
    if (errorCodes.has(group.code)) return { why: 'same-as-error', code: group.code };
  }
  // A line successful installs print too still explains a failure it sits right above, unless it
  // only looks up the Error table, as the installer does before it shows any message.
  const counts = routineCount(group);
  if (!counts) return undefined;
  return group !== rightAbove || looksUpMessage(group) ? { why: 'routine', counts } : undefined;
}

/**
 * `Note: 1: 2205 2:  3: Error`, `Note: 1: 2262 2: Error 3: …`: the installer reading its Error
 * table, which the measured successful logs do before every message they show.
 */
function looksUpMessage(group: EvidenceGroup): boolean {
  const fields = group.latest.evidence.fields;
  return group.kind === 'installer-note' && (fields?.[2] === 'Error' || fields?.[3] === 'Error');
}

/** Sorts a failed action's evidence (already best first) into what explains it and what does not. */
export function diagnose(
  evidence: readonly EvidenceGroup[],
  rightAbove?: EvidenceGroup,
): Diagnosis {
  const errorCodes = new Set(
    evidence.filter((g) => SHOWN_ERRORS.has(g.kind) && g.code !== undefined).map((g) => g.code!),
  );
  const diagnosis: Diagnosis = { explains: [], folded: [] };
  for (const group of evidence) {
    const reason = foldedReason(group, rightAbove, errorCodes);
    if (reason) diagnosis.folded.push({ group, reason });
    else diagnosis.explains.push(group);
  }
  return diagnosis;
}
