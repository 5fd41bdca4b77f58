/**
 * Which program wrote a log, from its file name when there is one and from the shape of its
 * first lines. The kind decides which advice applies (a CBS.log is read differently from an
 * Installer log) and is named in the summary so the visitor knows what they opened.
 */
import {
  dotnetSetupLine,
  isEngineLine,
  lineMessage,
  updateExeMessage,
  windowsUpdateLine,
} from './line-rules';

export const LOG_KINDS = {
  'windows-installer-verbose': 'Windows Installer verbose log',
  'windows-installer': 'Windows Installer log (not verbose)',
  'dotnet20-setup': '.NET Framework 2.0 setup log (dd_NET_Framework20_Setup*.txt)',
  'dotnet35-setup': '.NET Framework 3.5 setup log (dd_dotnetfx35install.txt)',
  'dotnet-setup': '.NET Framework setup log',
  'update-exe': 'Update.exe (package installer) log',
  cbs: 'Component-Based Servicing log (CBS.log)',
  'windows-update': 'Windows Update log (WindowsUpdate.log)',
  unknown: 'a text log of a kind the reader does not know',
} as const;

export type LogKind = keyof typeof LOG_KINDS;

/** How many lines from the top are enough to know the kind. */
export const KIND_SAMPLE_LINES = 200;

/**
 * CBS.log lines as Microsoft shows them: `Info CBS …`, `Error CSI …` (reference §4.3). The
 * timestamp in front (`2009-10-14 10:20:01, `) and the levels other than Info and Error are the
 * site's assumption, not the reference's, so the timestamp may be any digits and separators
 * before a comma, or absent.
 */
const CBS_LINE = /^(?:[\d/:. -]+,\s*)?(?:Info|Error|Warning|Perf)\s+(?:CBS|CSI)\b/;

/** The file's own name, without the folders a path may carry. */
function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

function kindFromName(fileName: string): LogKind | null {
  const name = baseName(fileName);
  if (/^dd_NET_Framework20_Setup/i.test(name)) return 'dotnet20-setup';
  if (/^dd_dotnetfx35install/i.test(name)) return 'dotnet35-setup';
  if (/^cbs(?:persist)?[\w.-]*\.log$/i.test(name)) return 'cbs';
  if (/^windowsupdate\.log$/i.test(name)) return 'windows-update';
  return null;
}

/** The kind of log these first lines (up to KIND_SAMPLE_LINES) come from. */
export function recogniseLogKind(firstLines: readonly string[], fileName?: string): LogKind {
  const byName = fileName ? kindFromName(fileName) : null;
  if (byName) return byName;

  const counts: Record<LogKind, number> = {
    'windows-installer-verbose': 0,
    'windows-installer': 0,
    'dotnet20-setup': 0,
    'dotnet35-setup': 0,
    'dotnet-setup': 0,
    'update-exe': 0,
    cbs: 0,
    'windows-update': 0,
    unknown: 0,
  };
  for (const line of firstLines) {
    if (line.startsWith('=== Verbose logging started') || isEngineLine(line))
      counts['windows-installer-verbose']++;
    else if (
      line.startsWith('=== Logging started') ||
      /^Action (?:start|ended) \d/.test(lineMessage(line))
    )
      counts['windows-installer']++;
    else if (dotnetSetupLine(line)) counts['dotnet-setup']++;
    else if (updateExeMessage(line) !== null) counts['update-exe']++;
    else if (CBS_LINE.test(line)) counts.cbs++;
    else if (windowsUpdateLine(line)) counts['windows-update']++;
  }
  // A verbose log also has plain Action lines; one engine line makes it verbose.
  if (counts['windows-installer-verbose'] > 0) return 'windows-installer-verbose';
  let best: LogKind = 'unknown';
  for (const kind of Object.keys(counts) as LogKind[]) if (counts[kind] > counts[best]) best = kind;
  return best;
}
