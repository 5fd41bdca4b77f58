/**
 * Reads what an old Internet Explorer user-agent string says about the computer: the Windows NT
 * version, whether Windows is 64-bit, and the `.NET CLR` tokens IE adds for each installed
 * runtime. A modern browser sends only the first two, and often a frozen value.
 */
import type { Architecture } from '../../content-model/schemas/shared';

export interface UserAgentReading {
  /** "5.1" for `Windows NT 5.1`; undefined when the string names no Windows NT version. */
  ntVersion?: string;
  architecture?: Architecture;
  /** Version numbers of the `.NET CLR` tokens, as sent ("2.0.50727"). */
  clrVersions: string[];
}

const NT_VERSION = /Windows NT (\d+\.\d+)/;
const CLR_TOKEN = /\.NET CLR (\d+(?:\.\d+)+)/g;

export function readUserAgent(userAgent: string): UserAgentReading {
  const ntVersion = NT_VERSION.exec(userAgent)?.[1];
  // "Windows NT 5.01" is Windows 2000 SP1: the same release family as 5.0.
  const normalised = ntVersion === '5.01' ? '5.0' : ntVersion;
  let architecture: Architecture | undefined;
  if (normalised) {
    if (userAgent.includes('IA64')) architecture = 'ia64';
    else if (/WOW64|Win64|x64/.test(userAgent)) architecture = 'x64';
    else architecture = 'x86';
  }
  return {
    ntVersion: normalised,
    architecture,
    clrVersions: [...userAgent.matchAll(CLR_TOKEN)].map((match) => match[1]),
  };
}

/** A Windows entry as a browser can report it. */
export interface ReportedWindows {
  ntVersion: string;
  architecture: Architecture;
}

/**
 * The entries of `windows` a browser's reading can be: the same NT version and architecture. The
 * one rule for which Windows the finder answers from the browser, in the first-view script (from
 * the page's list) and in the suggestion (from the table).
 */
export function windowsReportedBy<W extends ReportedWindows>(
  windows: W[],
  reading: UserAgentReading,
): W[] {
  return windows.filter(
    (entry) => entry.ntVersion === reading.ntVersion && entry.architecture === reading.architecture,
  );
}

/** The Windows a browser may report, as the page lists them for the first-view script: "5.1 x86,6.0 x64". */
export function reportableWindowsList(windows: ReportedWindows[]): string {
  return [...new Set(windows.map((entry) => `${entry.ntVersion} ${entry.architecture}`))].join(',');
}

/** The list reportableWindowsList wrote, read back. */
export function readReportableWindowsList(list: string): ReportedWindows[] {
  return list.split(',').map((item) => {
    const [ntVersion, architecture] = item.split(' ');
    return { ntVersion: ntVersion, architecture: architecture as Architecture };
  });
}
