import { describe, expect, it } from 'vitest';
import {
  findCbsFailure,
  findWindowsUpdateError,
} from '../../../../../src/features/log-reader/rules/servicing-rules';
import { readLine } from './recording-account';

describe('findCbsFailure', () => {
  it('keeps a CBS line that reports a failure HRESULT, and one at the Error level as an error', () => {
    const found = { kind: 'cbs-failure', code: 0x80070002, subject: 'ERROR_FILE_NOT_FOUND' };
    expect(
      readLine(
        findCbsFailure,
        '2009-10-14 10:20:01, Error CBS Failed to resolve package [HRESULT = 0x80070002 - ERROR_FILE_NOT_FOUND]',
      ),
    ).toEqual({
      claimed: true,
      told: [
        ['keep', found],
        ['servicingError', found],
      ],
    });
    expect(
      readLine(
        findCbsFailure,
        '2009-10-14 10:20:01, Info CBS Failed to resolve package [HRESULT = 0x80070002 - ERROR_FILE_NOT_FOUND]',
      ),
    ).toEqual({ claimed: true, told: [['keep', found]] });
  });
  it('leaves a success HRESULT alone', () => {
    expect(
      readLine(
        findCbsFailure,
        '2009-10-14 10:20:01, Info CBS Loaded package [HRESULT = 0x00000000 - S_OK]',
      ).claimed,
    ).toBe(false);
  });
});

describe('findWindowsUpdateError', () => {
  it('keeps a Windows Update line that reports a failure HRESULT, naming its component', () => {
    expect(
      readLine(
        findWindowsUpdateError,
        '2009-10-14\t10:20:01:123\t 904\t 9a0\tHandler\t  : Update failed, error = 0x80070643',
      ),
    ).toEqual({
      claimed: true,
      told: [['keep', { kind: 'windows-update-error', code: 0x80070643, subject: 'Handler' }]],
    });
  });
  it('leaves a Windows Update line without one alone', () => {
    expect(
      readLine(findWindowsUpdateError, '2009-10-14\t10:20:01:123\t 904\t 9a0\tAgent\tSearch done')
        .claimed,
    ).toBe(false);
  });
});
