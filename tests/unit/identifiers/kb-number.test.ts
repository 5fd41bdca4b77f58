import { describe, expect, it } from 'vitest';
import {
  formatKbNumber,
  isStoredKbNumber,
  parseKbNumber,
  readTypedKb,
} from '../../../src/identifiers/kb-number';

describe('parseKbNumber', () => {
  it.each(['KB953297', 'kb953297', 'KB 953297', 'Kb-953297', '953297', '  kb953297  '])(
    'reads %j as 953297',
    (typed) => {
      expect(parseKbNumber(typed)).toBe('953297');
    },
  );
  it.each(['KB95329', 'KB95329700', 'MS09-061', '', 'kb', '0x643'])('rejects %j', (typed) => {
    expect(parseKbNumber(typed)).toBeNull();
  });
});

describe('isStoredKbNumber and formatKbNumber', () => {
  it('stores digits only and shows the KB prefix', () => {
    expect(isStoredKbNumber('953297')).toBe(true);
    expect(isStoredKbNumber('KB953297')).toBe(false);
    expect(formatKbNumber('953297')).toBe('KB953297');
  });
});

describe('readTypedKb', () => {
  it('reads digits of any count, with or without the KB prefix', () => {
    expect(readTypedKb('KB95329')).toEqual({ prefixed: true, digits: '95329' });
    expect(readTypedKb('kb: 95329700')).toEqual({ prefixed: true, digits: '95329700' });
    expect(readTypedKb(' 1603 ')).toEqual({ prefixed: false, digits: '1603' });
  });
  it.each(['KB', 'KB95329x', 'reinstall', '0x643', ''])('finds no KB shape in %j', (typed) => {
    expect(readTypedKb(typed)).toBeNull();
  });
});
