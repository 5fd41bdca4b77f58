/**
 * Reads what an old Internet Explorer user-agent string says about the computer: the Windows NT
 * version, whether Windows is 64-bit, and the `.NET CLR` tokens IE adds for each installed
 * runtime. A modern browser sends only the first two, and often a frozen value.
 */
import type { Architecture } from '../schemas/shared';

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
    if (/IA64/.test(userAgent)) architecture = 'ia64';
    else if (/WOW64|Win64|x64/.test(userAgent)) architecture = 'x64';
    else architecture = 'x86';
  }
  return {
    ntVersion: normalised,
    architecture,
    clrVersions: [...userAgent.matchAll(CLR_TOKEN)].map((match) => match[1]!),
  };
}
