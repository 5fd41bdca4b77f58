/**
 * The report's "what to do": each step is one function that gives its advice when the log shows
 * what it is for, and nothing otherwise; the steps keep the order a person should follow.
 */
import { formatKbNumber } from '../../../identifiers/kb-number';
import { guidePath, updatePath } from '../../../site/routes';
import type { LogAnalysis } from '../analyse';
import type { CodeCatalogue } from '../code-catalogue';
import { failedOsComponent, foundBeforeFailure, isDotnet } from './log-facts';
import type { Advice, Sentence } from './report';

const READ_LOGS = guidePath('read-the-setup-logs');
const BY_HAND = guidePath('install-the-update-by-hand');
const REINSTALL = guidePath('reinstall-dotnet-in-order');

type Step = (analysis: LogAnalysis, catalogue: CodeCatalogue) => Advice[];

/** Steps for a log that does not say how setup ended. */
const UNKNOWN_ENDING_STEPS: readonly Step[] = [readTheUpdatesOwnLog, readTheCbsFailureLines];

/** Steps for a failed setup. */
const FAILURE_STEPS: readonly Step[] = [
  askAboutTheCustomAction,
  stopWhatHoldsTheAssembly,
  restoreTheCachedPatch,
  readTheServicingLogs,
  readTheDetailedSetupLog,
  readTheCodePages,
  installByHand,
  reinstallInOrder,
];

export function todo(analysis: LogAnalysis, catalogue: CodeCatalogue): Advice[] {
  const steps = UNKNOWN_ENDING_STEPS.flatMap((step) => step(analysis, catalogue));
  if (analysis.outcome !== 'failed') return steps;
  return [...steps, ...FAILURE_STEPS.flatMap((step) => step(analysis, catalogue))];
}

function readTheUpdatesOwnLog(analysis: LogAnalysis): Advice[] {
  if (analysis.outcome !== 'unknown' || analysis.kind !== 'windows-update') return [];
  return [
    {
      says: [
        'No source gives the exact line Windows Update writes when a .NET update fails; the codes below are what this log reports. The update’s own setup log, in a folder under %temp% whose name contains the KB number, says more: ',
        { label: 'where the logs are', href: READ_LOGS },
        '.',
      ],
    },
  ];
}

function readTheCbsFailureLines(analysis: LogAnalysis): Advice[] {
  if (analysis.outcome !== 'unknown' || analysis.kind !== 'cbs') return [];
  return [
    {
      says: [
        'Windows Update and CBS.log are the logs Microsoft names for update failures on Windows Server 2008; the lines below are the ones in this CBS.log that report a failure code.',
      ],
      source: 'Microsoft, TechNet “Event ID 4385”',
    },
  ];
}

/** A failed custom action is the product's code: its name is what to look up. */
function askAboutTheCustomAction(analysis: LogAnalysis): Advice[] {
  const failed = analysis.diagnosis.explains.find((g) => g.kind === 'custom-action-failed');
  if (!failed?.subject) return [];
  return [
    {
      says: [
        `Look up the custom action “${failed.subject}” and the code ${failed.code} in the product’s documentation or its vendor’s support: the custom action is the product’s own code, and the installer only reports what it returned.`,
      ],
    },
  ];
}

function stopWhatHoldsTheAssembly(analysis: LogAnalysis): Advice[] {
  if (!foundBeforeFailure(analysis, ['ddset-error'])) return [];
  return [
    {
      says: [
        'Find and stop the processes that hold the assembly (in Process Explorer, search the handles for “Assembly”), then install the update again.',
      ],
      source: 'Microsoft, KB 2263996',
    },
  ];
}

function restoreTheCachedPatch(analysis: LogAnalysis): Advice[] {
  if (!foundBeforeFailure(analysis, ['missing-local-patch', 'resolving-patch-source'])) return [];
  return [
    {
      says: [
        'Restore the missing cached patch with the steps of KB 951950, or run the .NET Framework 2.0 Registration Correction Tool (clwireg.exe), which corrects the .NET Framework 2.0 product registration: ',
        { label: 'missing patch source', href: `${READ_LOGS}#missing-patch-source` },
        '.',
      ],
      source: 'Microsoft (Heath Stewart, 2008; KB 951950)',
    },
  ];
}

/** An operating-system package failed: Windows' own servicing logs say why, and this reader reads them. */
function readTheServicingLogs(analysis: LogAnalysis): Advice[] {
  if (!failedOsComponent(analysis)) return [];
  return [
    {
      says: [
        'Read the Windows Update log (%windir%\\WindowsUpdate.log) and the Component-Based Servicing log (%windir%\\Logs\\CBS\\CBS.log).',
      ],
      source: 'Microsoft, TechNet “Event ID 4385”',
    },
    // The reader's own word, credited to no one.
    { says: ['This reader reads both.'] },
    {
      says: [
        'Copy CBS.log first, for example to your Documents folder: the original is protected.',
      ],
      source: 'Susan Bradley, MVP, blog post of 2009',
      unconfirmed:
        'Only an MVP’s blog says the file is protected and must be copied; no Microsoft text was found that says so.',
    },
  ];
}

/**
 * The .NET error log gives only the generic code. The reference names the detailed log of the
 * .NET Framework 2.0 component only; for any other component it names none.
 */
function readTheDetailedSetupLog(analysis: LogAnalysis): Advice[] {
  const failed = analysis.findings.find(
    (f) =>
      (f.kind === 'component-failed' || f.kind === 'setup-errorlog') &&
      !(f.subject ?? '').includes('(CBS)'),
  );
  if (!failed) return [];
  if (/\.NET Framework 2\.0/i.test(failed.subject ?? ''))
    return [
      {
        says: [
          'This log gives only the generic code. The detailed log of the .NET Framework 2.0 component is %TEMP%\\dd_NET_Framework20_Setup*.txt (take the newest): read that one here.',
        ],
        source: 'Microsoft (Heath Stewart, 2008)',
      },
    ];
  return [
    {
      says: [
        `This log gives only the generic code. No source names the detailed log of the component “${failed.subject}”; the lines just above the failure may name the file it wrote.`,
      ],
    },
  ];
}

/**
 * The pages of the codes that explain the failure, where the site has them: the explaining lines'
 * messages, a failed call's Windows error, and the code the failure itself reports. Never the
 * routine notes around them.
 */
function readTheCodePages(analysis: LogAnalysis, catalogue: CodeCatalogue): Advice[] {
  const codes = new Set<number>();
  for (const group of analysis.diagnosis.explains) {
    const code = group.kind === 'call-failed' ? group.first.evidence.win32 : group.code;
    if (code !== undefined) codes.add(code);
  }
  const first = analysis.firstFailure;
  if (first?.code !== undefined && first.kind !== 'action-failed') codes.add(first.code);
  const linked = [...codes].filter((code) => catalogue[String(code)]);
  if (linked.length === 0) return [];
  return [
    {
      says: [
        'Read what Microsoft says about ',
        ...linked.flatMap((code, i): Sentence => [
          ...(i > 0 ? [i === linked.length - 1 ? ' and ' : ', '] : []),
          { label: String(code), href: catalogue[String(code)].url },
        ]),
        ': causes and fixes are on each code’s page.',
      ],
    },
  ];
}

/** Run by hand, the bulletin's update shows its own error message. */
function installByHand(analysis: LogAnalysis): Advice[] {
  const known = analysis.kbs.find((m) => m.bulletin);
  if (!known) return [];
  return [
    {
      says: [
        'Install ',
        { label: formatKbNumber(known.kb), href: updatePath(known.kb) },
        ' by hand, so that its installer shows its own error message: ',
        { label: 'install the update by hand', href: BY_HAND },
        '.',
      ],
      source: 'Microsoft’s .NET setup team, October 2009',
    },
  ];
}

function reinstallInOrder(analysis: LogAnalysis): Advice[] {
  if (!isDotnet(analysis)) return [];
  return [
    {
      says: [
        'If nothing else works: remove every .NET Framework version and reinstall them in order: ',
        { label: 'reinstall .NET in order', href: REINSTALL },
        '.',
      ],
      source: 'Microsoft’s .NET setup team, October 2009',
    },
  ];
}
