import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseText } from '../../../../src/features/log-reader/analyse';
import type { CodeCatalogue } from '../../../../src/features/log-reader/code-catalogue';
import { summarise } from '../../../../src/features/log-reader/summary';
import type { Report, Sentence } from '../../../../src/features/log-reader/summary/report';
import { LOG_CASES, SITE_KBS } from '../../../fixtures/log-cases';

/** A small catalogue typed from the reference §1 and §2.1, standing in for the errors collection. */
const CATALOGUE: CodeCatalogue = {
  '2': {
    url: '/errors/2/',
    exit: {
      name: 'ERROR_FILE_NOT_FOUND',
      meaning: 'The system cannot find the file.',
      success: false,
    },
  },
  '1603': {
    url: '/errors/1603/',
    exit: {
      name: 'ERROR_INSTALL_FAILURE',
      meaning: 'A fatal error happened during installation.',
      success: false,
    },
  },
  '1618': {
    url: '/errors/1618/',
    exit: {
      name: 'ERROR_INSTALL_ALREADY_RUNNING',
      meaning: 'Another installation is already in progress.',
      success: false,
    },
  },
  '1706': { url: '/errors/1706/', message: 'No valid source could be found for product [2].' },
  '1935': {
    url: '/errors/1935/',
    message:
      'An error occurred installing assembly [6]. HRESULT [3]. Assembly interface [4], function [5], component [2].',
  },
};

function reportFor(caseName: string): Report {
  const logCase = LOG_CASES.find((c) => c.case === caseName)!;
  const text = readFileSync(`tests/fixtures/logs/sources/${caseName}/${logCase.fileName}`, 'utf8');
  return summarise({
    analysis: analyseText(text, { fileName: logCase.fileName, siteKbs: SITE_KBS }),
    catalogue: CATALOGUE,
    fileName: logCase.fileName,
  });
}

/** What a sentence reads as on the page. */
const read = (sentence: Sentence) =>
  sentence.map((part) => (typeof part === 'string' ? part : part.label)).join('');
const links = (sentences: Sentence[]) =>
  sentences.flat().filter((part) => typeof part !== 'string');

describe('the summary of a failed .NET update', () => {
  const report = reportFor('ddset-assembly-in-use');
  it('says which action failed and where', () => {
    expect(report.headline).toBe('Setup failed: the action InstallExecute failed at line 21.');
  });
  it('gives the assembly in use as the likely cause, from KB 2263996, after the lines that show it', () => {
    const cause = report.causes.find((c) => c.source === 'Microsoft, KB 2263996')!;
    expect(read(cause.says)).toContain('assembly in the global assembly cache is locked or in use');
    expect(read(report.causes[0].says)).toContain('Line 19: The .NET Framework custom action says');
  });
  it('links the update page the file name reveals', () => {
    expect(links(report.about)).toContainEqual({ label: 'KB974417', href: '/kb/974417/' });
  });
  it('links the exit code 1603 to its page', () => {
    expect(links(report.whatFailed)).toContainEqual({
      label: '1603 (0x643)',
      href: '/errors/1603/',
    });
  });
  it('names the first "Return value 3" with Microsoft’s advice to focus on it, and no more than that advice', () => {
    expect(read(report.whatFailed[0])).toBe(
      "The first “Return value 3” is at line 21: the action InstallExecute failed. Microsoft's advice is to focus on the first one; there may be several.",
    );
  });
  it('tells to stop the processes that hold the assembly', () => {
    expect(read(report.todo[0].says)).toContain('Process Explorer');
  });
});

describe('the summary of another product’s log', () => {
  const report = reportFor('error-1935-other-product');
  it('fills the Note line’s fields into Microsoft’s message 1935', () => {
    const note = report.findings.find((f) => f.line === 8)!;
    expect(note.details.map(read).join(' ')).toContain(
      'HRESULT 0x80070003. Assembly interface IAssemblyCacheItem, function Commit',
    );
  });
  it('does not blame the .NET Framework', () => {
    expect(report.causes.map((c) => read(c.says)).join(' ')).not.toContain('.NET Framework');
  });
  it('marks the line that explains it first, then the failing line, and folds the note that repeats the error', () => {
    expect(report.findings.filter((f) => f.role !== 'other').map((f) => [f.line, f.role])).toEqual([
      [9, 'explains'],
      [10, 'failure'],
      [8, 'routine'],
    ]);
  });
});

describe('logs without a "Return value 3"', () => {
  it('a missing cached patch is named as the cause, from KB 951950', () => {
    expect(reportFor('missing-patch-source').causes.map((c) => c.source)).toContain(
      'Microsoft, KB 951950',
    );
  });
  it('a log ending in 1618 is explained by the code’s meaning', () => {
    expect(read(reportFor('engine-return-1618').causes[0].says)).toContain(
      'Another installation is already in progress.',
    );
  });
  it('a cancelled install says it was cancelled', () => {
    expect(reportFor('cancelled-return-value-2').headline).toMatch(/^Setup was cancelled/);
  });
  it('Update.exe’s masked 0x643 is not blamed on Windows Installer', () => {
    expect(read(reportFor('update-exe-masked').causes[0].says)).toContain(
      'does not mean Windows Installer was the cause',
    );
  });
  it('a failed (CBS) component in a .NET 3.5 setup log points at an OS update package', () => {
    expect(read(reportFor('dotnet35-errorlog').causes[0].says)).toContain(
      'an operating-system update package failed',
    );
  });
});

describe('logs that are not failures', () => {
  it('a successful update says it succeeded', () => {
    expect(reportFor('success').headline).toBe('Setup succeeded.');
  });
  it('a log whose only 1603 is "Info 1603" succeeded and needs a restart', () => {
    const report = reportFor('info-1603-file-in-use');
    expect([report.headline, report.findings[0].role]).toEqual([
      'Setup succeeded; Windows needs a restart to finish it.',
      'not-a-failure',
    ]);
  });
  it('a custom action’s 1603 translated to success is not a failure', () => {
    expect(reportFor('translated-to-success').headline).toBe('Setup succeeded.');
  });
});

describe('statements the reference leaves unconfirmed', () => {
  const cbsAdvice = reportFor('dotnet35-errorlog').todo;
  it('the advice to copy CBS.log before reading it is marked unconfirmed and credited to the MVP’s blog', () => {
    // Reference §4.3: "CBS log file is protected: you need to copy it … Unconfirmed (Susan Bradley MVP blog, 2009)".
    const copy = cbsAdvice.find((a) => read(a.says).includes('Documents'))!;
    expect(copy.source).toContain('Susan Bradley');
    expect(copy.unconfirmed).toContain('MVP');
  });
  it('the reader’s own word that it reads both logs is credited to no source', () => {
    const own = cbsAdvice.find((a) => read(a.says).includes('This reader'))!;
    expect(own.source).toBeUndefined();
  });
  it('the logs credited to Microsoft’s TechNet page say nothing of copying CBS.log', () => {
    const technet = cbsAdvice.filter((a) => a.source?.includes('TechNet'));
    expect(technet.map((a) => read(a.says)).join(' ')).not.toMatch(/protected|copy/i);
  });
  it('a custom action “translated to success” is marked unconfirmed, as only community logs show it', () => {
    // Reference §3.2: the "translated to success due to continue marking" variant is unconfirmed.
    const ignored = reportFor('translated-to-success').findings.find((f) => f.line === 4)!;
    expect(ignored.unconfirmed).toContain('community');
  });
  it('a line Microsoft documents carries no Unconfirmed mark', () => {
    expect(reportFor('ddset-assembly-in-use').findings.filter((f) => f.unconfirmed)).toEqual([]);
  });
});

describe('HRESULTs in CBS.log', () => {
  it('carry their Win32 code, linked', () => {
    expect(links(reportFor('cbs-hresult').findings[0].details)).toEqual([
      { label: '2', href: '/errors/2/' },
    ]);
  });
});

describe('input that is not a log', () => {
  it('an empty text is called empty', () => {
    expect(
      summarise({ analysis: analyseText(''), catalogue: CATALOGUE, fileName: 'MSI1.LOG' }).outcome,
    ).toBe('empty');
  });
  it('binary junk is called not a text log', () => {
    const junk = String.fromCharCode(...Array.from({ length: 500 }, (_, i) => (i * 37) % 32));
    expect(summarise({ analysis: analyseText(junk), catalogue: CATALOGUE }).headline).toContain(
      'does not look like a text log',
    );
  });
});
