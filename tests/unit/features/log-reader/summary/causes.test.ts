import { describe, expect, it } from 'vitest';
import { analyseText } from '../../../../../src/features/log-reader/analyse';
import type { CodeCatalogue } from '../../../../../src/features/log-reader/code-catalogue';
import { causes } from '../../../../../src/features/log-reader/summary/causes';
import { SITE_KBS } from '../../../../fixtures/log-cases';

const CATALOGUE: CodeCatalogue = {
  '1618': {
    url: '/errors/1618/',
    exit: {
      name: 'ERROR_INSTALL_ALREADY_RUNNING',
      meaning: 'Another installation is already in progress.',
      success: false,
    },
  },
  '1935': { url: '/errors/1935/', message: 'An error occurred installing assembly [6].' },
};

const causesOf = (lines: string[]) => causes(analyseText(lines.join('\n')), CATALOGUE);

describe('causes', () => {
  it('names the user for a cancelled setup', () => {
    expect(causesOf(['Action ended 9:58:55: InstallFinalize. Return value 2.'])).toEqual([
      expect.objectContaining({ source: 'Microsoft, “Logging of Action Return Values”' }),
    ]);
  });
  it('names none for a setup that succeeded', () => {
    expect(causesOf(['MSI (s) (4C:D4) [16:44:54:463]: MainEngineThread is returning 0'])).toEqual(
      [],
    );
  });
  it('lists every cause whose sign is in the log, in the report’s order', () => {
    const found = causesOf([
      "MSI (s) (4C:D4) [16:44:50:000]: Couldn't find local patch 'C:\\WINDOWS\\Installer\\1a.msp'. Looking for it at its source.",
      "10/14/09 10:12:13 DDSet_Error: Failed to install assembly 'System.Web.dll'",
      'MSI (s) (4C:D4) [16:44:54:463]: MainEngineThread is returning 1603',
    ]);
    expect(found.flatMap((advice) => advice.source ?? [])).toEqual([
      'Microsoft, KB 2263996',
      'Microsoft, KB 951950',
    ]);
  });
  it('with no sign, gives the meaning of the exit code the failure reports', () => {
    const [only] = causesOf(['MSI (s) (4C:D4) [16:44:54:463]: MainEngineThread is returning 1618']);
    expect(only.says).toContain(' means: Another installation is already in progress.');
  });
  it('with no sign and no known code, quotes the error inside the failed action, with its line', () => {
    const found = causesOf([
      'Action start 9:58:50: InstallFiles.',
      'Error 1935. An error occurred during the installation of assembly component.',
      'Action ended 9:58:55: InstallFiles. Return value 3.',
    ]);
    expect(found).toHaveLength(1);
    expect(found[0].says[0]).toBe('Line 2: ');
    expect(
      found[0].says.map((part) => (typeof part === 'string' ? part : part.label)).join(''),
    ).toContain('“An error occurred during the installation of assembly component.”');
  });
  it('says that no line of the failed action explains it when the log gives nothing more', () => {
    expect(
      causesOf([
        'Action start 9:58:50: InstallFiles.',
        'Note: 1: 2262 2: Error 3: -2147287038 ',
        'Action ended 9:58:55: InstallFiles. Return value 3.',
      ]),
    ).toEqual([
      {
        says: [
          'No line inside the action InstallFiles (lines 1–3) says why it failed; what it logged there is listed below, folded.',
        ],
      },
    ]);
  });
});

describe('causes, when nothing in the log explains a .NET update’s failure', () => {
  const failure = [
    'Action start 9:00:01: InstallFinalize.',
    'Action ended 9:00:02: InstallFinalize. Return value 3.',
  ].join('\n');
  const reportOf = (fileName: string) =>
    causes(analyseText(failure, { fileName, siteKbs: SITE_KBS }), CATALOGUE);

  it.each([
    ['an MS09-061 package', 'NDP20SP2-KB974417-x86-msi0.txt'],
    ['an MS10-070 package', 'NDP40-KB2416472-x86-msi0.txt'],
  ])('for %s, gives what the setup team found writing about MS09-061, as theirs', (_, fileName) => {
    expect(reportOf(fileName)).toEqual([
      {
        says: [
          'No line inside the action InstallFinalize (lines 1–2) says why it failed. Microsoft’s .NET setup team, writing about MS09-061, found that in most cases something is wrong with the installed .NET Framework version that the update is meant to fix.',
        ],
        source: 'Microsoft’s .NET setup team, October 2009',
      },
    ]);
  });
});
