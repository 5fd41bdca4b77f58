import { describe, expect, it } from 'vitest';
import {
  claimOtherInstallerMessage,
  findFileInUse,
  findInstallerError,
  claimInstallerNote,
  findInternalError,
} from '../../../../../src/features/log-reader/rules/installer-rules';
import { readLine } from './recording-account';

describe('claimInstallerNote', () => {
  it('claims a Note and reports nothing of it: the failed action counts notes by number', () => {
    expect(
      readLine(
        claimInstallerNote,
        'MSI (s) (4C:D4) [16:44:54:463]: Note: 1: 2203 2: C:\\x.mst 3: -2147287038',
      ),
    ).toEqual({ claimed: true, told: [] });
  });
  it('does not claim other lines', () => {
    expect(readLine(claimInstallerNote, 'Error 1327. Invalid Drive: C:\\')).toEqual({
      claimed: false,
      told: [],
    });
  });
});

describe('findFileInUse', () => {
  it('keeps "Info 1603" as a file in use', () => {
    expect(readLine(findFileInUse, 'Info 1603. The file C:\\a.dll is being held in use.')).toEqual({
      claimed: true,
      told: [
        [
          'keep',
          { kind: 'file-in-use', code: 1603, subject: 'The file C:\\a.dll is being held in use.' },
        ],
      ],
    });
  });
  it('leaves other Info messages alone', () => {
    expect(readLine(findFileInUse, 'Info 2898. Created font.').claimed).toBe(false);
  });
});

describe('findInstallerError', () => {
  it('keeps an Error line', () => {
    const error = { kind: 'installer-error', code: 1327, subject: 'Invalid Drive: C:\\' };
    expect(readLine(findInstallerError, 'Error 1327. Invalid Drive: C:\\')).toEqual({
      claimed: true,
      told: [['keep', error]],
    });
  });
  it('reads the Error inside a Product line', () => {
    expect(
      readLine(
        findInstallerError,
        'Product: Microsoft .NET Framework 2.0 -- Error 1714. The older version cannot be removed.',
      ).told[0],
    ).toEqual([
      'keep',
      { kind: 'installer-error', code: 1714, subject: 'The older version cannot be removed.' },
    ]);
  });
  it('leaves Info lines alone', () => {
    expect(readLine(findInstallerError, 'Info 2898. Created font.').claimed).toBe(false);
  });
});

describe('claimOtherInstallerMessage', () => {
  it.each(['Info 2898. Created font.', 'Warning 1946. Property could not be set.'])(
    'claims %j and reports nothing',
    (line) => {
      expect(readLine(claimOtherInstallerMessage, line)).toEqual({ claimed: true, told: [] });
    },
  );
});

describe('findInternalError', () => {
  it('takes an internal crash for a failure line', () => {
    const crash = {
      kind: 'internal-error',
      subject: 'Internal Exception during install operation: 0xc0000005 at 0x7C81BD02.',
    };
    expect(
      readLine(
        findInternalError,
        'MSI (s) (4C:D4) [16:44:54:463]: Internal Exception during install operation: 0xc0000005 at 0x7C81BD02.',
      ),
    ).toEqual({
      claimed: true,
      told: [['failureLine', crash]],
    });
  });
  it('does not claim other lines', () => {
    expect(readLine(findInternalError, 'Installation completed.').claimed).toBe(false);
  });
});
