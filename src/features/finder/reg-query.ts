/**
 * Reads what `reg query … /s` prints: key lines (`HKEY_LOCAL_MACHINE\…`) at the start of a line,
 * then indented value lines (`    Install    REG_DWORD    0x1`). Windows XP's reg.exe prints a
 * `! REG.EXE VERSION 3.0` banner and separates name, type and data with tabs; later versions use
 * runs of spaces. Both are read. Every other line (an error message in any language, a prompt,
 * unrelated text) is counted as not recognised and never interpreted.
 */

export interface RegValue {
  name: string;
  type: string;
  /** The data as printed: `0x2` for a REG_DWORD, the text for a REG_SZ. */
  data: string;
}

export interface RegKey {
  path: string;
  values: RegValue[];
}

export interface RegQueryOutput {
  keys: RegKey[];
  /** Lines that are not blank. */
  lines: number;
  /** Of those, the ones that are neither a key, a value under a key, nor the banner. */
  unrecognised: number;
}

const KEY_LINE = /^(?:HKEY_[A-Z_]+|HKLM|HKCU|HKCR|HKU|HKCC)\\\S/i;
/** Indented name, then the type after a tab or two or more spaces, then the data, if any. A line cut inside its type is not one. */
const VALUE_LINE =
  /^[ \t]+(\S.*?)(?:\t| {2,})(REG_(?:SZ|EXPAND_SZ|MULTI_SZ|DWORD|QWORD|BINARY|NONE))(?:(?:\t| {2,})(.*))?$/i;
const BANNER = /^! REG\.EXE VERSION \d/i;

export function parseRegQuery(text: string): RegQueryOutput {
  const output: RegQueryOutput = { keys: [], lines: 0, unrecognised: 0 };
  let current: RegKey | undefined;
  for (const raw of text.split(/\r\n|\r|\n/)) {
    // A pasted text may start with a byte-order mark; a key path never ends in spaces.
    const line = raw.replace(/^\uFEFF/, '').trimEnd();
    if (line.trim() === '') continue;
    output.lines++;
    if (KEY_LINE.test(line)) {
      output.keys.push((current = { path: line, values: [] }));
      continue;
    }
    const value = VALUE_LINE.exec(line);
    if (value && current) {
      current.values.push({
        name: value[1],
        type: value[2].toUpperCase(),
        data: value[3]?.trim() ?? '',
      });
      continue;
    }
    if (!BANNER.test(line)) output.unrecognised++;
  }
  return output;
}
