import { describe, expect, it } from 'vitest';
import { analyseText } from '../../../../../src/features/log-reader/analyse';
import type { CodeCatalogue } from '../../../../../src/features/log-reader/code-catalogue';
import { causes } from '../../../../../src/features/log-reader/summary/causes';

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
    expect(found.map((advice) => advice.source)).toEqual([
      'Microsoft, KB 2263996',
      'Microsoft, KB 951950',
    ]);
  });
  it('with no sign, gives the meaning of the exit code the failure reports', () => {
    const [only] = causesOf(['MSI (s) (4C:D4) [16:44:54:463]: MainEngineThread is returning 1618']);
    expect(only.says).toContain(' means: Another installation is already in progress.');
  });
  it('with no sign and no known code, quotes the message just above the failure', () => {
    const found = causesOf([
      'Error 1935. An error occurred during the installation of assembly component.',
      'Action ended 9:58:55: InstallFiles. Return value 3.',
    ]);
    expect(found).toHaveLength(1);
    expect(found[0].says[0]).toBe('Just above the failure, line 1 reports message ');
  });
  it('says that no source names a cause when the log gives nothing more', () => {
    expect(causesOf(['Action ended 9:58:55: InstallFiles. Return value 3.'])).toEqual([
      {
        says: [
          'No source gives a cause for this failure. The lines just above it, listed below, are the best lead.',
        ],
      },
    ]);
  });
});
