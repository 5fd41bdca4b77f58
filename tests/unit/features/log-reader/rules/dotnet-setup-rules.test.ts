import { describe, expect, it } from 'vitest';
import {
  claimOtherDotnetSetupLine,
  findComponentFailed,
  findSetupErrorlog,
} from '../../../../../src/features/log-reader/rules/dotnet-setup-rules';
import { readLine } from './recording-account';

const COMPONENT_FAILED =
  '[03/12/09,10:23:45] Microsoft .NET Framework 2.0a: [2] Error: Installation failed for component Microsoft .NET Framework 2.0a. MSI returned error code 1603';

describe('findSetupErrorlog', () => {
  it('takes an ERRORLOG EVENT for a failure line, naming the component it names', () => {
    expect(
      readLine(
        findSetupErrorlog,
        '[03/12/09,10:23:45] WapUI: ***ERRORLOG EVENT*** : Error: Installation failed for component Windows Communication Foundation (CBS). MSI returned error code 1603',
      ),
    ).toEqual({
      claimed: true,
      told: [
        [
          'failureLine',
          {
            kind: 'setup-errorlog',
            code: 1603,
            subject: 'Windows Communication Foundation (CBS)',
          },
        ],
      ],
    });
  });
  it("names the line's source when the event names no component", () => {
    expect(
      readLine(
        findSetupErrorlog,
        '[03/12/09,10:23:45] setup.exe: ***ERRORLOG EVENT*** : Setup failed',
      ).told,
    ).toEqual([['failureLine', { kind: 'setup-errorlog', subject: 'setup.exe' }]]);
  });
  it('leaves a line without the event alone', () => {
    expect(readLine(findSetupErrorlog, COMPONENT_FAILED).claimed).toBe(false);
  });
});

describe('findComponentFailed', () => {
  it('takes a failed component for a failure line', () => {
    expect(readLine(findComponentFailed, COMPONENT_FAILED)).toEqual({
      claimed: true,
      told: [
        [
          'failureLine',
          { kind: 'component-failed', code: 1603, subject: 'Microsoft .NET Framework 2.0a' },
        ],
      ],
    });
  });
  it('reads only .NET setup lines', () => {
    expect(
      readLine(
        findComponentFailed,
        'Installation failed for component X. MSI returned error code 1603',
      ).claimed,
    ).toBe(false);
  });
});

describe('claimOtherDotnetSetupLine', () => {
  it('claims any other .NET setup line and reports nothing', () => {
    expect(
      readLine(
        claimOtherDotnetSetupLine,
        '[03/12/09,10:23:45] setup.exe: Error 0x80070643 ignored',
      ),
    ).toEqual({ claimed: true, told: [] });
  });
});
