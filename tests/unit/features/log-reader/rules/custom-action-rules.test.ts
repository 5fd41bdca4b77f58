import { describe, expect, it } from 'vitest';
import {
  claimDdsetExitSuccess,
  findCustomActionError,
  findDdsetError,
  findDdsetExitFailure,
  findIgnoredCustomAction,
} from '../../../../../src/features/log-reader/rules/custom-action-rules';
import { readLine } from './recording-account';

const FAILED =
  'CustomAction CA_Install returned actual error code 1603 (note this may not be 100% accurate if translation happened inside sandbox)';
const IGNORED =
  'CustomAction CA_Optional returned actual error code 1603 but will be translated to success due to continue marking';

describe('findIgnoredCustomAction', () => {
  it('keeps a failure the package told the Installer to ignore, as a success', () => {
    expect(readLine(findIgnoredCustomAction, IGNORED)).toEqual({
      claimed: true,
      told: [
        [
          'keep',
          {
            kind: 'custom-action-ignored',
            code: 1603,
            subject: 'CA_Optional',
            outcome: 'succeeded',
          },
        ],
      ],
    });
  });
  it('leaves a failure that counts alone', () => {
    expect(readLine(findIgnoredCustomAction, FAILED).claimed).toBe(false);
  });
});

describe('findCustomActionError', () => {
  it('takes the error for a failure line', () => {
    const error = { kind: 'custom-action-error', code: 1603, subject: 'CA_Install' };
    expect(readLine(findCustomActionError, FAILED)).toEqual({
      claimed: true,
      told: [['failureLine', error]],
    });
  });
  it('does not claim other lines', () => {
    expect(readLine(findCustomActionError, 'CustomAction CA_Install started').claimed).toBe(false);
  });
});

describe('findDdsetError', () => {
  it("takes the .NET custom action's error for a failure line", () => {
    const error = {
      kind: 'ddset-error',
      subject:
        "Failed to install assembly 'System.Web.dll' because of system error: Access is denied.",
    };
    expect(
      readLine(
        findDdsetError,
        "10/14/09 10:12:13 DDSet_Error: Failed to install assembly 'System.Web.dll' because of system error: Access is denied.",
      ),
    ).toEqual({
      claimed: true,
      told: [['failureLine', error]],
    });
  });
  it('does not claim other DDSet lines', () => {
    expect(readLine(findDdsetError, '10/14/09 10:12:13 DDSet_Status: Installing').claimed).toBe(
      false,
    );
  });
});

describe('findDdsetExitFailure', () => {
  it('keeps a step that returned an error', () => {
    const exit = { kind: 'ddset-exit', code: 1603, subject: 'InstallAssembly' };
    expect(
      readLine(
        findDdsetExitFailure,
        '10/14/09 10:12:21 DDSet_Exit: InstallAssembly ended with return value 1603',
      ),
    ).toEqual({
      claimed: true,
      told: [['keep', exit]],
    });
  });
  it('leaves a step that returned 0 alone', () => {
    expect(
      readLine(findDdsetExitFailure, 'DDSet_Exit: InstallAssembly ended with return value 0')
        .claimed,
    ).toBe(false);
  });
});

describe('claimDdsetExitSuccess', () => {
  it('claims a step that returned 0 and reports nothing', () => {
    expect(
      readLine(claimDdsetExitSuccess, 'DDSet_Exit: InstallAssembly ended with return value 0'),
    ).toEqual({ claimed: true, told: [] });
  });
});
