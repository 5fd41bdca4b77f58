/**
 * Where the facts on the error pages come from, as the research notes
 * (shared/reference/windows-installer-errors-and-logs.md and ms09-061-facts.md) name them. Content
 * entries cite a source by its key; the page shows its title, where to find it and how sure it is.
 * Only addresses the notes give are links; the rest are named by repository path, never guessed.
 *
 * The one file of code that names a bulletin (tests/unit/content-model/catalogue-not-in-code.test.ts
 * lets it): a source's title, address and `writtenFor` say what the source was written about,
 * which stays true whichever bulletins the site covers.
 */

/** The research notes' confidence labels. "Computed" is arithmetic on a documented rule. */
export type SourceConfidence = 'Microsoft' | 'Microsoft (archive copy)' | 'Computed' | 'Community';

export interface ErrorSource {
  title: string;
  /** Where the text was read: a repository path, or the address the notes give. */
  where: string;
  url?: string;
  confidence: SourceConfidence;
  /**
   * The bulletin the source was written about, as Microsoft prints it, where it was written about
   * one: a page that applies it to the site's other bulletins says whose it was.
   */
  writtenFor?: string;
}

/**
 * Microsoft's .NET setup team on failed installs of the October 2009 update, the source of most of
 * what the site advises for a failed .NET security update; the log reader quotes it too, and
 * imports it alone rather than the whole table.
 */
export const SETUP_TEAM_2009 = {
  title:
    'Suggestions for resolving installation errors for .NET Framework security update MS09-061',
  where: "Microsoft's .NET setup team (Aaron Stebner), 23 October 2009",
  url: 'https://docs.microsoft.com/en-us/archive/blogs/astebner/suggestions-for-resolving-installation-errors-for-net-framework-security-update-ms09-061',
  confidence: 'Microsoft',
  writtenFor: 'MS09-061',
} as const satisfies ErrorSource;

export const ERROR_SOURCES = {
  'msi-exit-codes': {
    title: 'MsiExec.exe and InstMsi.exe Error Messages',
    where: 'MicrosoftDocs/win32, desktop-src/Msi/error-codes.md',
    confidence: 'Microsoft',
  },
  'win32-system-errors': {
    title: 'System Error Codes',
    where:
      'MicrosoftDocs/win32, desktop-src/Debug/system-error-codes (0–499, 1300–1699, 1700–3999)',
    confidence: 'Microsoft',
  },
  'msi-messages': {
    title: 'Windows Installer Error Messages (for Developers)',
    where: 'MicrosoftDocs/win32, desktop-src/Msi/windows-installer-error-messages.md',
    confidence: 'Microsoft',
  },
  'msi-reboot-logging': {
    title: 'Logging of Reboot Requests',
    where: 'MicrosoftDocs/win32, desktop-src/Msi/logging-of-reboot-requests.md',
    confidence: 'Microsoft',
  },
  'msi-action-return-values': {
    title: 'Logging of Action Return Values',
    where: 'MicrosoftDocs/win32, desktop-src/Msi/logging-of-action-return-values.md',
    confidence: 'Microsoft',
  },
  'msi-command-line': {
    title: 'Command-Line Options (Windows Installer)',
    where: 'MicrosoftDocs/win32, desktop-src/Msi/command-line-options.md',
    confidence: 'Microsoft',
  },
  'hresult-from-win32': {
    title: 'HRESULT_FROM_WIN32 macro',
    where: 'MicrosoftDocs/sdk-api, sdk-api-src/content/winerror/nf-winerror-hresult_from_win32.md',
    confidence: 'Microsoft',
  },
  'com-error-structure': {
    title: 'Structure of COM Error Codes',
    where: 'MicrosoftDocs/win32, desktop-src/com/structure-of-com-error-codes.md',
    confidence: 'Microsoft',
  },
  'com-error-codes': {
    title: 'COM Error Codes',
    where: 'MicrosoftDocs/win32, desktop-src/com/com-error-codes-1.md and com-error-codes-3.md',
    confidence: 'Microsoft',
  },
  'office-setup-issues': {
    title: 'Office setup issues: reading the setup log (KB 826511 text)',
    where: 'MicrosoftDocs/OfficeDocs-Support, Office/Client/installation/office-setup-issues.md',
    confidence: 'Microsoft',
  },
  'office-install-failures': {
    title: 'Troubleshooting Office installation failures',
    where:
      'MicrosoftDocs/OfficeDocs-Support, Office/OfficeExperts/installation/troubleshooting-office-installation-failures.md',
    confidence: 'Microsoft',
  },
  'missing-installer-cache': {
    title: 'Missing Windows Installer cache (KB 2667628)',
    where:
      'MicrosoftDocs/SupportArticles-docs, support/windows-client/application-management/missing-windows-installer-cache.md',
    confidence: 'Microsoft',
  },
  'patching-framework-fails': {
    title: 'Patching the .NET Framework fails (KB 2263996)',
    where:
      'MicrosoftDocs/SupportArticles-docs, support/developer/dotnet/framework/installation/patching-framework-fails.md',
    confidence: 'Microsoft',
  },
  'file-sync-install': {
    title: 'Troubleshoot Azure File Sync agent installation',
    where:
      'MicrosoftDocs/SupportArticles-docs, support/azure/azure-storage/files/file-sync/file-sync-troubleshoot-installation.md',
    confidence: 'Microsoft',
  },
  'cannot-install-updates': {
    title: 'Cannot install updates or programs (KB 822798)',
    where:
      'MicrosoftDocs/SupportArticles-docs, support/windows-server/installing-updates-features-roles/cannot-install-updates-programs.md',
    confidence: 'Microsoft',
  },
  'wu-error-0x80070002': {
    title: 'Troubleshoot Windows Update error 0x80070002',
    where:
      'MicrosoftDocs/SupportArticles-docs, support/windows-server/installing-updates-features-roles/troubleshoot-windows-update-error-0x80070002.md',
    confidence: 'Microsoft',
  },
  'technet-event-4385': {
    title: 'Event ID 4385 — Update Installations or Removals (Windows Server 2008)',
    where: 'TechNet cc756237, as copied on the social.technet.microsoft.com wiki (article 1460)',
    url: 'http://technet.microsoft.com/en-us/library/cc756237(WS.10).aspx',
    confidence: 'Microsoft',
  },
  kb923100: {
    title: 'KB 923100: error 0x643 / 1603 installing a .NET Framework update',
    where: 'support.microsoft.com/kb/923100',
    url: 'http://support.microsoft.com/kb/923100',
    confidence: 'Microsoft',
  },
  kb976982: {
    title: 'KB 976982: error 0x80070643 installing a .NET Framework update',
    where: 'support.microsoft.com/kb/976982',
    url: 'http://support.microsoft.com/kb/976982/',
    confidence: 'Microsoft',
  },
  kb951950: {
    title: 'KB 951950: a missing cached patch makes .NET Framework 2.0 SP1 setup fail',
    where: 'support.microsoft.com/kb/951950 (read through an archived copy)',
    url: 'http://support.microsoft.com/kb/951950',
    confidence: 'Microsoft (archive copy)',
  },
  kb834484: {
    title: 'KB 834484: causes of error 1603',
    where: 'ftp.microsoft.com/MISC/KB/en-us/834/484.HTM (read through the ftp.zx.net.nz mirror)',
    confidence: 'Microsoft (archive copy)',
  },
  'setup-team-ms09-061': SETUP_TEAM_2009,
  'setup-team-2005': {
    title: 'Finding the failing action in a verbose log ("return value 3")',
    where: "Microsoft's .NET setup team (Aaron Stebner), August 2005",
    url: 'http://blogs.msdn.com/b/astebner/archive/2005/08.aspx',
    confidence: 'Microsoft',
  },
  'dotnet-team-2006': {
    title: 'Problems while installing an update for the .NET Framework 2.0',
    where: "Microsoft's .NET team (Jamshed Damkewala), 13 October 2006",
    url: 'http://blogs.msdn.com/jamshedd/archive/2006/10/13/Oroblems-while-installing-an-update-for-the-.NET-Framework-2-0.aspx',
    confidence: 'Microsoft',
  },
  'heaths-2008': {
    title: 'Microsoft .NET Framework 2.0 Service Pack 1 fails to install',
    where: 'Heath Stewart (Microsoft), 18 April 2008',
    url: 'https://blogs.msdn.microsoft.com/heaths/2008/04/18/microsoft-net-framework-2-0-service-pack-1-fails-to-install/',
    confidence: 'Microsoft',
  },
  bulletin: {
    title: 'Security bulletin MS09-061',
    where:
      'MicrosoftDocs/security-updates (localized copies), security-updates/SecurityBulletins/2009/ms09-061.md',
    confidence: 'Microsoft',
    writtenFor: 'MS09-061',
  },
  'hresult-arithmetic': {
    title: "This site's own arithmetic",
    where: 'the research notes, section 1.1: 0x80000000 | (7 << 16) | code',
    confidence: 'Computed',
  },
  'research-notes': {
    title: "The research notes' own reading",
    where:
      'shared/reference/windows-installer-errors-and-logs.md, an inference, not a Microsoft statement',
    confidence: 'Community',
    writtenFor: 'MS09-061',
  },
  'community-logs': {
    title: 'Setup logs posted by the community',
    where: 'forum and blog posts named in the research notes',
    confidence: 'Community',
  },
} as const satisfies Record<string, ErrorSource>;

export type ErrorSourceKey = keyof typeof ERROR_SOURCES;
export const ERROR_SOURCE_KEYS = Object.keys(ERROR_SOURCES) as [
  ErrorSourceKey,
  ...ErrorSourceKey[],
];

/** Facts from these sources must say on the page why they are not confirmed. */
export function needsUnconfirmedMark(source: ErrorSourceKey): boolean {
  return ERROR_SOURCES[source].confidence === 'Community';
}

/** How a source's confidence reads after its title: nothing for Microsoft's own text, nor where the title says it. */
const CONFIDENCE_WORDING: Record<SourceConfidence, string> = {
  Microsoft: '',
  'Microsoft (archive copy)': 'Microsoft (archive copy)',
  Computed: '',
  Community: 'community',
};

/**
 * "Source: KB 951950: …, Microsoft (archive copy)": the words a fact's source note shows. A source
 * written about one bulletin says which, where its title does not.
 */
export function sourceNoteText(key: ErrorSourceKey): string {
  const source: ErrorSource = ERROR_SOURCES[key];
  const about =
    source.writtenFor && !source.title.includes(source.writtenFor)
      ? ` (written for ${source.writtenFor})`
      : '';
  const wording = CONFIDENCE_WORDING[source.confidence];
  return `Source: ${source.title}${about}${wording ? `, ${wording}` : ''}`;
}
