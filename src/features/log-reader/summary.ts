/**
 * Turns an analysis into what a person reads: a summary first (what failed, where, the likely
 * cause, what to do, with links), then each finding with its line, context and linked codes.
 * Every cause and fix stated here comes from the reference (windows-installer-errors-and-logs.md,
 * ms09-061-facts.md) with its source named; where none applies, the summary says so.
 */
import type { LogAnalysis } from './analyse';
import type { ContextLine, Finding, FindingKind, Outcome } from './finding';
import type { CodeCatalogue, CodeInfo } from './code-catalogue';
import { fillMessage } from './code-catalogue';
import type { DetectedEncoding } from './decode';
import { LOG_KINDS } from './log-kind';
import { errorCodeForms } from '../../identifiers/hresult';
import { formatKbNumber } from '../../identifiers/kb-number';
import { guidePath, updatePath } from '../../site/routes';

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

export type FindingRole = 'failure' | 'explains' | 'not-a-failure' | 'other';

export interface ReportFinding {
  line: number;
  role: FindingRole;
  title: string;
  /** Decoded message, code meanings. */
  details: Sentence[];
  /** The line itself among its neighbours. */
  context: ContextLine[];
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

export interface SummaryInput {
  analysis: LogAnalysis;
  /** Absent for pasted text. */
  encoding?: DetectedEncoding;
  catalogue: CodeCatalogue;
  fileName?: string;
}

const ENCODING_LABELS: Record<string, string> = {
  'utf-16le': 'UTF-16 little-endian',
  'utf-16be': 'UTF-16 big-endian',
  'utf-8': 'UTF-8',
  'windows-1252': '8-bit text (Windows-1252)',
};

/** Messages Microsoft lists as possible symptoms of a damaged Installer cache (reference §2.4). */
const CACHE_SYMPTOMS = new Set([1612, 1620, 1635, 1636, 1642, 1706, 1714]);
/** Finding kinds whose code is an exit code (as opposed to an Installer message number). */
const EXIT_CODE_KINDS: ReadonlySet<FindingKind> = new Set([
  'engine-return',
  'installation-status',
  'custom-action-error',
  'custom-action-ignored',
  'ddset-exit',
  'update-not-installed',
  'update-exe-masked',
  'setup-errorlog',
  'component-failed',
]);
const MESSAGE_KINDS: ReadonlySet<FindingKind> = new Set([
  'installer-error',
  'installer-note',
  'file-in-use',
]);

const READ_LOGS = guidePath('read-the-setup-logs');
const BY_HAND = guidePath('install-the-update-by-hand');
const REINSTALL = guidePath('reinstall-dotnet-in-order');

/** The report for a file that is empty or not text at all. */
export function unreadableReport(outcome: 'empty' | 'binary', fileName?: string): Report {
  const name = fileName ? `“${fileName}”` : 'This text';
  return {
    outcome,
    headline:
      outcome === 'empty'
        ? `${name} is empty: there is nothing to read.`
        : `${name} does not look like a text log: it is mostly control characters, as a program or an archive would be.`,
    about: [],
    whatFailed: [],
    causes: [],
    todo: [
      {
        says: [
          'Setup logs are text files. Look in the ',
          { label: 'folders the setup-log guide lists', href: READ_LOGS },
          ' for a .log or .txt file.',
        ],
      },
    ],
    findings: [],
    leftOut: [],
  };
}

export function summarise({ analysis, encoding, catalogue, fileName }: SummaryInput): Report {
  if (analysis.binary) return unreadableReport('binary', fileName);
  if (analysis.lineCount === 0) return unreadableReport('empty', fileName);

  const codeLink = (code: number, as: 'exit' | 'message') => linkForCode(catalogue, code, as);
  const about: Sentence[] = [
    [`Kind of log: ${LOG_KINDS[analysis.kind]}.`],
    [
      `${analysis.lineCount.toLocaleString('en-US')} line${analysis.lineCount === 1 ? '' : 's'}${encoding ? `, ${ENCODING_LABELS[encoding.encoding]}${encoding.bom ? ' with a byte order mark' : ''}` : ''}.`,
    ],
    ...kbSentences(analysis),
  ];

  return {
    outcome: analysis.outcome,
    headline: headline(analysis),
    about,
    whatFailed: whatFailed(analysis, codeLink),
    causes: causes(analysis, catalogue),
    todo: todo(analysis, catalogue),
    findings: analysis.findings.map((finding) => reportFinding(finding, analysis, catalogue)),
    leftOut: Object.entries(analysis.omitted).map(
      ([kind, count]) =>
        `${count} more ${FINDING_NAMES[kind as FindingKind]} lines are not listed.`,
    ),
  };
}

function kbSentences(analysis: LogAnalysis): Sentence[] {
  return analysis.kbs.slice(0, 3).map((mention) => {
    const where = mention.source === 'file name' ? 'its file name' : `line ${mention.line}`;
    const kb = formatKbNumber(mention.kb);
    return mention.known
      ? [
          `Update: `,
          { label: kb, href: updatePath(mention.kb) },
          ` (named in ${where}), an update of bulletin MS09-061.`,
        ]
      : [
          `The log names ${kb} (in ${where}), which is not one of the MS09-061 updates this site covers.`,
        ];
  });
}

function headline(analysis: LogAnalysis): string {
  const first = analysis.firstFailure;
  switch (analysis.outcome) {
    case 'succeeded':
      return analysis.findings.some(
        (f) => (f.kind === 'engine-return' || f.kind === 'installation-status') && f.code === 3010,
      )
        ? 'Setup succeeded; Windows needs a restart to finish it.'
        : 'Setup succeeded.';
    case 'cancelled':
      return 'Setup was cancelled: the log says the user (or a dialog) cancelled it.';
    case 'failed':
      if (first?.kind === 'action-failed')
        return `Setup failed: the action ${first.subject} failed at line ${first.line}.`;
      return first
        ? `Setup failed: ${FINDING_TITLE[first.kind](first)} (line ${first.line}).`
        : 'Setup failed.';
    case 'unknown':
      return analysis.findings.length > 0
        ? 'This log does not say how setup ended, but it reports errors.'
        : 'The reader found none of the lines it knows in this log.';
  }
}

function whatFailed(
  analysis: LogAnalysis,
  codeLink: (code: number, as: 'exit' | 'message') => Sentence,
): Sentence[] {
  const first = analysis.firstFailure;
  if (!first) return [];
  const sentences: Sentence[] = [];
  if (first.kind === 'action-failed') {
    sentences.push([
      `The first “Return value 3” is at line ${first.line}: the action ${first.subject} failed. Microsoft's advice is to focus on the first one; there may be several.`,
    ]);
    const later = analysis.findings
      .filter((f) => f.kind === 'action-failed' && f !== first)
      .slice(0, 3);
    if (later.length > 0)
      sentences.push([`Then: ${later.map((f) => `${f.subject} (line ${f.line})`).join(', ')}.`]);
  } else {
    sentences.push([
      `There is no “Return value 3”. The failure shows at line ${first.line}: ${FINDING_TITLE[first.kind](first)}.`,
    ]);
  }
  const product = analysis.findings.find(
    (f) => f.kind === 'product-result' && f.outcome === 'failed' && f.line >= first.line,
  );
  if (product?.subject) sentences.push([`Product: ${product.subject} (line ${product.line}).`]);
  const ending = [...analysis.findings]
    .reverse()
    .find(
      (f) =>
        (f.kind === 'engine-return' || f.kind === 'installation-status') && f.code !== undefined,
    );
  if (ending?.code !== undefined && ending !== first)
    sentences.push([
      `At line ${ending.line} it ended with code `,
      ...codeLink(ending.code, 'exit'),
    ]);
  return sentences;
}

/** The codes of a finding as links to their pages, with the meaning the catalogue gives. */
function linkForCode(catalogue: CodeCatalogue, code: number, as: 'exit' | 'message'): Sentence {
  const info: CodeInfo | undefined = catalogue[String(code)];
  const label = as === 'exit' && code > 9 ? `${code} (${errorCodeForms(code).hex})` : String(code);
  const link: Sentence = info ? [{ label, href: info.url }] : [label];
  if (as === 'exit' && info?.exit) return [...link, `, ${info.exit.name}: ${info.exit.meaning}`];
  return link;
}

function isDotnet(analysis: LogAnalysis): boolean {
  return (
    analysis.kbs.some((m) => m.known) ||
    analysis.kind.startsWith('dotnet') ||
    analysis.findings.some(
      (f) => f.kind === 'product-result' && /\.NET Framework/i.test(f.subject ?? ''),
    )
  );
}

function before(analysis: LogAnalysis, kinds: FindingKind[]): Finding | undefined {
  const limit = analysis.firstFailure?.line ?? Infinity;
  return analysis.findings.find((f) => kinds.includes(f.kind) && f.line <= limit);
}

function causes(analysis: LogAnalysis, catalogue: CodeCatalogue): Advice[] {
  if (analysis.outcome === 'cancelled') {
    return [
      {
        says: [
          'An action ended with “Return value 2”, which Windows Installer logs when the user cancels (1602, ERROR_INSTALL_USEREXIT).',
        ],
        source: 'Microsoft, “Logging of Action Return Values”',
      },
    ];
  }
  if (analysis.outcome !== 'failed') return [];
  const found: Advice[] = [];
  const ddset = before(analysis, ['ddset-error']);
  if (ddset) {
    found.push({
      says: [
        `The .NET custom action could not install an assembly (line ${ddset.line}). A .NET Framework patch fails when an assembly in the global assembly cache is locked or in use.`,
      ],
      source: 'Microsoft, KB 2263996',
    });
  }
  const patch = before(analysis, ['missing-local-patch', 'resolving-patch-source']);
  if (patch) {
    found.push({
      says: [
        `Windows Installer could not find a cached patch (.msp) and went looking for its source (line ${patch.line}): a patch file it keeps in C:\\Windows\\Installer is missing.`,
      ],
      source: 'Microsoft, KB 951950',
    });
  }
  const internal = before(analysis, ['internal-error']);
  if (internal) {
    found.push({
      says: [
        `Windows Installer itself stopped with an internal error (line ${internal.line}); no action failed. In Microsoft's example of this crash, the fix was the Windows Installer hotfix KB 972397.`,
      ],
      source: 'Microsoft, Office installation troubleshooting article',
    });
  }
  if (analysis.findings.some((f) => f.kind === 'update-exe-masked')) {
    found.push({
      says: [
        'Update.exe failed and reported 0x643 (1603) in place of its own code “for MSI custom action compliance”: the 0x643 does not mean Windows Installer was the cause. No source gives the meaning of Update.exe’s extended error codes.',
      ],
      source: 'Microsoft, KB 822798',
    });
  }
  const osComponent = analysis.findings.find(
    (f) =>
      (f.kind === 'setup-errorlog' || f.kind === 'component-failed') &&
      (f.subject ?? '').includes('(CBS)'),
  );
  if (osComponent) {
    found.push({
      says: [
        `The component “${osComponent.subject}” failed (line ${osComponent.line}). On Windows Vista and Server 2008, a failure of a component marked (CBS) means an operating-system update package failed.`,
      ],
      source: 'Microsoft’s .NET setup team (Aaron Stebner, 2009)',
    });
  }
  const cache =
    analysis.aboveFailure.find(
      (f) =>
        (f.kind === 'installer-error' || f.kind === 'installer-note') &&
        CACHE_SYMPTOMS.has(f.code!),
    ) ??
    analysis.findings.find(
      (f) =>
        (f.kind === 'engine-return' || f.kind === 'installation-status') &&
        CACHE_SYMPTOMS.has(f.code!),
    );
  if (cache) {
    found.push({
      says: [
        `Message ${cache.code} (line ${cache.line}) is one Microsoft lists among the symptoms of a damaged Windows Installer cache (C:\\Windows\\Installer), whose files are needed to update a product.`,
      ],
      source: 'Microsoft, KB 2667628',
    });
  }
  const ending = analysis.firstFailure;
  if (
    found.length === 0 &&
    ending &&
    EXIT_CODE_KINDS.has(ending.kind) &&
    ending.code !== undefined &&
    ending.code !== 1603
  ) {
    const info = catalogue[String(ending.code)];
    if (info?.exit)
      found.push({
        says: [
          `The exit code `,
          { label: String(ending.code), href: info.url },
          ` means: ${info.exit.meaning}`,
        ],
        source: 'Microsoft, Windows Installer error codes',
      });
  }
  const message = analysis.aboveFailure.find(
    (f) => f.kind === 'installer-error' || f.kind === 'installer-note',
  );
  if (message && found.length === 0) {
    const info = catalogue[String(message.code)];
    const text =
      message.kind === 'installer-error'
        ? message.subject
        : info?.message
          ? fillMessage(info.message, message.fields ?? {})
          : undefined;
    found.push({
      says: [
        `Just above the failure, line ${message.line} reports message `,
        ...(info ? [{ label: String(message.code), href: info.url }] : [String(message.code)]),
        text ? `: “${text}”` : '.',
        ' Its page lists what Microsoft says about it.',
      ],
    });
  }
  if (found.length === 0) {
    found.push(
      isDotnet(analysis)
        ? {
            says: [
              'The log does not name a cause. For MS09-061 failures, in most cases something is wrong with the installed .NET Framework version that the update is meant to fix.',
            ],
            source: 'Microsoft’s .NET setup team, October 2009',
          }
        : {
            says: [
              'No source gives a cause for this failure. The lines just above it, listed below, are the best lead.',
            ],
          },
    );
  }
  return found;
}

function todo(analysis: LogAnalysis, catalogue: CodeCatalogue): Advice[] {
  const steps: Advice[] = [];
  const known = analysis.kbs.find((m) => m.known);
  if (analysis.outcome === 'unknown' && analysis.kind === 'windows-update') {
    steps.push({
      says: [
        'No source gives the exact line Windows Update writes when a .NET update fails; the codes below are what this log reports. The update’s own setup log, in a folder under %temp% whose name contains the KB number, says more: ',
        { label: 'where the logs are', href: READ_LOGS },
        '.',
      ],
    });
  }
  if (analysis.outcome === 'unknown' && analysis.kind === 'cbs') {
    steps.push({
      says: [
        'Windows Update and CBS.log are the logs Microsoft names for update failures on Windows Server 2008; the lines below are the ones in this CBS.log that report a failure code.',
      ],
      source: 'Microsoft, TechNet “Event ID 4385”',
    });
  }
  if (analysis.outcome !== 'failed') return steps;

  if (before(analysis, ['ddset-error'])) {
    steps.push({
      says: [
        'Find and stop the processes that hold the assembly (in Process Explorer, search the handles for “Assembly”), then install the update again.',
      ],
      source: 'Microsoft, KB 2263996',
    });
  }
  if (before(analysis, ['missing-local-patch', 'resolving-patch-source'])) {
    steps.push({
      says: [
        'Restore the missing cached patch with the .NET Framework 2.0 Registration Correction Tool (clwireg.exe) or the steps of KB 951950: ',
        { label: 'missing patch source', href: `${READ_LOGS}#missing-patch-source` },
        '.',
      ],
      source: 'Microsoft (Heath Stewart, 2008; KB 951950)',
    });
  }
  if (
    analysis.findings.some(
      (f) =>
        (f.kind === 'setup-errorlog' || f.kind === 'component-failed') &&
        (f.subject ?? '').includes('(CBS)'),
    )
  ) {
    steps.push({
      says: [
        'Read the Windows Update log (%windir%\\WindowsUpdate.log) and the Component-Based Servicing log (%windir%\\Logs\\CBS\\CBS.log).',
      ],
      source: 'Microsoft, TechNet “Event ID 4385”',
    });
    // The reader's own word, credited to no one.
    steps.push({ says: ['This reader reads both.'] });
    steps.push({
      says: [
        'Copy CBS.log first, for example to your Documents folder: the original is protected.',
      ],
      source: 'Susan Bradley, MVP, blog post of 2009',
      unconfirmed:
        'Only an MVP’s blog says the file is protected and must be copied; no Microsoft text was found that says so.',
    });
  }
  if (
    analysis.findings.some(
      (f) => f.kind === 'component-failed' && !(f.subject ?? '').includes('(CBS)'),
    )
  ) {
    steps.push({
      says: [
        'This error log gives only the generic code. The detailed log is %TEMP%\\dd_NET_Framework20_Setup*.txt (take the newest): read that one here.',
      ],
      source: 'Microsoft (Heath Stewart, 2008)',
    });
  }
  const codes = new Set<number>();
  for (const f of [analysis.firstFailure, ...analysis.aboveFailure])
    if (f?.code !== undefined && f.kind !== 'action-failed') codes.add(f.code);
  const linked = [...codes].filter((code) => catalogue[String(code)]);
  if (linked.length > 0) {
    steps.push({
      says: [
        'Read what Microsoft says about ',
        ...linked.flatMap((code, i): Sentence => [
          ...(i > 0 ? [i === linked.length - 1 ? ' and ' : ', '] : []),
          { label: String(code), href: catalogue[String(code)].url },
        ]),
        ': causes and fixes are on each code’s page.',
      ],
    });
  }
  if (known) {
    steps.push({
      says: [
        'Install ',
        { label: formatKbNumber(known.kb), href: updatePath(known.kb) },
        ' by hand, so that its installer shows its own error message: ',
        { label: 'install the update by hand', href: BY_HAND },
        '.',
      ],
      source: 'Microsoft’s .NET setup team, October 2009',
    });
  }
  if (isDotnet(analysis)) {
    steps.push({
      says: [
        'If nothing else works: remove every .NET Framework version and reinstall them in order: ',
        { label: 'reinstall .NET in order', href: REINSTALL },
        '.',
      ],
      source: 'Microsoft’s .NET setup team, October 2009',
    });
  }
  return steps;
}

const FINDING_NAMES: Record<FindingKind, string> = {
  'action-failed': '“Return value 3”',
  'action-cancelled': '“Return value 2”',
  'installer-error': 'Error',
  'installer-note': 'Note',
  'file-in-use': '“Info 1603”',
  'custom-action-error': 'custom action',
  'custom-action-ignored': 'ignored custom action',
  'ddset-error': 'DDSet_Error',
  'ddset-exit': 'DDSet_Exit',
  'engine-return': 'MainEngineThread',
  'product-result': 'Product',
  'update-not-installed': 'update result',
  'installation-status': 'installation status',
  'missing-local-patch': 'missing patch',
  'resolving-patch-source': 'patch source',
  'internal-error': 'internal error',
  'update-exe-masked': 'Update.exe masked code',
  'update-exe-extended': 'Update.exe extended code',
  'update-exe-failure': 'Update.exe failure',
  'cbs-failure': 'CBS failure',
  'windows-update-error': 'Windows Update error',
  'setup-errorlog': 'ERRORLOG EVENT',
  'component-failed': 'component failure',
};

const hex = (value: number) => `0x${value.toString(16).toUpperCase().padStart(8, '0')}`;

const FINDING_TITLE: Record<FindingKind, (f: Finding) => string> = {
  'action-failed': (f) => `the action ${f.subject} failed (Return value 3)`,
  'action-cancelled': (f) => `the action ${f.subject} was cancelled (Return value 2)`,
  'installer-error': (f) => `Windows Installer error ${f.code}`,
  'installer-note': (f) => `Note on message ${f.code}`,
  'file-in-use': () => 'a file was in use (Info 1603): not a failure; a restart may be needed',
  'custom-action-error': (f) => `the custom action ${f.subject} returned ${f.code}`,
  'custom-action-ignored': (f) =>
    `the custom action ${f.subject} returned ${f.code}, “translated to success”: an ignored failure`,
  'ddset-error': () => 'the .NET custom action reports an error (DDSet_Error)',
  'ddset-exit': (f) => `the .NET custom action step ${f.subject} returned ${f.code}`,
  'engine-return': (f) => `Windows Installer returned ${f.code}`,
  'product-result': (f) =>
    `${f.subject}: ${f.outcome === 'failed' ? 'failed' : 'completed successfully'}`,
  'update-not-installed': (f) =>
    `the update “${f.subject}” could not be installed (error ${f.code})`,
  'installation-status': (f) => `installation status ${f.code}`,
  'missing-local-patch': (f) => `the cached patch ${f.subject} is missing`,
  'resolving-patch-source': () => 'Windows Installer looks for the patch at its source',
  'internal-error': () => 'Windows Installer stopped with an internal error',
  'update-exe-masked': () => 'Update.exe reported 0x643 in place of its own code',
  'update-exe-extended': (f) => `Update.exe extended error code ${f.subject}`,
  'update-exe-failure': (f) => `Update.exe: ${f.subject}`,
  'cbs-failure': (f) => `failure code ${hex(f.code!)}${f.subject ? ` (${f.subject})` : ''}`,
  'windows-update-error': (f) => `${f.subject} reports ${hex(f.code!)}`,
  'setup-errorlog': (f) => `ERRORLOG EVENT: the component ${f.subject} failed`,
  'component-failed': (f) => `the component ${f.subject} failed`,
};

/** Readings of a line that only community sources give (reference §3.2). */
const UNCONFIRMED_READINGS: Partial<Record<FindingKind, string>> = {
  'custom-action-ignored':
    'Only community logs show this form of the line; no Microsoft text says that it marks a failure the package ignores.',
};

function role(finding: Finding, analysis: LogAnalysis): FindingRole {
  if (finding === analysis.firstFailure) return 'failure';
  if (analysis.aboveFailure.includes(finding)) return 'explains';
  if (finding.kind === 'file-in-use' || finding.kind === 'custom-action-ignored')
    return 'not-a-failure';
  return 'other';
}

function reportFinding(
  finding: Finding,
  analysis: LogAnalysis,
  catalogue: CodeCatalogue,
): ReportFinding {
  const title = FINDING_TITLE[finding.kind](finding);
  const details: Sentence[] = [];
  const code = finding.code;
  if (code !== undefined && MESSAGE_KINDS.has(finding.kind)) {
    const info = catalogue[String(code)];
    if (finding.kind === 'installer-note' && info?.message)
      details.push([
        'Message ',
        { label: String(code), href: info.url },
        `: “${fillMessage(info.message, finding.fields ?? {})}”`,
      ]);
    else if (info)
      details.push([
        'About message ',
        { label: String(code), href: info.url },
        info.message ? `: “${info.message}”` : '',
      ]);
  } else if (code !== undefined && EXIT_CODE_KINDS.has(finding.kind)) {
    details.push(['Code ', ...linkForCode(catalogue, code, 'exit')]);
  } else if (
    code !== undefined &&
    (finding.kind === 'cbs-failure' || finding.kind === 'windows-update-error') &&
    code >>> 16 === 0x8007
  ) {
    // HRESULT_FROM_WIN32: the low 16 bits are the Win32 code (reference §1.1).
    const win32 = code & 0xffff;
    const info = catalogue[String(win32)];
    details.push([
      `${hex(code)} carries the Windows error `,
      ...(info ? [{ label: String(win32), href: info.url }] : [String(win32)]),
      info?.system
        ? `: ${info.system.meaning}`
        : info?.exit
          ? `, ${info.exit.name}: ${info.exit.meaning}`
          : '.',
    ]);
  }
  if (finding.kind === 'update-exe-extended')
    details.push(['No source gives the meaning of Update.exe’s extended error codes.']);
  return {
    line: finding.line,
    role: role(finding, analysis),
    title: title.charAt(0).toUpperCase() + title.slice(1),
    details,
    context: [...finding.before, { line: finding.line, text: finding.text }, ...finding.after],
    ...(UNCONFIRMED_READINGS[finding.kind]
      ? { unconfirmed: UNCONFIRMED_READINGS[finding.kind] }
      : {}),
  };
}
