import { describe, expect, it } from 'vitest';
import { analyseText } from '../../../../../src/features/log-reader/analyse';
import { todo } from '../../../../../src/features/log-reader/summary/todo';

const todoFor = (lines: string[], fileName?: string) =>
  todo(analyseText(lines.join('\n'), { ...(fileName ? { fileName } : {}) }), {});

describe('todo', () => {
  it('gives no step for a setup that succeeded', () => {
    expect(todoFor(['MSI (s) (4C:D4) [16:44:54:463]: MainEngineThread is returning 0'])).toEqual(
      [],
    );
  });
  it('points a CBS.log that does not say how it ended at its failure lines', () => {
    expect(
      todoFor(
        ['2009-10-14 10:20:01, Error CBS Failed [HRESULT = 0x80070002 - ERROR_FILE_NOT_FOUND]'],
        'CBS.log',
      ).map((step) => step.source),
    ).toEqual(['Microsoft, TechNet “Event ID 4385”']);
  });
  it('for a failure, lists the steps the log calls for in the order to follow them', () => {
    const steps = todoFor([
      "MSI (s) (4C:D4) [16:44:50:000]: Couldn't find local patch 'C:\\WINDOWS\\Installer\\1a.msp'. Looking for it at its source.",
      "10/14/09 10:12:13 DDSet_Error: Failed to install assembly 'System.Web.dll'",
      'MSI (s) (4C:D4) [16:44:54:400]: Product: Microsoft .NET Framework 2.0 SP2 -- Installation failed.',
      'MSI (s) (4C:D4) [16:44:54:463]: MainEngineThread is returning 1603',
    ]);
    expect(steps.map((step) => step.source)).toEqual([
      'Microsoft, KB 2263996',
      'Microsoft (Heath Stewart, 2008; KB 951950)',
      'Microsoft’s .NET setup team, October 2009',
    ]);
  });
});
