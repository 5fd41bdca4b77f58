import { describe, expect, it } from 'vitest';
import { parseRegQuery } from '../../../../src/features/finder/reg-query';
import { REG_QUERY_FIXTURES, UNRELATED_TEXTS } from '../../../fixtures/reg-query-outputs';

const KEY = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\NET Framework Setup\\NDP\\v2.0.50727';

describe('parseRegQuery', () => {
  it('reads a key line and its value lines separated by four spaces, as Vista and later print them', () => {
    expect(
      parseRegQuery(
        `${KEY}\r\n    Install    REG_DWORD    0x1\r\n    Version    REG_SZ    2.0.50727.4016\r\n`,
      ).keys,
    ).toEqual([
      {
        path: KEY,
        values: [
          { name: 'Install', type: 'REG_DWORD', data: '0x1' },
          { name: 'Version', type: 'REG_SZ', data: '2.0.50727.4016' },
        ],
      },
    ]);
  });

  it('reads tab-separated value lines after the reg.exe 3.0 banner, as Windows XP prints them', () => {
    const output = parseRegQuery(
      `! REG.EXE VERSION 3.0\r\n\r\n${KEY}\r\n    SP\tREG_DWORD\t0x2\r\n`,
    );
    expect({ keys: output.keys, unrecognised: output.unrecognised }).toEqual({
      keys: [{ path: KEY, values: [{ name: 'SP', type: 'REG_DWORD', data: '0x2' }] }],
      unrecognised: 0,
    });
  });

  it('keeps a value name with a space in it and a value with no data', () => {
    expect(
      parseRegQuery(`${KEY}\n    (Default)    REG_SZ\n    Increment    REG_SZ    4016`).keys[0]
        ?.values,
    ).toEqual([
      { name: '(Default)', type: 'REG_SZ', data: '' },
      { name: 'Increment', type: 'REG_SZ', data: '4016' },
    ]);
  });

  it('reads the same keys whether lines end in CRLF, LF or CR', () => {
    const lines = [KEY, '    Install    REG_DWORD    0x1', '    SP    REG_DWORD    0x2'];
    const [crlf, lf, cr] = ['\r\n', '\n', '\r'].map((end) => parseRegQuery(lines.join(end)).keys);
    expect([lf, cr]).toEqual([crlf, crlf]);
  });

  it('counts an error message as not recognised, in whatever language', () => {
    expect(
      parseRegQuery(
        'ERROR: The system was unable to find the specified registry key or value.\nFEHLER: Schlüssel nicht gefunden.',
      ).unrecognised,
    ).toBe(2);
  });

  it('counts a value line with no key above it as not recognised', () => {
    expect(parseRegQuery('    Install    REG_DWORD    0x1')).toEqual({
      keys: [],
      lines: 1,
      unrecognised: 1,
    });
  });

  it('counts a value line cut inside its type as not recognised', () => {
    expect(parseRegQuery(`${KEY}\n    SP    REG_DW`)).toEqual({
      keys: [{ path: KEY, values: [] }],
      lines: 2,
      unrecognised: 1,
    });
  });

  it('does not count blank lines', () => {
    expect(parseRegQuery('\r\n\r\n   \r\n').lines).toBe(0);
  });

  it.each(REG_QUERY_FIXTURES)(
    'reads $lines lines, $unrecognised not recognised, from "$name"',
    ({ text, lines, unrecognised }) => {
      const output = parseRegQuery(text);
      expect({ lines: output.lines, unrecognised: output.unrecognised }).toEqual({
        lines,
        unrecognised,
      });
    },
  );

  it.each(UNRELATED_TEXTS)(
    'finds no key in $name and reports each of its $lines lines as not recognised',
    ({ text, lines }) => {
      expect(parseRegQuery(text)).toEqual({ keys: [], lines, unrecognised: lines });
    },
  );
});
