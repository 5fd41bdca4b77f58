/**
 * The report's likely causes. First the lines inside the failed action that explain it, best
 * first (diagnosis.ts); then each cause the reference names, one function that looks for its sign
 * in the analysis; when nothing explains it, the failure's own code, or a plain "not in the log".
 */
import { SETUP_TEAM_2009 } from '../../../content-model/error-sources';
import type { LogAnalysis } from '../analyse';
import type { CodeCatalogue } from '../code-catalogue';
import { EXIT_CODE_KINDS } from './code-links';
import { failedOsComponent, foundBeforeFailure, isDotnet } from './log-facts';
import { evidenceWords, linesOf } from './explanation';
import { hex } from './finding-words';
import type { Advice } from './report';

/** Messages Microsoft lists as possible symptoms of a damaged Installer cache (reference §2.4). */
const CACHE_SYMPTOMS = new Set([1612, 1620, 1635, 1636, 1642, 1706, 1714]);

type CauseSign = (analysis: LogAnalysis) => Advice | undefined;

/** The causes whose sign is in the log, in the order the report lists them. */
const CAUSE_SIGNS: readonly CauseSign[] = [
  lockedAssembly,
  missingCachedPatch,
  installerCrash,
  maskedUpdateExeCode,
  osComponentFailure,
  damagedInstallerCache,
];

export function causes(analysis: LogAnalysis, catalogue: CodeCatalogue): Advice[] {
  if (analysis.outcome === 'cancelled') return [userCancelled()];
  if (analysis.outcome === 'unknown')
    return [...lastServicingError(analysis), ...updateExeErrors(analysis), ...filesInUse(analysis)];
  if (analysis.outcome !== 'failed') return [];
  // Without a failed action, the code the run ended with says more than a note; an error or a
  // failed call says more than the code.
  const ending = analysis.failedAction ? undefined : exitCodeMeaning(analysis, catalogue);
  const lines = explainingLines(analysis, catalogue);
  const strong = (analysis.diagnosis.explains[0]?.rank ?? 5) < 5;
  const ordered = ending && !strong ? [ending, ...lines] : [...lines, ...(ending ? [ending] : [])];
  const found = [...ordered, ...CAUSE_SIGNS.flatMap((sign) => sign(analysis) ?? [])];
  return found.length > 0 ? found : [noCauseInTheLog(analysis)];
}

/** Why the reference leaves Update.exe's failure lines unconfirmed (§4.1). */
export const UPDATE_EXE_FORM =
  'Only community posts show this form of Update.exe’s lines; no Microsoft text was found that gives it.';

/** How many explaining lines the summary names: the best, and a second of another kind. */
const NAMED_LINES = 2;

/**
 * The lines that explain the failure, in the log's words: the best one, and the best of another
 * kind (a custom action's failure with the call inside it that failed, say).
 */
function explainingLines(analysis: LogAnalysis, catalogue: CodeCatalogue): Advice[] {
  const [best, ...rest] = analysis.diagnosis.explains;
  if (!best) return [];
  const second = rest.find((g) => g.kind !== best.kind);
  return [best, ...(second ? [second] : [])].slice(0, NAMED_LINES).map((group) => ({
    says: [`${capitalised(linesOf(group))}: `, ...evidenceWords(group, catalogue)],
  }));
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** CBS.log's latest error: the log gathers days of sessions, and the last attempt is the one asked about. */
function lastServicingError(analysis: LogAnalysis): Advice[] {
  const error = analysis.lastServicingError;
  if (!error) return [];
  return [
    {
      says: [
        `The last error this CBS.log records is at line ${error.line}: ${hex(error.code!)}${error.subject ? ` (${error.subject})` : ''}, in “${error.text}”.`,
      ],
    },
  ];
}

/** The error Update.exe reports in a log that does not say how the run ended. */
function updateExeErrors(analysis: LogAnalysis): Advice[] {
  const error = analysis.findings.find((f) => f.kind === 'update-exe-failure');
  if (!error) return [];
  return [
    {
      says: [`Line ${error.line}: Update.exe says “${error.subject}”`],
      unconfirmed: UPDATE_EXE_FORM,
    },
  ];
}

/** Info 1603 lines, which say files were in use: never an error (reference §2.1). */
function filesInUse(analysis: LogAnalysis): Advice[] {
  const held = analysis.findings.filter((f) => f.kind === 'file-in-use');
  if (held.length === 0) return [];
  return [
    {
      says: [
        `${held.length === 1 ? `Line ${held[0].line} says` : `${held.length} lines say`} that a file was held in use by a running program (Info 1603): ${held
          .slice(0, 3)
          .map((f) => `“${f.subject}”`)
          .join(
            '; ',
          )}. That is not an error: Windows Installer notes it, and a restart may be needed to finish.`,
      ],
      source: 'Microsoft, Windows Installer error messages and “Logging of Reboot Requests”',
    },
  ];
}

function userCancelled(): Advice {
  return {
    says: [
      'An action ended with “Return value 2”, which Windows Installer logs when the user cancels (1602, ERROR_INSTALL_USEREXIT).',
    ],
    source: 'Microsoft, “Logging of Action Return Values”',
  };
}

function lockedAssembly(analysis: LogAnalysis): Advice | undefined {
  const ddset = foundBeforeFailure(analysis, ['ddset-error']);
  return (
    ddset && {
      says: [
        `The .NET custom action could not install an assembly (line ${ddset.line}). A .NET Framework patch fails when an assembly in the global assembly cache is locked or in use.`,
      ],
      source: 'Microsoft, KB 2263996',
    }
  );
}

function missingCachedPatch(analysis: LogAnalysis): Advice | undefined {
  const patch = foundBeforeFailure(analysis, ['missing-local-patch', 'resolving-patch-source']);
  return (
    patch && {
      says: [
        `Windows Installer could not find a cached patch (.msp) and went looking for its source (line ${patch.line}): a patch file it keeps in C:\\Windows\\Installer is missing.`,
      ],
      source: 'Microsoft, KB 951950',
    }
  );
}

function installerCrash(analysis: LogAnalysis): Advice | undefined {
  const internal = foundBeforeFailure(analysis, ['internal-error']);
  return (
    internal && {
      says: [
        `Windows Installer itself stopped with an internal error (line ${internal.line}); no action failed. In Microsoft's example of this crash, the fix was the Windows Installer hotfix KB 972397.`,
      ],
      source: 'Microsoft, Office installation troubleshooting article',
    }
  );
}

function maskedUpdateExeCode(analysis: LogAnalysis): Advice | undefined {
  if (!analysis.findings.some((f) => f.kind === 'update-exe-masked')) return undefined;
  return {
    says: [
      'Update.exe failed and reported 0x643 (1603) in place of its own code “for MSI custom action compliance”: the 0x643 does not mean Windows Installer was the cause. No source gives the meaning of Update.exe’s extended error codes.',
    ],
    source: 'Microsoft, KB 822798',
  };
}

function osComponentFailure(analysis: LogAnalysis): Advice | undefined {
  const component = failedOsComponent(analysis);
  return (
    component && {
      says: [
        `The component “${component.subject}” failed (line ${component.line}). On Windows Vista and Server 2008, a failure of a component marked (CBS) means an operating-system update package failed.`,
      ],
      source: 'Microsoft’s .NET setup team (Aaron Stebner, 2009)',
    }
  );
}

/** A cache symptom among the lines that explain the failure, or as the code the run ended with. */
function damagedInstallerCache(analysis: LogAnalysis): Advice | undefined {
  const symptom = analysis.diagnosis.explains.find(
    (g) => g.kind === 'installer-error' && CACHE_SYMPTOMS.has(g.code!),
  );
  const cache =
    (symptom && { code: symptom.code, line: symptom.lastLine }) ??
    analysis.findings.find(
      (f) =>
        (f.kind === 'engine-return' || f.kind === 'installation-status') &&
        CACHE_SYMPTOMS.has(f.code!),
    );
  return (
    cache && {
      says: [
        `Message ${cache.code} (line ${cache.line}) is one Microsoft lists among the symptoms of a damaged Windows Installer cache (C:\\Windows\\Installer), whose files are needed to update a product.`,
      ],
      source: 'Microsoft, KB 2667628',
    }
  );
}

/** The meaning of the failure's exit code; 1603 is left out, since it only says that setup failed. */
function exitCodeMeaning(analysis: LogAnalysis, catalogue: CodeCatalogue): Advice | undefined {
  const ending = analysis.firstFailure;
  if (!ending || !EXIT_CODE_KINDS.has(ending.kind) || ending.code === undefined) return undefined;
  if (ending.code === 1603) return undefined;
  const info = catalogue[String(ending.code)];
  if (!info?.exit) return undefined;
  return {
    says: [
      `The exit code `,
      { label: String(ending.code), href: info.url },
      ` means: ${info.exit.meaning}`,
    ],
    source: 'Microsoft, Windows Installer error codes',
  };
}

/**
 * Nothing in the failed action explains it: say so, rather than name a routine line, and for a .NET
 * log what the .NET setup team found of the failed installs of the update it wrote about.
 */
function noCauseInTheLog(analysis: LogAnalysis): Advice {
  const failed = analysis.failedAction;
  const where = failed
    ? `No line inside the action ${failed.name}${failed.startLine ? ` (lines ${failed.startLine}–${failed.line})` : ''} says why it failed`
    : 'No line of this log says why setup failed';
  const routine =
    analysis.diagnosis.folded.length > 0 ? '; what it logged there is listed below, folded' : '';
  return isDotnet(analysis)
    ? {
        says: [
          `${where}${routine}. Microsoft’s .NET setup team, writing about ${SETUP_TEAM_2009.writtenFor}, found that in most cases something is wrong with the installed .NET Framework version that the update is meant to fix.`,
        ],
        source: 'Microsoft’s .NET setup team, October 2009',
      }
    : { says: [`${where}${routine}.`] };
}
