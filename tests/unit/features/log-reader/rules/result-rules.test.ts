import { describe, expect, it } from 'vitest';
import {
  endOnEngineReturn,
  endOnInstallationStatus,
  endOnProductResult,
  findUpdateNotInstalled,
} from '../../../../../src/features/log-reader/rules/result-rules';
import { readLine } from './recording-account';

describe('endOnInstallationStatus', () => {
  it.each([
    [1603, 'failed'],
    [3010, 'succeeded'],
    [1602, 'cancelled'],
  ])('ends the run on status %i as %s', (code, outcome) => {
    expect(
      readLine(
        endOnInstallationStatus,
        `MSI (s) (4C:D4) [16:44:54:463]: Product: X -- Installation success or error status: ${code}.`,
      ),
    ).toEqual({ claimed: true, told: [['end', { kind: 'installation-status', code }, outcome]] });
  });
  it('does not claim other lines', () => {
    expect(readLine(endOnInstallationStatus, 'Action start 9:58:54: CostInitialize.').claimed).toBe(
      false,
    );
  });
});

describe('endOnProductResult', () => {
  it('ends the run as the product line says', () => {
    expect(
      readLine(endOnProductResult, 'Product: Microsoft .NET Framework 2.0 -- Installation failed.'),
    ).toEqual({
      claimed: true,
      told: [
        [
          'end',
          { kind: 'product-result', subject: 'Microsoft .NET Framework 2.0', outcome: 'failed' },
          'failed',
        ],
      ],
    });
  });
  it('does not claim a product line that is an Installer message', () => {
    expect(
      readLine(endOnProductResult, 'Product: X -- Error 1714. The older version cannot be removed.')
        .claimed,
    ).toBe(false);
  });
});

describe('endOnEngineReturn', () => {
  it("ends the run with the engine's exit code", () => {
    expect(
      readLine(
        endOnEngineReturn,
        'MSI (s) (4C:D4) [16:44:54:463]: MainEngineThread is returning 0',
      ),
    ).toEqual({ claimed: true, told: [['end', { kind: 'engine-return', code: 0 }, 'succeeded']] });
  });
  it('does not claim other lines', () => {
    expect(readLine(endOnEngineReturn, 'MainEngineThread started').claimed).toBe(false);
  });
});

describe('findUpdateNotInstalled', () => {
  it("takes event 1023's text for a failure line", () => {
    expect(
      readLine(
        findUpdateNotInstalled,
        "Product: Microsoft .NET Framework 2.0 SP2 - Update 'KB974417' could not be installed. Error code 1603. Additional information is available in the log file.",
      ),
    ).toEqual({
      claimed: true,
      told: [['failureLine', { kind: 'update-not-installed', code: 1603, subject: 'KB974417' }]],
    });
  });
  it('does not claim other lines', () => {
    expect(readLine(findUpdateNotInstalled, 'Product: X -- Installation failed.').claimed).toBe(
      false,
    );
  });
});
