/**
 * A long verbose Installer log for the 50 MB test and the benchmark, generated when needed and
 * never committed. Thousands of ordinary engine lines (the bulk of a real log), one failure near
 * the end: the analyser must still find it, and name its line.
 */
import { encodeLog, type LogEncoding } from './log-encodings';

const HEADER =
  '=== Verbose logging started: 10/14/2009  10:12:12  Build type: SHIP UNICODE 3.01.4001.5512  Calling process: C:\\WINDOWS\\system32\\msiexec.exe ===\n';
const FAILURE = [
  'Action start 11:59:58: InstallFinalize.',
  'MSI (s) (4C:D4) [11:59:59:001]: Note: 1: 1310 2: 5 3: C:\\Program Files\\Fabrikam\\fab.dll ',
  'Error 1310. Error writing to file: C:\\Program Files\\Fabrikam\\fab.dll.   System error 5.  Verify that you have access to that directory.',
  'Action ended 11:59:59: InstallFinalize. Return value 3.',
  'MSI (s) (4C:D4) [11:59:59:900]: MainEngineThread is returning 1603',
  '=== Verbose logging stopped: 10/14/2009  11:59:59 ===',
  '',
].join('\n');

function ordinaryLine(i: number): string {
  const ms = String(i % 1000).padStart(3, '0');
  return `MSI (s) (4C:D4) [10:${String(Math.floor(i / 60000) % 60).padStart(2, '0')}:${String(Math.floor(i / 1000) % 60).padStart(2, '0')}:${ms}]: Executing op: FileCopy(SourceName=file${i}.dll|fabrikam_${i}.dll,SourceCabKey=file${i},DestName=fabrikam_${i}.dll,Attributes=512,FileSize=${(i * 7919) % 100000})\n`;
}

export interface LargeLog {
  bytes: Uint8Array;
  /** Line number of the `Return value 3` line. */
  failureLine: number;
}

/** A log of at least `minBytes` bytes in the given encoding. */
export function largeLog(minBytes: number, encoding: LogEncoding): LargeLog {
  const bytesPerChar = encoding.startsWith('utf-16') ? 2 : 1;
  const parts: string[] = [HEADER];
  let chars = HEADER.length;
  let lines = 1;
  for (let i = 0; chars * bytesPerChar < minBytes; i++) {
    const line = ordinaryLine(i);
    parts.push(line);
    chars += line.length + 1;
    lines++;
  }
  parts.push(FAILURE);
  return { bytes: encodeLog(parts.join(''), encoding), failureLine: lines + 4 };
}
