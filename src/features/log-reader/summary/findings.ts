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
import { UPDATE_EXE_FORM } from './causes';
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

export function reportFindings(analysis: LogAnalysis, catalogue: CodeCatalogue): ReportFinding[] {
  return analysis.findings.map((finding) => reportFinding(finding, analysis, catalogue));
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
    ...(UNCONFIRMED_READINGS[finding.kind]
      ? { unconfirmed: UNCONFIRMED_READINGS[finding.kind] }
      : {}),
  };
}

function role(finding: Finding, analysis: LogAnalysis): FindingRole {
  if (finding === analysis.firstFailure) return 'failure';
  if (analysis.aboveFailure.includes(finding)) return 'explains';
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
