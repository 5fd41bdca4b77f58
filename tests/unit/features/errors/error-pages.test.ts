import { describe, expect, it } from 'vitest';
import {
  computedHresultForPatchSection,
  errorAliases,
  errorIndexGroups,
  errorLinkTarget,
  errorSummary,
  errorTitle,
  mattersForPatches,
  meaningHeading,
  twoMeaningsWarning,
  typedForms,
  windowsUpdateShowsHex,
} from '../../../../src/features/errors/error-pages';
import { loadContent } from '../../content-model/load-content';

const entries = loadContent().errors.map((entry) => entry.data);
const entry = (code: number) => {
  const found = entries.find((e) => e.code === code);
  if (!found) throw new Error(`test setup: no error ${code}`);
  return found;
};

describe('errorTitle', () => {
  it('titles exit code 1603 with its hex form and symbolic name', () => {
    expect(errorTitle(entry(1603))).toBe('Error 1603 (0x643): ERROR_INSTALL_FAILURE');
  });

  it('titles 1935, met in setup logs, as "Error 1935 in a setup log"', () => {
    expect(errorTitle(entry(1935))).toBe('Error 1935 in a setup log');
  });

  it('titles the informational 2898 as "Info 2898 in a setup log"', () => {
    expect(errorTitle(entry(2898))).toBe('Info 2898 in a setup log');
  });

  it('titles the Win32 error 5 with its name', () => {
    expect(errorTitle(entry(5))).toBe('Error 5 (0x5): ERROR_ACCESS_DENIED');
  });
});

describe('errorSummary', () => {
  it("gives Microsoft's meaning of 1618", () => {
    expect(errorSummary(entry(1618))).toBe(
      "Another installation is already in progress; finish it first. Microsoft's list of exit codes points to the `_MSIExecute` mutex.",
    );
  });
});

describe('errorAliases', () => {
  it('leads 0x643 and 0x80070643 to the page of 1603', () => {
    expect(errorAliases(entry(1603))).toEqual(['0x643', '0x80070643']);
  });

  it('gives no hex address to 2203, a number met only in logs', () => {
    expect(errorAliases(entry(2203))).toEqual([]);
  });
});

describe('typedForms', () => {
  it('lists every written form of 1603 for full-text search', () => {
    expect(typedForms(entry(1603))).toEqual([
      '1603',
      '0x643',
      '643h',
      '0x80070643',
      '80070643',
      '-2147023293',
      '2147944003',
    ]);
  });
});

describe('meaningHeading', () => {
  it('heads the RPC meaning of 1722 with its Win32 name', () => {
    expect(
      meaningHeading(
        entry(1722).meanings.find((m) => m.kind === 'system-error')!,
        1722,
      ),
    ).toBe('In the Win32 list of system errors: RPC_S_SERVER_UNAVAILABLE');
  });
});

/**
 * Exit codes of reference §1 whose number a setup log also writes as an Installer message (ship
 * messages are numbered 1000 to 1999, reference §2), though §2 restates no text for them.
 */
const EXIT_CODES_ALSO_MESSAGES_WITHOUT_TEXT = [1602, 1608, 1609, 1610, 1611];

describe('exit codes that are also log messages the sources restate no text for', () => {
  it.each(EXIT_CODES_ALSO_MESSAGES_WITHOUT_TEXT)(
    '%i has an exit-code and a log-message meaning, the message with no invented text',
    (code) => {
      const message = entry(code).meanings.find((m) => m.kind === 'log-message');
      expect([
        entry(code).meanings.map((m) => m.kind),
        message?.kind === 'log-message' && message.message,
      ]).toEqual([['exit-code', 'log-message'], undefined]);
    },
  );

  it('summarises 1609 by its exit code and heads its message as an Error 1609. line', () => {
    const message = entry(1609).meanings.find((m) => m.kind === 'log-message')!;
    expect([errorSummary(entry(1609)), meaningHeading(message, 1609)]).toEqual([
      'Handle is in an invalid state.',
      'In a setup log: Error 1609.',
    ]);
  });

  it('warns on 1609 without claiming what the unrestated message means', () => {
    expect(twoMeaningsWarning(entry(1609))).toBe(
      'One number, 2 meanings: 1609 is used in each of the places below, and the sources used here do not restate what it says in every one. Read the one that matches where you saw it.',
    );
  });

  it('lists 1609 among the messages in setup logs', () => {
    expect(
      errorIndexGroups(entries)
        .find((g) => g.kind === 'log-message')!
        .entries.map((e) => e.code),
    ).toEqual(expect.arrayContaining(EXIT_CODES_ALSO_MESSAGES_WITHOUT_TEXT));
  });
});

describe('the protected-file messages 1931 to 1933', () => {
  // Reference §2.1 restates them as one group: "system file(s) [2] … package version vs protected
  // version", with no field numbers for each message.
  const messageOf = (code: number) => {
    const message = entry(code).meanings.find((m) => m.kind === 'log-message');
    return message?.kind === 'log-message' ? (message.message ?? '') : '';
  };

  it('keeps the group fields on 1931', () => {
    expect(messageOf(1931)).toContain('[2]');
  });

  it.each([1932, 1933])(
    'fills no [n] field into %i, whose own fields the notes do not give',
    (code) => {
      expect(messageOf(code)).not.toMatch(/\[\d+\]/);
    },
  );
});

describe('notes that say what their source covers', () => {
  const notesOf = (code: number) =>
    entry(code).meanings.flatMap((m) => m.notes.map((note) => `${note.source}: ${note.text}`));

  it("ties 1935's Windows Server 2003 remark to the one wording the notes restate", () => {
    // Reference §2.1, 1935: "An error occurred installing assembly [6]; … component [2]" —
    // "Available from the Windows Server 2003 Installer".
    const remark = notesOf(1935).find((note) => note.includes('Windows Server 2003'));
    expect([remark?.includes('this wording'), remark?.includes('Server 2003 and later')]).toEqual([
      true,
      false,
    ]);
  });

  it('says the CBS.log article behind 2 was written for later Windows, and credits Server 2008 to TechNet', () => {
    // Reference §4.3: the 0x80070002 article is "written for later Windows"; the Server 2008 logs
    // come from TechNet "Event ID 4385", `%windir%\logs\cbs\cbs.log`.
    const notes = notesOf(2);
    expect([
      notes.some(
        (note) => note.startsWith('wu-error-0x80070002:') && note.includes('later than Vista'),
      ),
      notes.some((note) => note.includes('On Windows Vista and later')),
      notes.some(
        (note) =>
          note.startsWith('technet-event-4385:') && note.includes('%windir%\\logs\\cbs\\cbs.log'),
      ),
    ]).toEqual([true, false, true]);
  });
});

describe('windowsUpdateShowsHex', () => {
  // Reference §5 of the facts file (KB 923100): Windows Update shows the failing exit code 1603 as
  // 0x643. Win32 errors such as 5 fill log fields (reference §2.3); 0 and 3010 mean success (§1).
  it('labels the hex of the failing exit code 1603 as what Windows Update shows', () => {
    expect(windowsUpdateShowsHex(entry(1603))).toBe(true);
  });

  it.each([5, 2, 32, 0, 3010, 3011])('labels the hex of %i plainly', (code) => {
    expect(windowsUpdateShowsHex(entry(code))).toBe(false);
  });
});

describe('twoMeaningsWarning', () => {
  it('warns on 1603, an exit code and an Info line', () => {
    expect(twoMeaningsWarning(entry(1603))).toContain('One number, 2 meanings');
  });

  it('warns on 1706, a Win32 RPC error and an Installer message', () => {
    expect(twoMeaningsWarning(entry(1706))).not.toBeNull();
  });

  it('gives no warning for 1618, which has one meaning', () => {
    expect(twoMeaningsWarning(entry(1618))).toBeNull();
  });
});

/** The exit codes the research notes set in bold (reference section 1), typed by hand. */
const BOLD_EXIT_CODES = [
  1603, 1605, 1618, 1619, 1620, 1624, 1625, 1633, 1635, 1636, 1638, 1639, 1641, 1642, 1643, 1644,
  1645, 3010,
];

describe('mattersForPatches', () => {
  it('marks exactly the exit codes the research notes set in bold', () => {
    expect(
      entries
        .filter(mattersForPatches)
        .map((e) => e.code)
        .sort((a, b) => a - b),
    ).toEqual(BOLD_EXIT_CODES);
  });

  it('does not mark 1602 or 1612, which the research notes leave in plain type', () => {
    expect([mattersForPatches(entry(1602)), mattersForPatches(entry(1612))]).toEqual([
      false,
      false,
    ]);
  });
});

describe('errorIndexGroups', () => {
  const groups = errorIndexGroups(entries);
  const codesOf = (kind: string) => groups.find((g) => g.kind === kind)!.entries.map((e) => e.code);

  it('lists 1603 among exit codes and among log messages', () => {
    expect([codesOf('exit-code').includes(1603), codesOf('log-message').includes(1603)]).toEqual([
      true,
      true,
    ]);
  });

  it('lists every exit code the research notes single out for patches', () => {
    expect(BOLD_EXIT_CODES.filter((code) => !codesOf('exit-code').includes(code))).toEqual([]);
  });

  it('lists the log messages that explain a 1603, among them 1304, 1935, 2203, 2336 and 2755', () => {
    expect(
      [1304, 1935, 2203, 2336, 2755].filter((code) => !codesOf('log-message').includes(code)),
    ).toEqual([]);
  });

  it('gives only the groups a page asks for, in the index order', () => {
    expect(
      errorIndexGroups(entries, ['system-error', 'log-message']).map((g) => g.heading),
    ).toEqual(['Messages in setup logs', 'Win32 system errors']);
  });

  it('has no page for 1655 to 1660, which no source documents', () => {
    expect(entries.filter((e) => e.code >= 1655 && e.code <= 1660)).toEqual([]);
  });
});

describe('errorLinkTarget', () => {
  const guides = new Map([['read-the-setup-logs', 'Read the MS09-061 setup logs']]);

  it('links a guide by its title', () => {
    expect(errorLinkTarget({ guide: 'read-the-setup-logs' }, guides)).toEqual({
      href: '/guides/read-the-setup-logs/',
      label: 'Read the MS09-061 setup logs',
      external: false,
    });
  });

  it('links an update page as KB953295', () => {
    expect(errorLinkTarget({ kb: '953295' }, guides)).toEqual({
      href: '/kb/953295/',
      label: 'KB953295',
      external: false,
    });
  });

  it('links another error page by its number', () => {
    expect(errorLinkTarget({ error: 2203 }, guides)).toEqual({
      href: '/errors/2203/',
      label: 'Error 2203',
      external: false,
    });
  });

  it('marks an address from a source as external', () => {
    expect(
      errorLinkTarget({ url: 'http://support.microsoft.com/kb/951950', label: 'KB 951950' }, guides)
        .external,
    ).toBe(true);
  });
});

describe('computedHresultForPatchSection', () => {
  it('gives 1612, which no source ties to the MS09-061 updates, its HRESULT 0x8007064C', () => {
    expect(computedHresultForPatchSection(entry(1612))).toBe('0x8007064C');
  });

  it('gives none for 1603, whose MS09-061 section has sourced facts', () => {
    expect(computedHresultForPatchSection(entry(1603))).toBeNull();
  });

  it('gives none for 0, the success code', () => {
    expect(computedHresultForPatchSection(entry(0))).toBeNull();
  });

  it('gives none for 3011, ERROR_SUCCESS_RESTART_REQUIRED: a success has no failure HRESULT', () => {
    expect(computedHresultForPatchSection(entry(3011))).toBeNull();
  });

  it('gives none for 2203, which the site knows only as a message in setup logs', () => {
    expect(computedHresultForPatchSection(entry(2203))).toBeNull();
  });
});
