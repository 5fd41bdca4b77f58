import { describe, expect, it } from 'vitest';
import {
  buildCodeCatalogue,
  fillMessage,
} from '../../../../src/features/log-reader/code-catalogue';

describe('buildCodeCatalogue', () => {
  // Entries as the errors collection holds them, typed from the reference §1 and §2.
  const catalogue = buildCodeCatalogue([
    {
      code: 1603,
      meanings: [
        {
          kind: 'exit-code',
          name: 'ERROR_INSTALL_FAILURE',
          meaning: 'A fatal error happened during installation (generic failure).',
          source: 'msi-exit-codes',
          outcome: 'failure',
          patches: true,
          notes: [],
        },
        {
          kind: 'log-message',
          message: 'File [2][3] is held in use by process Name [4], Id [5], Window Title [6].',
          level: 'Info',
          source: 'msi-messages',
          notes: [],
        },
      ],
    },
    {
      code: 3010,
      meanings: [
        {
          kind: 'exit-code',
          name: 'ERROR_SUCCESS_REBOOT_REQUIRED',
          meaning: 'A restart is required to complete the install.',
          source: 'msi-exit-codes',
          outcome: 'success',
          patches: false,
          notes: [],
        },
      ],
    },
    {
      code: 1618,
      meanings: [
        {
          kind: 'exit-code',
          name: 'ERROR_INSTALL_ALREADY_RUNNING',
          meaning: 'Another installation is in progress (see the `_MSIExecute` mutex).',
          source: 'msi-exit-codes',
          outcome: 'failure',
          patches: true,
          notes: [],
        },
      ],
    },
    {
      // Reference §1 gives 1609 as an exit code; §2 restates no text for its message.
      code: 1609,
      meanings: [
        {
          kind: 'exit-code',
          name: 'ERROR_INVALID_HANDLE_STATE',
          meaning: 'Handle is in an invalid state.',
          source: 'msi-exit-codes',
          outcome: 'failure',
          patches: false,
          notes: [],
        },
        { kind: 'log-message', level: 'Error', source: 'msi-messages', notes: [] },
      ],
    },
  ]);

  it('links each number to its error page', () => {
    expect(catalogue['1603'].url).toBe('/errors/1603/');
  });
  it('keeps both meanings of 1603: the exit code and the "Info 1603" message', () => {
    expect([catalogue['1603'].exit?.name, catalogue['1603'].message]).toEqual([
      'ERROR_INSTALL_FAILURE',
      'File [2][3] is held in use by process Name [4], Id [5], Window Title [6].',
    ]);
  });
  it('gives 1609 no message text to quote, since the sources restate none', () => {
    expect([catalogue['1609'].exit?.name, catalogue['1609'].message]).toEqual([
      'ERROR_INVALID_HANDLE_STATE',
      undefined,
    ]);
  });
  it('knows 3010 means success', () => {
    expect(catalogue['3010'].exit?.success).toBe(true);
  });
  it('shows literal strings without their backticks', () => {
    expect(catalogue['1618'].exit?.meaning).toBe(
      'Another installation is in progress (see the _MSIExecute mutex).',
    );
  });
});

describe('fillMessage', () => {
  it('fills placeholders from a Note line and leaves unknown ones as they are', () => {
    expect(
      fillMessage('Error writing to file [2]. System error [3]. [4]', { 2: 'C:\\a.dll', 3: '5' }),
    ).toBe('Error writing to file C:\\a.dll. System error 5. [4]');
  });
});
