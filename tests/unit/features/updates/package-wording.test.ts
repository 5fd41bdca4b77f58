import { describe, expect, it } from 'vitest';
import {
  extensionPrintedFor,
  downloadWording,
  logFilesNamedFor,
  logFolderWording,
  logNoteOf,
  otherLogFolderWording,
  servicingLogsWording,
  type Wording,
} from '../../../../src/features/updates/package-wording';
import { loadContent } from '../../content-model/load-content';
import { MS10_070_MSU_KBS } from '../../../fixtures/ms10-070-reference';

/** The wording as a reader sees it, with code shown in backquotes. */
const read = (wording: Wording) =>
  wording.map((part) => (typeof part === 'string' ? part : `\`${part.code}\``)).join('');

// Facts typed from shared/reference/ms09-061-facts.md: KB953297's FamilyID (key table) and log folder
// (section 4), KB974417's FamilyID, which the localized bulletins share with its x64 package (section 2).
const KB953297_PAGE =
  'https://www.microsoft.com/downloads/details.aspx?familyid=78ac8b97-8327-4ae1-8bb0-6cf227f3968f';
const KB974417_PAGE =
  'https://www.microsoft.com/downloads/details.aspx?familyid=491874d4-5eea-4545-9b7d-3861857c862e';

describe('downloadWording', () => {
  it('links the Download Center page of KB953297 by its name', () => {
    expect(downloadWording('953297', KB953297_PAGE, false).downloadCenter).toEqual({
      href: KB953297_PAGE,
      label: 'Download Center page for KB953297',
    });
  });

  it('searches the Update Catalog for KB953297', () => {
    expect(downloadWording('953297', KB953297_PAGE, false).updateCatalog).toEqual({
      href: 'https://www.catalog.update.microsoft.com/Search.aspx?q=KB953297',
      label: 'Search the Update Catalog for KB953297',
    });
  });

  it('shows the FamilyID of KB953297 without a doubt, since its one x86 package serves every Windows', () => {
    expect(downloadWording('953297', KB953297_PAGE, false).familyId).toEqual({
      id: '78ac8b97-8327-4ae1-8bb0-6cf227f3968f',
    });
  });

  it('doubts the FamilyID shown with the x64 package of KB974417, shared with x86 in the localized bulletins', () => {
    expect(downloadWording('974417', KB974417_PAGE, true).familyId?.unconfirmed).toContain(
      'same FamilyID for the x86, x64 and Itanium packages',
    );
  });

  it('offers no Download Center page and no FamilyID where the package has none', () => {
    const wording = downloadWording('953297', undefined, false);
    expect([wording.downloadCenter, wording.familyId]).toEqual([undefined, undefined]);
  });

  it('says the download may be gone since the SHA-1 removal of 3 August 2020, marked unconfirmed', () => {
    const { availability } = downloadWording('953297', KB953297_PAGE, false);
    expect(availability.text).toContain(
      'On 3 August 2020 Microsoft removed from the Download Center the Windows downloads signed only with SHA-1',
    );
    expect(availability.unconfirmed).toBe('Availability of this download today.');
  });

  it('credits the SHA-1 removal to Microsoft’s announcement as ZDNet reported it, the source the reference gives', () => {
    expect(downloadWording('953297', KB953297_PAGE, false).availability.text).toContain(
      '(its announcement, as ZDNet reported it)',
    );
  });

  it('speaks of no Download Center page for a package that has none (KB970363, Silverlight)', () => {
    const { availability } = downloadWording('970363', undefined, false);
    expect(availability.text).not.toContain("this package's page");
    expect(availability.text).toContain(
      'Whether this package is still offered for download is not confirmed',
    );
  });
});

describe('logFolderWording', () => {
  it('names the folder a source gives for KB953297, without doubt', () => {
    const wording = logFolderWording('953297', '%temp%\\NDP1.1sp1-KB953297-X86');
    expect(read(wording.sentence)).toBe(
      "The update writes its setup logs to `%temp%\\NDP1.1sp1-KB953297-X86` (Microsoft's .NET setup team names this folder).",
    );
    expect(read(wording.folder)).toBe('`%temp%\\NDP1.1sp1-KB953297-X86`');
    expect(wording.unconfirmed).toBeUndefined();
  });

  it('points KB974417 to a folder under %temp% named after it, marked unconfirmed', () => {
    const wording = logFolderWording('974417', undefined);
    expect(read(wording.sentence)).toBe(
      'Look in a folder under `%temp%` whose name contains `KB974417`.',
    );
    expect(read(wording.folder)).toBe('the folder under `%temp%` whose name contains `KB974417`');
    expect(wording.unconfirmed).toBe('No source names the exact folder for this update.');
  });
});

describe('otherLogFolderWording', () => {
  // Reference windows-installer-errors-and-logs.md §4.1: update.exe's KB953295.log in %windir%, community sources only.
  const windir = { folder: '%windir%', unconfirmed: 'Only community sources put it there.' };

  it('names KB953295.log and the other folder, %windir%, to look in too', () => {
    expect(read(otherLogFolderWording({ ...windir, logFiles: ['KB953295.log'] }).sentence)).toBe(
      'Other sources put `KB953295.log` in `%windir%` instead: look there too.',
    );
  });

  it('joins two file names with "and"', () => {
    expect(read(otherLogFolderWording({ ...windir, logFiles: ['a.log', 'b.log'] }).sentence)).toBe(
      'Other sources put `a.log` and `b.log` in `%windir%` instead: look there too.',
    );
  });

  it('keeps the reason for the doubt', () => {
    expect(otherLogFolderWording({ ...windir, logFiles: ['KB953295.log'] }).unconfirmed).toBe(
      'Only community sources put it there.',
    );
  });
});

describe('logFilesNamedFor', () => {
  // Facts section 4: KB953297's two log files are named in the 2000/XP/2003 sections only; the Vista/2008 sections give none.
  const kb953297 = loadContent().updates.find((u) => u.data.kb === '953297')!.data;
  const FILES = ['NDP1.1SP1-KB953297-x86-msi.0.log', 'NDP1.1SP1-KB953297-x86-wrapper.log'];

  it('names both KB953297 log files for Windows XP, whose section of the bulletin names them', () => {
    expect(logFilesNamedFor(kb953297, 'windows-xp-sp2-sp3-x86')).toEqual(FILES);
  });

  it('names no KB953297 log file for Windows Vista SP2, whose section gives none', () => {
    expect(logFilesNamedFor(kb953297, 'windows-vista-sp2-x86')).toEqual([]);
  });

  it('names no KB953297 log file for 64-bit Windows Server 2008, whose section gives none', () => {
    expect(logFilesNamedFor(kb953297, 'windows-server-2008-sp2-x64')).toEqual([]);
  });

  it('names the files of an update that does not limit them for any Windows it serves', () => {
    expect(logFilesNamedFor({ logFiles: ['KB953295.log'] }, 'windows-xp-sp2-sp3-x86')).toEqual([
      'KB953295.log',
    ]);
  });
});

describe('logNoteOf', () => {
  // Facts, section 4: the bulletin's Vista and Server 2008 sections give no log file names.
  it('says the bulletin names no log files for a Vista and Server 2008 package (KB974470, an .msu)', () => {
    expect(logNoteOf({ installerType: 'msu', logNote: undefined })).toBe(
      'The bulletin gives no log file names for the Windows Vista and Server 2008 packages.',
    );
  });

  it('keeps an update’s own note (KB953297, whose files the bulletin names for 2000, XP and 2003 only)', () => {
    const note =
      'The bulletin names log files for this package only in its Windows 2000, XP and Server 2003 sections.';
    expect(logNoteOf({ installerType: 'exe', logNote: note })).toBe(note);
  });

  it('says nothing for an .exe package without a note of its own', () => {
    expect(logNoteOf({ installerType: 'exe', logNote: undefined })).toBeUndefined();
  });
});

describe('servicingLogsWording', () => {
  // Reference windows-installer-errors-and-logs §4.3: TechNet "Event ID 4385" (Server 2008) names
  // the Windows Update log `%windir%\WindowsUpdate.log` and the CBS log `%windir%\logs\cbs\cbs.log`.
  // ms09-061-facts §4: the Vista / Server 2008 packages are KB974468, 974292, 974467, 974291, 974469, 974470.
  const VISTA_2008_KBS = ['974291', '974292', '974467', '974468', '974469', '974470'];

  it('names WindowsUpdate.log and cbs.log for a Windows Update standalone package, marking Vista unconfirmed', () => {
    const wording = servicingLogsWording('msu')!;
    expect([
      read(wording.sentence).includes('`%windir%\\WindowsUpdate.log`'),
      read(wording.sentence).includes('`%windir%\\logs\\cbs\\cbs.log`'),
      wording.unconfirmed.includes('Windows Server 2008'),
    ]).toEqual([true, true, true]);
  });

  it('names no servicing log for the other packages', () => {
    expect([servicingLogsWording('exe'), servicingLogsWording(undefined)]).toEqual([
      undefined,
      undefined,
    ]);
  });

  it("is shown for each Windows Update standalone package (MS09-061's Vista and Server 2008 updates, MS10-070's .msu packages), and only those", () => {
    expect(
      loadContent()
        .updates.filter((update) => servicingLogsWording(update.data.installerType))
        .map((update) => update.data.kb)
        .sort(),
    ).toEqual([...VISTA_2008_KBS, ...MS10_070_MSU_KBS].sort());
  });
});

describe('extensionPrintedFor', () => {
  const update = (kb: string) => loadContent().updates.find((u) => u.data.kb === kb)!.data;
  const os = (id: string, architecture: 'x86' | 'x64' | 'ia64') => ({ id, architecture });

  // MS10-070 (tests/fixtures/ms10-070-bulletin.ts, MS10_070_PACKAGES): KB2416473's Server 2003 Itanium
  // line prints "NDP35SP1-KB2416473-ia64", its Server 2008 Itanium line "NDP35SP1-KB2416473-ia64.exe".
  it('leaves out an architecture whose Windows prints the package name bare', () => {
    expect(
      extensionPrintedFor(update('2416473'), [os('windows-server-2003-sp2-ia64', 'ia64')]),
    ).toEqual(['x86', 'x64']);
    expect(
      extensionPrintedFor(update('2416473'), [os('windows-server-2008-sp2-ia64', 'ia64')]),
    ).toEqual(['x86', 'x64', 'ia64']);
  });

  // MS09-061's deployment tables give base names only (ms09-061-facts.md, section 4).
  it('gives none for a bulletin that prints base names', () => {
    expect(extensionPrintedFor(update('953297'), [os('windows-xp-sp2-sp3-x86', 'x86')])).toEqual(
      [],
    );
  });
});
