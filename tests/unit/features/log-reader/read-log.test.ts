import { describe, expect, it } from 'vitest';
import { chunksOf, readLogChunks, readLogText } from '../../../../src/features/log-reader/read-log';
import { largeLog } from '../../../../tools/large-log';
import { encodeLog, randomBytes } from '../../../../tools/log-encodings';
import { SITE_KBS } from '../../../fixtures/log-cases';

const options = { catalogue: {}, siteKbs: SITE_KBS };

describe('readLogChunks', () => {
  it('finds the one failure in a 50 MB UTF-16 log, at its line', async () => {
    const log = largeLog(50 * 1024 * 1024, 'utf-16le-bom');
    const report = await readLogChunks(chunksOf(log.bytes), {
      ...options,
      fileName: 'MSI50mb.LOG',
    });
    expect(report.headline).toBe(
      `Setup failed: the action InstallFinalize failed at line ${log.failureLine}.`,
    );
    expect(report.about[1]).toEqual([
      `${(log.failureLine + 2).toLocaleString('en-US')} lines, UTF-16 little-endian with a byte order mark.`,
    ]);
  }, 60_000);
  it('stops after the first chunk of random bytes and calls them binary', async () => {
    let read = 0;
    const report = await readLogChunks(chunksOf(randomBytes(8 * 1024 * 1024)), {
      ...options,
      onProgress: (bytes) => (read = bytes),
    });
    expect([report.outcome, read]).toEqual(['binary', 2 * 1024 * 1024]);
  });
  it('reads a short UTF-16 log odd by one byte, saying it ends mid-character', async () => {
    const log = encodeLog(
      '=== Verbose logging started: 10/14/2009  10:12:20 ===\r\nAction start 10:12:21: InstallFinalize.\r\n',
      'utf-16le-bom',
    );
    const cut = new Uint8Array([...log, 0x41]);
    const report = await readLogChunks(chunksOf(cut), { ...options, fileName: 'cut.log' });
    expect(report.outcome).not.toBe('binary');
    expect(report.about).toContainEqual([
      'The file ends mid-character (it was probably copied while setup was still writing it): that half character was left out.',
    ]);
  });
  it('calls an empty file empty', async () => {
    expect((await readLogChunks([], { ...options, fileName: 'empty.log' })).outcome).toBe('empty');
  });
});

describe('readLogText', () => {
  it('reads pasted text, which has no file name and no encoding', () => {
    const report = readLogText(
      'MSI (s) (4C:D4) [10:12:25:520]: MainEngineThread is returning 1618\n',
      options,
    );
    expect([report.headline, report.about]).toEqual([
      'Setup failed: Windows Installer returned 1618 (line 1).',
      [
        ['Kind of log: Windows Installer verbose log.'],
        ['1 line.'],
        [
          'This is part of a log: it has no “=== Logging started” line, so it begins after setup did.',
        ],
      ],
    ]);
  });
});
