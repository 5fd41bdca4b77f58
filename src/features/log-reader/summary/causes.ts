/**
 * The report's likely causes. Each cause the reference names is one function that looks for its
 * sign in the analysis; when none shows, the failure's own code or message is the best lead.
 */
import type { LogAnalysis } from '../analyse';
import type { CodeCatalogue } from '../code-catalogue';
import { fillMessage } from '../code-catalogue';
import { EXIT_CODE_KINDS } from './code-links';
import { failedOsComponent, foundBeforeFailure, isDotnet } from './log-facts';
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
  if (analysis.outcome !== 'failed') return [];
  const found = CAUSE_SIGNS.flatMap((sign) => sign(analysis) ?? []);
  if (found.length > 0) return found;
  return [
    exitCodeMeaning(analysis, catalogue) ??
      messageAboveFailure(analysis, catalogue) ??
      noCauseNamed(analysis),
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

/** A cache symptom just above the failure, or as the code the run ended with. */
function damagedInstallerCache(analysis: LogAnalysis): Advice | undefined {
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

/** The Installer message just above the failure, in its words, with a link to its page. */
function messageAboveFailure(analysis: LogAnalysis, catalogue: CodeCatalogue): Advice | undefined {
  const message = analysis.aboveFailure.find(
    (f) => f.kind === 'installer-error' || f.kind === 'installer-note',
  );
  if (!message) return undefined;
  const info = catalogue[String(message.code)];
  const text =
    message.kind === 'installer-error'
      ? message.subject
      : info?.message
        ? fillMessage(info.message, message.fields ?? {})
        : undefined;
  return {
    says: [
      `Just above the failure, line ${message.line} reports message `,
      ...(info ? [{ label: String(message.code), href: info.url }] : [String(message.code)]),
      text ? `: “${text}”` : '.',
      ' Its page lists what Microsoft says about it.',
    ],
  };
}

function noCauseNamed(analysis: LogAnalysis): Advice {
  return isDotnet(analysis)
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
      };
}
