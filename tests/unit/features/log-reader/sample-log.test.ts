import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The made-up log the reader page offers, as a visitor's browser reads it (UTF-16 LE with a BOM). */
const sample = readFileSync('public/tools/log-reader/sample-msi0.txt')
  .toString('utf16le')
  .replace(/^\uFEFF/, '')
  .split(/\r?\n/);

describe('the sample log agrees with the reference', () => {
  it('has no "Windows Installer installed an update" line under a Windows Installer 3.1 or earlier header', () => {
    // Reference §3.2 and §3.6: that line is event 1036's text, not available in Installer 3.1 and earlier.
    const build = /Build type: SHIP UNICODE (\d+)\.(\d+)/.exec(sample[0])!;
    const atMost31 = Number(build[1]) < 3 || (Number(build[1]) === 3 && Number(build[2]) <= 1);
    expect(
      atMost31 && sample.some((line) => line.includes('Windows Installer installed an update')),
    ).toBe(false);
  });
  it('puts its log file in a folder under Temp whose name contains the KB number', () => {
    // Facts §4 and §8: the update logs to a sub-folder of %temp% whose name contains the KB number.
    const path = /in the log file (.+)\.$/.exec(
      sample.find((line) => line.includes('in the log file'))!,
    )![1];
    const folders = path.split('\\');
    expect(folders.at(-3)).toBe('Temp');
    expect(folders.at(-2)).toContain('KB974417');
  });
  it('gives the log file the name the bulletin gives, without inventing its variable part', () => {
    // Facts §4: `Microsoft .NET Framework 2.0-KB974417_*-msi0.txt`.
    expect(sample.join('\n')).toContain('\\Microsoft .NET Framework 2.0-KB974417_*-msi0.txt.');
  });
});
