import { describe, expect, it } from 'vitest';
import {
  claimOtherUpdateExeLine,
  findUpdateExeExtended,
  findUpdateExeFailure,
  findUpdateExeMasked,
} from '../../../../../src/features/log-reader/rules/update-exe-rules';
import { readLine } from './recording-account';

describe('findUpdateExeMasked', () => {
  it('takes the masked code for a failure line and for how the run ended', () => {
    const masked = { kind: 'update-exe-masked', code: 0x643 };
    expect(
      readLine(
        findUpdateExeMasked,
        '1448.406: Update.exe return code was masked to 0x643 for MSI custom action compliance.',
      ),
    ).toEqual({
      claimed: true,
      told: [
        ['failureLine', masked],
        ['end', masked, 'failed'],
      ],
    });
  });
  it('reads only Update.exe lines', () => {
    expect(readLine(findUpdateExeMasked, 'return code was masked to 0x643').claimed).toBe(false);
  });
});

describe('findUpdateExeExtended', () => {
  it('takes the extended code for a failure line', () => {
    expect(
      readLine(findUpdateExeExtended, '1448.406: Update.exe extended error code = 0xf01e'),
    ).toEqual({
      claimed: true,
      told: [['failureLine', { kind: 'update-exe-extended', subject: '0xf01e' }]],
    });
  });
  it('reads only Update.exe lines', () => {
    expect(readLine(findUpdateExeExtended, 'extended error code = 0xf01e').claimed).toBe(false);
  });
});

describe('findUpdateExeFailure', () => {
  it("takes Update.exe's end line for the failure that ended the run", () => {
    expect(
      readLine(findUpdateExeFailure, '1448.406: KB979309 installation did not complete.'),
    ).toEqual({
      claimed: true,
      told: [
        ['failureLine', { kind: 'update-exe-failure', subject: 'installation did not complete.' }],
        [
          'end',
          { kind: 'update-exe-failure', subject: 'installation did not complete.' },
          'failed',
        ],
      ],
    });
  });
  it('keeps an error Update.exe reports, after which it may go on, without ending the run', () => {
    const subject = 'Setup encountered an error: The update.ver file is not correct.';
    expect(readLine(findUpdateExeFailure, `4.313: KB928843 ${subject}`)).toEqual({
      claimed: true,
      told: [['keep', { kind: 'update-exe-failure', subject }]],
    });
  });
  it('leaves other Update.exe lines alone', () => {
    expect(readLine(findUpdateExeFailure, '1448.406: Starting installation').claimed).toBe(false);
  });
});

describe('claimOtherUpdateExeLine', () => {
  it('claims any other Update.exe line and reports nothing', () => {
    expect(readLine(claimOtherUpdateExeLine, '1448.406: Error: 0x80070643')).toEqual({
      claimed: true,
      told: [],
    });
  });
  it('does not claim lines of other logs', () => {
    expect(readLine(claimOtherUpdateExeLine, 'Error 1327. Invalid Drive: C:\\').claimed).toBe(
      false,
    );
  });
});
