import { describe, expect, it } from 'vitest';
import { recogniseLogKind } from '../../../../src/features/log-reader/log-kind';

describe('recogniseLogKind', () => {
  it('takes lines of the form Microsoft shows, without a timestamp, for a CBS.log', () => {
    // Reference §4.3: `Info CBS Failed to find file: … [HRESULT = 0x80070002 - ERROR_FILE_NOT_FOUND]`.
    expect(
      recogniseLogKind([
        'Info CBS Failed to find file: system.web.dll [HRESULT = 0x80070002 - ERROR_FILE_NOT_FOUND]',
        'Error CSI 000000fd (F) 80070002 [Warning,Facility=FACILITY_NTWIN32,Code=ERROR_FILE_NOT_FOUND]',
      ]),
    ).toBe('cbs');
  });
  it('takes the same lines after a date and time for a CBS.log', () => {
    expect(
      recogniseLogKind([
        '2009-10-14 10:20:10, Info                  CBS    Failed to find file: system.web.dll [HRESULT = 0x80070002 - ERROR_FILE_NOT_FOUND]',
      ]),
    ).toBe('cbs');
  });
  it('takes space-separated lines of Date, Time, PID, TID, Component and Text for a WindowsUpdate.log', () => {
    expect(
      recogniseLogKind([
        '10/14/2009 10:05:01 988 c1c Agent ** START **  Agent: Installing updates',
        '10/14/2009 10:06:12 988 c1c Handler Installation failed, error 0x80070643',
      ]),
    ).toBe('windows-update');
  });
});
