/**
 * The report's list of findings: each line with its role in the failure, its title, what its
 * codes mean, and its neighbours; and a count of the lines left out.
 */
import type { LogAnalysis } from '../analyse';
import type { CodeCatalogue } from '../code-catalogue';
import { fillMessage } from '../code-catalogue';
import type { Finding, FindingKind } from '../finding';
import { EXIT_CODE_KINDS, linkForCode } from './code-links';
import { FINDING_NAMES, FINDING_TITLE, hex } from './finding-words';
import type { EvidenceGroup } from '../action-evidence';
import { UPDATE_EXE_FORM } from './causes';
import { evidenceTitle, evidenceWords, foldedWords } from './explanation';
import type { FindingRole, ReportFinding, Sentence } from './report';

/** Finding kinds whose code is an Installer message number. */
const MESSAGE_KINDS: ReadonlySet<FindingKind> = new Set([
  'installer-error',
  'installer-note',
  'file-in-use',
]);

/** Readings of a line that only community sources give (reference §3.2). */
const UNCONFIRMED_READINGS: Partial<Record<FindingKind, string>> = {
  'update-exe-failure': UPDATE_EXE_FORM,
  'custom-action-ignored':
    'Only community logs show this form of the line; no Microsoft text says that it marks a failure the package ignores.',
};

/** Kinds of finding that the failed action's evidence groups show, counted once per code. */
const GROUPED_KINDS: ReadonlySet<FindingKind> = new Set([
  'installer-note',
  'installer-error',
  'custom-action-error',
]);

/**
 * What explains the failure first, then where it failed and the other lines in log order, then
 * the failed action's other lines, one per code with its count, which the page folds away.
 */
export function reportFindings(analysis: LogAnalysis, catalogue: CodeCatalogue): ReportFinding[] {
  const { explains, folded } = analysis.diagnosis;
  const grouped = explains.length + folded.length > 0;
  // A line the groups show is shown once, as its group.
  const groupLines = new Set(
    [...explains, ...folded.map(({ group }) => group)].flatMap((g) => [g.firstLine, g.lastLine]),
  );
  const lines = analysis.findings
    .filter((finding) => !(grouped && GROUPED_KINDS.has(finding.kind)))
    .filter((finding) => finding === analysis.firstFailure || !groupLines.has(finding.line))
    .map((finding) => reportFinding(finding, analysis, catalogue));
  return [
    ...explains.map((group) => groupFinding(group, 'explains', [evidenceWords(group, catalogue)])),
    ...lines.filter((f) => f.role === 'failure'),
    ...lines.filter((f) => f.role !== 'failure'),
    // A folded note still shows its message with its fields filled in, for whoever unfolds it.
    ...folded.map(({ group, reason }) =>
      groupFinding(group, 'routine', [[foldedWords(reason)], evidenceWords(group, catalogue)]),
    ),
  ];
}

/** One line of a group: its first occurrence among the lines above it, and its last. */
function groupFinding(group: EvidenceGroup, role: FindingRole, details: Sentence[]): ReportFinding {
  const title = evidenceTitle(group);
  const own = [
    { line: group.firstLine, text: group.first.text },
    ...(group.count > 1 ? [{ line: group.lastLine, text: group.latest.text }] : []),
  ];
  return {
    line: group.firstLine,
    role,
    title:
      group.count === 1
        ? title
        : `${title} × ${group.count}, lines ${group.firstLine}–${group.lastLine}`,
    details,
    context: [...group.first.before, ...own],
    lines: own,
  };
}

export function leftOut(analysis: LogAnalysis): string[] {
  return Object.entries(analysis.omitted).map(
    ([kind, count]) => `${count} more ${FINDING_NAMES[kind as FindingKind]} lines are not listed.`,
  );
}

function reportFinding(
  finding: Finding,
  analysis: LogAnalysis,
  catalogue: CodeCatalogue,
): ReportFinding {
  const title = FINDING_TITLE[finding.kind](finding);
  return {
    line: finding.line,
    role: role(finding, analysis),
    title: title.charAt(0).toUpperCase() + title.slice(1),
    details: [
      ...messageDetails(finding, catalogue),
      ...exitCodeDetails(finding, catalogue),
      ...win32Details(finding, catalogue),
      ...extendedCodeDetails(finding),
    ],
    context: [...finding.before, { line: finding.line, text: finding.text }, ...finding.after],
    lines: [{ line: finding.line, text: finding.text }],
    ...(UNCONFIRMED_READINGS[finding.kind]
      ? { unconfirmed: UNCONFIRMED_READINGS[finding.kind] }
      : {}),
  };
}

function role(finding: Finding, analysis: LogAnalysis): FindingRole {
  if (finding === analysis.firstFailure) return 'failure';
  if (finding.kind === 'file-in-use' || finding.kind === 'custom-action-ignored')
    return 'not-a-failure';
  return 'other';
}

/** An Installer message's text from the catalogue; a Note's with its fields filled in. */
function messageDetails(finding: Finding, catalogue: CodeCatalogue): Sentence[] {
  const code = finding.code;
  if (code === undefined || !MESSAGE_KINDS.has(finding.kind)) return [];
  const info = catalogue[String(code)];
  if (finding.kind === 'installer-note' && info?.message)
    return [
      [
        'Message ',
        { label: String(code), href: info.url },
        `: “${fillMessage(info.message, finding.fields ?? {})}”`,
      ],
    ];
  if (!info) return [];
  return [
    [
      'About message ',
      { label: String(code), href: info.url },
      info.message ? `: “${info.message}”` : '',
    ],
  ];
}

function exitCodeDetails(finding: Finding, catalogue: CodeCatalogue): Sentence[] {
  if (finding.code === undefined || !EXIT_CODE_KINDS.has(finding.kind)) return [];
  return [['Code ', ...linkForCode(catalogue, finding.code, 'exit')]];
}

/** HRESULT_FROM_WIN32: the low 16 bits are the Win32 code (reference §1.1). */
function win32Details(finding: Finding, catalogue: CodeCatalogue): Sentence[] {
  const code = finding.code;
  if (
    code === undefined ||
    (finding.kind !== 'cbs-failure' && finding.kind !== 'windows-update-error') ||
    code >>> 16 !== 0x8007
  )
    return [];
  const win32 = code & 0xffff;
  const info = catalogue[String(win32)];
  return [
    [
      `${hex(code)} carries the Windows error `,
      ...(info ? [{ label: String(win32), href: info.url }] : [String(win32)]),
      info?.system
        ? `: ${info.system.meaning}`
        : info?.exit
          ? `, ${info.exit.name}: ${info.exit.meaning}`
          : '.',
    ],
  ];
}

function extendedCodeDetails(finding: Finding): Sentence[] {
  if (finding.kind !== 'update-exe-extended') return [];
  return [['No source gives the meaning of Update.exe’s extended error codes.']];
}
