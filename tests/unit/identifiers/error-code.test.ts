import { describe, expect, it } from 'vitest';
import { parseErrorCode, readErrorCode, win32CodeOf } from '../../../src/identifiers/error-code';

describe('readErrorCode on the forms of 1603', () => {
  it.each([
    ['0x643', 'the hex form'],
    ['0X643', 'the hex form with a capital X'],
    ['0x80070643', 'the HRESULT'],
    ['0X80070643', 'the HRESULT with a capital X'],
    ['80070643', 'the HRESULT without "0x"'],
    ['-2147023293', 'the signed HRESULT'],
    ['643h', 'hex with an "h" suffix'],
    ['643H', 'hex with a capital "H" suffix'],
    ['2147944003', 'the HRESULT as an unsigned decimal'],
    ['0x8007 0643', 'the HRESULT with a space inside'],
    ['8007064 3', 'the bare HRESULT with a space inside'],
    ['0x00000643', 'hex padded with zeros'],
  ])('reads %j (%s) as 1603 only', (typed) => {
    expect(readErrorCode(typed)).toEqual([1603]);
  });

  it('reads "1603" as decimal 1603 first, then as hex 0x1603 (5635)', () => {
    expect(readErrorCode('1603')).toEqual([1603, 5635]);
  });

  it('reads "643" as decimal 643 first, then as hex 0x643 (1603)', () => {
    expect(readErrorCode('643')).toEqual([643, 1603]);
  });

  it.each(['  0x643  ', '\t0x80070643\n', ' -2147023293 '])(
    'ignores the whitespace around %j',
    (typed) => {
      expect(readErrorCode(typed)).toEqual([1603]);
    },
  );

  it('ignores the whitespace around a bare number and still gives both readings', () => {
    expect(readErrorCode('  643 ')).toEqual([643, 1603]);
  });
});

describe('readErrorCode on other values', () => {
  it('reads "0x64" as 100, not as 1603', () => {
    expect(readErrorCode('0x64')).toEqual([100]);
  });

  it('gives a bare number whose hex reading is the same number only once', () => {
    expect(readErrorCode('7')).toEqual([7]);
  });

  it('reads the HRESULT of another Win32 error (0x80070005, access denied) as 5', () => {
    expect(readErrorCode('0x80070005')).toEqual([5]);
  });

  it.each([
    ['0x80004005', 'E_FAIL'],
    ['0x80240022', 'a Windows Update agent error'],
    ['0x00010643', 'a value above 16 bits that is no HRESULT'],
    ['-2147467259', 'E_FAIL written signed'],
  ])('reads nothing from %j (%s), which is not a FACILITY_WIN32 HRESULT', (typed) => {
    expect(readErrorCode(typed)).toEqual([]);
  });

  it.each([
    ['', 'an empty string'],
    ['   ', 'only spaces'],
    ['abc', 'letters'],
    ['0x', 'a bare "0x"'],
    ['123456', 'six digits'],
    ['99999', 'a five-digit number above 16 bits in both readings'],
    ['1'.repeat(500), 'a very long digit string'],
    ['-1', 'a short negative number'],
    ['0x643 0x652', 'two codes at once'],
    ['error 0x643', 'a code with words around it'],
  ])('reads nothing from %j (%s)', (typed) => {
    expect(readErrorCode(typed)).toEqual([]);
  });
});

describe('readErrorCode on the forms of 1618', () => {
  it.each(['1618', '0x652', '652h', '0x80070652', '80070652', '-2147023278', '2147944018'])(
    'reads %j as 1618 first',
    (typed) => {
      expect(readErrorCode(typed)[0]).toBe(1618);
    },
  );
});

describe('parseErrorCode', () => {
  it('says how each form of 1603 was written', () => {
    expect(
      ['1603', '0x643', '643h', '0x80070643', '80070643', '-2147023293', '2147944003'].map(
        (typed) => {
          const parsed = parseErrorCode(typed);
          return parsed.status === 'number' ? parsed.form : parsed.status;
        },
      ),
    ).toEqual(['decimal', 'hex', 'hex', 'hresult', 'hresult', 'signed', 'unsigned']);
  });

  it('reads "2147943491" as 0x80070443, which carries Win32 code 1091, not 1603', () => {
    expect(readErrorCode('2147943491')).toEqual([1091]);
  });

  it('reads "64C", hex without "0x" that has a letter, as 0x64C (1612)', () => {
    expect(parseErrorCode('64C')).toEqual({
      status: 'number',
      value: 1612,
      form: 'hex',
      assumedBase: 'hexadecimal',
    });
  });

  it('calls the letters-only word "add" junk rather than hex 0xADD', () => {
    expect(parseErrorCode('add')).toEqual({ status: 'junk' });
  });

  it('reads "0x80070643" as the 32-bit value 2147944003', () => {
    expect(parseErrorCode('0x80070643')).toEqual({
      status: 'number',
      value: 2147944003,
      form: 'hresult',
    });
  });

  it('offers the hex reading of a bare "643": 1603', () => {
    expect(parseErrorCode('643')).toEqual({
      status: 'number',
      value: 643,
      form: 'decimal',
      hexReading: 1603,
      assumedBase: 'decimal',
    });
  });

  it('says which base it chose for a value written without one that reads both ways', () => {
    const bases = [
      '1e308',
      '80070643',
      '643',
      '2147944003',
      '0x643',
      '643h',
      '-2147023293',
      '7',
    ].map((typed) => {
      const parsed = parseErrorCode(typed);
      return parsed.status === 'number' ? (parsed.assumedBase ?? 'said') : parsed.status;
    });
    expect(bases).toEqual([
      'hexadecimal',
      'hexadecimal',
      'decimal',
      'decimal',
      'said',
      'said',
      'said',
      'said',
    ]);
  });

  it('reads the largest 32-bit values, 0xFFFFFFFF and 4294967295, as numbers', () => {
    expect([parseErrorCode('0xFFFFFFFF'), parseErrorCode('4294967295')]).toEqual([
      { status: 'number', value: 0xffffffff, form: 'hresult' },
      { status: 'number', value: 0xffffffff, form: 'unsigned', assumedBase: 'decimal' },
    ]);
  });

  it.each([
    ['0x100000000', 'nine hex digits'],
    ['0x123456789', 'nine hex digits that are not 1'],
    ['4294967296', 'one above 0xFFFFFFFF in decimal'],
    ['99999999999', 'eleven decimal digits'],
    ['-2147483649', 'one below the smallest signed 32-bit number'],
    ['1'.repeat(500), 'five hundred digits'],
  ])('says %j (%s) is too large', (typed) => {
    expect(parseErrorCode(typed)).toEqual({ status: 'overflow' });
  });

  it('reads -2147483648, the smallest signed 32-bit number, as 0x80000000', () => {
    expect(parseErrorCode('-2147483648')).toEqual({
      status: 'number',
      value: 0x80000000,
      form: 'signed',
    });
  });

  it.each([
    ['abc!', 'letters and punctuation'],
    ['0x', 'a bare "0x"'],
    ['0xG43', 'a letter that is no hex digit'],
    ['error 0x643', 'words around a code'],
    ['<script>alert(1)</script>', 'markup'],
    ['16.03', 'a decimal point'],
    ['--1603', 'two minus signs'],
  ])('calls %j (%s) junk', (typed) => {
    expect(parseErrorCode(typed)).toEqual({ status: 'junk' });
  });

  it.each(['', '   ', '\t\n'])('calls %j empty', (typed) => {
    expect(parseErrorCode(typed)).toEqual({ status: 'empty' });
  });
});

describe('win32CodeOf', () => {
  it('keeps a 16-bit value as the Win32 code itself', () => {
    expect(win32CodeOf(1603)).toBe(1603);
  });

  it('takes 1603 out of the FACILITY_WIN32 HRESULT 0x80070643', () => {
    expect(win32CodeOf(0x80070643)).toBe(1603);
  });

  it('finds no Win32 code in STG_E_FILENOTFOUND, 0x80030002', () => {
    expect(win32CodeOf(0x80030002)).toBeNull();
  });
});
