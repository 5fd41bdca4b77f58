import { describe, expect, it } from 'vitest';
import { errorCodeForms, hresultFromWin32, hresultParts } from '../../../src/identifiers/hresult';

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

  it('writes 1603 as the unsigned HRESULT "2147944003"', () => {
    expect(forms.unsigned).toBe('2147944003');
  });

  it('gives exactly these five forms and nothing else', () => {
    expect(forms).toEqual({
      decimal: '1603',
      hex: '0x643',
      hresult: '0x80070643',
      signed: '-2147023293',
      unsigned: '2147944003',
    });
  });

  it('writes 1618 in hex as "0x652" and as the HRESULT "0x80070652"', () => {
    expect([errorCodeForms(1618).hex, errorCodeForms(1618).hresult]).toEqual([
      '0x652',
      '0x80070652',
    ]);
  });

  it('writes 1612 with upper-case hex digits: "0x64C" and "0x8007064C"', () => {
    expect([errorCodeForms(1612).hex, errorCodeForms(1612).hresult]).toEqual([
      '0x64C',
      '0x8007064C',
    ]);
  });

  it('leaves 0 as 0 in the HRESULT form, as HRESULT_FROM_WIN32 passes zero through', () => {
    expect(errorCodeForms(0)).toEqual({
      decimal: '0',
      hex: '0x0',
      hresult: '0x0',
      signed: '0',
      unsigned: '0',
    });
  });
});

describe('hresultFromWin32', () => {
  it('turns 1603 into 0x80070643', () => {
    expect(hresultFromWin32(1603)).toBe(0x80070643);
  });

  it('turns 5 into 0x80070005 (E_ACCESSDENIED)', () => {
    expect(hresultFromWin32(5)).toBe(0x80070005);
  });
});

describe('hresultParts', () => {
  it('splits 0x80070643 into severity 1, facility 7 (FACILITY_WIN32) and code 0x643', () => {
    expect(hresultParts(0x80070643)).toEqual({
      severity: 1,
      facility: 7,
      facilityName: 'FACILITY_WIN32',
      code: 0x643,
    });
  });

  it('splits 0x80030002 into severity 1, facility 3 (unnamed) and code 2', () => {
    expect(hresultParts(0x80030002)).toEqual({ severity: 1, facility: 3, code: 2 });
  });

  it('gives severity 0 to a value without the top bit', () => {
    expect(hresultParts(0x00010643).severity).toBe(0);
  });
});
