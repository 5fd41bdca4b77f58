/**
 * What the site says about getting a package and finding its setup logs, written once: the KB
 * and fix pages render it with components (DownloadCard, LogLocations), the finder's
 * answer with DOM nodes (src/features/finder/client/answer.ts).
 */
import { formatKbNumber } from '../../identifiers/kb-number';
import { familyIdOf, updateCatalogSearchUrl } from './download-links';
import type { Update } from '../../content-model/schemas/update';
import type { Architecture } from '../../content-model/schemas/shared';

/** A run of wording: plain text, or a name to show as code (a folder, a file). */
export type Wording = (string | { code: string })[];

export interface LinkWording {
  href: string;
  label: string;
}

export interface DownloadWording {
  downloadCenter?: LinkWording;
  updateCatalog: LinkWording;
  /** The FamilyID of the Download Center page, and why it is in doubt where it is. */
  familyId?: { id: string; unconfirmed?: string };
  availability: { text: string; unconfirmed: string };
}

/**
 * `familyIdInDoubt`: the page shows a 64-bit package of its own under a FamilyID that the
 * localized bulletins share with x86 (download-links.ts, familyIdUnconfirmedFor).
 */
export function downloadWording(
  kb: string,
  downloadCenter: string | undefined,
  familyIdInDoubt: boolean,
): DownloadWording {
  const KB = formatKbNumber(kb);
  const id = downloadCenter ? familyIdOf(downloadCenter) : null;
  return {
    ...(downloadCenter
      ? { downloadCenter: { href: downloadCenter, label: `Download Center page for ${KB}` } }
      : {}),
    updateCatalog: {
      href: updateCatalogSearchUrl(kb),
      label: `Search the Update Catalog for ${KB}`,
    },
    ...(id
      ? {
          familyId: {
            id,
            ...(familyIdInDoubt
              ? {
                  unconfirmed:
                    'The localized bulletins give this same FamilyID for the x86, x64 and Itanium packages; whether the English one had separate pages is not confirmed.',
                }
              : {}),
          },
        }
      : {}),
    availability: {
      text: downloadCenter
        ? "On 3 August 2020 Microsoft removed from the Download Center the Windows downloads signed only with SHA-1 (its announcement, as ZDNet reported it). Whether this package's page still offers the file is not confirmed; if it does not, use the Update Catalog search."
        : 'Whether this package is still offered for download is not confirmed: the Update Catalog search is the place to look.',
      unconfirmed: 'Availability of this download today.',
    },
  };
}

export interface LogFolderWording {
  /** Where the package writes its setup logs. */
  sentence: Wording;
  /** The folder as the reader is told to choose it. */
  folder: Wording;
  /** Why the folder's name is in doubt; absent where a source names it. */
  unconfirmed?: string;
}

export interface OtherLogFolderWording {
  sentence: Wording;
  unconfirmed: string;
}

/** The schema's other folder for the log files, with the log files that go in it. */
export type OtherLogFolder = NonNullable<Update['otherLogFolder']> & {
  logFiles: readonly string[];
};

/** Where other sources put the log files, said beside the setup team's folder, with its doubt. */
export function otherLogFolderWording({
  folder,
  unconfirmed,
  logFiles,
}: OtherLogFolder): OtherLogFolderWording {
  const files: Wording =
    logFiles.length > 0
      ? logFiles.flatMap((file, i) => [...(i > 0 ? [' and '] : []), { code: file }])
      : ['the log files'];
  return {
    sentence: [
      'Other sources put ',
      ...files,
      ' in ',
      { code: folder },
      ' instead: look there too.',
    ],
    unconfirmed,
  };
}

/**
 * The log files the bulletin names for one Windows entry (a fix page): all of `logFiles`, unless
 * `logFilesFor` lists the entries whose sections name them and `osId` is not one of them. The
 * update's own page shows them all, beside the update's logNote.
 */
export function logFilesNamedFor(
  update: Pick<Update, 'logFiles' | 'logFilesFor'>,
  osId: string,
): string[] {
  if (!update.logFilesFor) return update.logFiles;
  return update.logFilesFor.some((os) => os.id === osId) ? update.logFiles : [];
}

/**
 * What the page says of the bulletin's log file names beside the files: the update's own logNote,
 * or, for a Windows Update standalone package (installerType msu, the Vista and Server 2008
 * updates), that the bulletin's Vista and Server 2008 sections name none (facts, section 4).
 */
export function logNoteOf(update: Pick<Update, 'logNote' | 'installerType'>): string | undefined {
  return (
    update.logNote ??
    (update.installerType === 'msu'
      ? 'The bulletin gives no log file names for the Windows Vista and Server 2008 packages.'
      : undefined)
  );
}

export interface ServicingLogsWording {
  sentence: Wording;
  unconfirmed: string;
}

/**
 * The logs of Windows' own update engine, for a Windows Update standalone package (installerType
 * msu: updates for Vista, Server 2008, Windows 7 and Server 2008 R2), which Wusa.exe hands to the Windows Update Agent and
 * CBS installs (reference windows-installer-errors-and-logs §4.3: KB 934307; TechNet "Event ID
 * 4385" for Server 2008 names `%windir%\WindowsUpdate.log` and `%windir%\logs\cbs\cbs.log`).
 * Undefined for the other packages.
 */
export function servicingLogsWording(
  installerType: Update['installerType'],
): ServicingLogsWording | undefined {
  if (installerType !== 'msu') return undefined;
  return {
    sentence: [
      "This package is installed by the Windows Update Standalone Installer through the Windows Update Agent, and the .NET Framework it updates is part of Windows, so a failure can lie in Windows' own update engine (Component-Based Servicing, CBS). For update installs and removals, Microsoft names two more logs to read: the Windows Update log ",
      { code: '%windir%\\WindowsUpdate.log' },
      ' and the Component-Based Servicing log ',
      { code: '%windir%\\logs\\cbs\\cbs.log' },
      '.',
    ],
    unconfirmed:
      "Microsoft's page that names these two logs is written for Windows Server 2008; that the other Windows versions keep them in the same places it does not say.",
  };
}

export function logFolderWording(kb: string, logFolder: string | undefined): LogFolderWording {
  if (logFolder) {
    return {
      sentence: [
        'The update writes its setup logs to ',
        { code: logFolder },
        " (Microsoft's .NET setup team names this folder).",
      ],
      folder: [{ code: logFolder }],
    };
  }
  const named: Wording = [
    { code: '%temp%' },
    ' whose name contains ',
    { code: formatKbNumber(kb) },
  ];
  return {
    sentence: ['Look in a folder under ', ...named, '.'],
    folder: ['the folder under ', ...named],
    unconfirmed: 'No source names the exact folder for this update.',
  };
}

/**
 * The architectures whose package file name the bulletin prints with its extension, for a page
 * about these Windows entries: all of the update's where it prints them, less those of an entry
 * whose section prints the name bare (a bulletin's Server 2003 Itanium lines may drop ".exe").
 */
export function extensionPrintedFor(
  update: Pick<Update, 'installers' | 'extensionPrinted' | 'extensionNotPrintedOn'>,
  systems: { id: string; architecture: Architecture }[],
): Architecture[] {
  if (!update.extensionPrinted) return [];
  const bare = new Set(update.extensionNotPrintedOn.map((ref) => ref.id));
  return (Object.keys(update.installers) as Architecture[]).filter(
    (architecture) => !systems.some((os) => os.architecture === architecture && bare.has(os.id)),
  );
}
