import { describe, expect, it } from 'vitest';
import { errorCodeForms, readErrorCode } from '../../src/lib/error-code';

describe('errorCodeForms', () => {
  const forms = errorCodeForms(1603);

  it('writes 1603 in decimal as "1603"', () => {
    expect(forms.decimal).toBe('1603');
  });

  it('writes 1603 in hex as "0x643"', () => {
    expect(forms.hex).toBe('0x643');
  });

  it('writes 1603 as the Windows Update HRESULT "0x80070643"', () => {
    expect(forms.hresult).toBe('0x80070643');
  });

  it('writes 1603 as the signed HRESULT "-2147023293"', () => {
    expect(forms.signed).toBe('-2147023293');
  });

  it('gives exactly these four forms and nothing else', () => {
    expect(forms).toEqual({ decimal: '1603', hex: '0x643', hresult: '0x80070643', signed: '-2147023293' });
  });
});

describe('readErrorCode on the forms of 1603', () => {
  it.each([
    ['0x643', 'the hex form'],
    ['0X643', 'the hex form with a capital X'],
    ['0x80070643', 'the HRESULT'],
    ['0X80070643', 'the HRESULT with a capital X'],
    ['80070643', 'the HRESULT without "0x"'],
    ['-2147023293', 'the signed HRESULT'],
  ])('reads %j (%s) as 1603 only', (typed) => {
    expect(readErrorCode(typed)).toEqual([1603]);
  });

  it('reads "1603" as decimal 1603 first, then as hex 0x1603 (5635)', () => {
    expect(readErrorCode('1603')).toEqual([1603, 5635]);
  });

  it('reads "643" as decimal 643 first, then as hex 0x643 (1603)', () => {
    expect(readErrorCode('643')).toEqual([643, 1603]);
  });

  it.each(['  0x643  ', '\t0x80070643\n', ' -2147023293 '])('ignores the whitespace around %j', (typed) => {
    expect(readErrorCode(typed)).toEqual([1603]);
  });

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
    ['0x123456789', 'nine hex digits'],
    ['123456', 'six digits'],
    ['99999', 'a five-digit number above 16 bits in both readings'],
    ['1'.repeat(500), 'a very long digit string'],
    ['-1', 'a short negative number'],
    ['0x643 1603', 'two codes at once'],
    ['error 0x643', 'a code with words around it'],
  ])('reads nothing from %j (%s)', (typed) => {
    expect(readErrorCode(typed)).toEqual([]);
  });
});
