import { describe, expect, it } from 'vitest';
import * as rules from '../../../../src/features/log-reader/line-rules';

describe('lineMessage', () => {
  it.each([
    ['MSI (s) (4C:D4) [16:44:54:463]: MainEngineThread is returning 1603', 'with a time'],
    [
      'MSI (s) (40:A4): MainEngineThread is returning 1603',
      'without a time, as in Microsoft’s older examples',
    ],
    [
      'MSI (s) (54!70) [11:57:26:738]: MainEngineThread is returning 1603',
      'with "!" between the ids',
    ],
  ])('strips the engine prefix %j (%s)', (line) => {
    expect(rules.lineMessage(line)).toBe('MainEngineThread is returning 1603');
  });
  it('strips the date a .NET custom action writes before DDSet lines', () => {
    expect(
      rules.lineMessage(
        '10/14/09 10:12:21 DDSet_Exit: InstallAssembly ended with return value 1603',
      ),
    ).toBe('DDSet_Exit: InstallAssembly ended with return value 1603');
  });
});

describe('installerNote', () => {
  it('reads the message number and fills fields that hold colons and spaces', () => {
    expect(rules.installerNote('Note: 1: 2203 2: C:\\Program Files\\x.mst 3: -2147287038')).toEqual(
      {
        code: 2203,
        fields: { 1: '2203', 2: 'C:\\Program Files\\x.mst', 3: '-2147287038' },
      },
    );
  });
  it('keeps an empty field empty', () => {
    expect(rules.installerNote('Note: 1: 2205 2:  3: Error')?.fields).toEqual({
      1: '2205',
      2: '',
      3: 'Error',
    });
  });
});

describe('actionEnded', () => {
  it('reads the action and its return value', () => {
    expect(rules.actionEnded('Action ended 9:58:55: CheckCAServer. Return value 3.')).toEqual({
      action: 'CheckCAServer',
      value: 3,
    });
  });
});

describe('installerMessage', () => {
  it('reads "Info 1603." as information, not as an error', () => {
    expect(
      rules.installerMessage('Info 1603. The file C:\\a.exe is being held in use')?.level,
    ).toBe('Info');
  });
  it('reads an error wrapped in a Product line', () => {
    expect(
      rules.installerMessage('Product: Fabrikam Tools -- Error 1327. Invalid Drive: X:\\'),
    ).toEqual({ level: 'Error', code: 1327, text: 'Invalid Drive: X:\\' });
  });
});

describe('customActionError', () => {
  it('tells an ignored failure ("translated to success") from a real one', () => {
    expect(
      rules.customActionError(
        'CustomAction A returned actual error code 1603 but will be translated to success due to continue marking',
      )?.translatedToSuccess,
    ).toBe(true);
    expect(
      rules.customActionError(
        'CustomAction A returned actual error code 1603 (note this may not be 100% accurate if translation happened inside sandbox)',
      )?.translatedToSuccess,
    ).toBe(false);
  });
});

describe('.NET setup lines', () => {
  it('reads the component and code of the error Heath Stewart quotes', () => {
    const line = rules.dotnetSetupLine(
      '[10/22/09,09:12:44] Microsoft .NET Framework 2.0a: [2] Error: Installation failed for component Microsoft .NET Framework 2.0a. MSI returned error code 1603',
    )!;
    expect(rules.componentFailed(line.text)).toEqual({
      component: 'Microsoft .NET Framework 2.0a',
      code: 1603,
    });
  });
});

describe('cbsFailure', () => {
  it('reads a failure HRESULT and its name', () => {
    expect(
      rules.cbsFailure('Failed to find file: x [HRESULT = 0x80070002 - ERROR_FILE_NOT_FOUND]'),
    ).toEqual({ hresult: 0x80070002, name: 'ERROR_FILE_NOT_FOUND' });
  });
  it('does not report S_OK', () => {
    expect(rules.cbsFailure('Exec: Processing complete. [HRESULT = 0x00000000 - S_OK]')).toBeNull();
  });
});

describe('windowsUpdateLine', () => {
  // KB 902093 gives the fields' order only: Date, Time, PID, TID, Component, Text.
  it('reads the component and text of a tab-separated line', () => {
    expect(
      rules.windowsUpdateLine(
        '2009-10-14\t10:06:12:010\t 988\t c1c\tHandler\tWARNING: failed, error 0x80070643',
      ),
    ).toEqual({ component: 'Handler', text: 'WARNING: failed, error 0x80070643' });
  });
  it('reads a line whose fields are separated by spaces, with a date written with slashes', () => {
    expect(
      rules.windowsUpdateLine(
        '10/14/2009 10:06:12 988 c1c Handler WARNING: failed, error 0x80070643',
      ),
    ).toEqual({ component: 'Handler', text: 'WARNING: failed, error 0x80070643' });
  });
  it('does not take a .NET custom action line for one', () => {
    expect(
      rules.windowsUpdateLine('10/14/09 10:12:21 DDSet_Error: Failed to install assembly'),
    ).toBeNull();
  });
});

describe('updateExeMasked', () => {
  it('reads the code Update.exe reports instead of its own', () => {
    expect(
      rules.updateExeMasked(
        'Update.exe return code was masked to 0x643 for MSI custom action compliance.',
      ),
    ).toBe(1603);
  });
});

describe('action lines from other machines', () => {
  it('reads an action time written with AM or PM', () => {
    expect(rules.actionEnded('Action ended 4:44:54 PM: InstallFinalize. Return value 3.')).toEqual({
      action: 'InstallFinalize',
      value: 3,
    });
  });
  it('reads an engine line of any one-letter context', () => {
    expect(rules.isEngineLine('MSI (N) (4C:D4) [16:44:54:463]: Doing action: InstallFiles')).toBe(
      true,
    );
  });
});
