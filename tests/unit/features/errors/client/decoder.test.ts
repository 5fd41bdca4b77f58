import { describe, expect, it } from 'vitest';
import { buildErrorCatalogue } from '../../../../../src/features/errors/error-catalogue';
import { decodeErrorCode } from '../../../../../src/features/errors/decoder';
import { loadContent } from '../../../content-model/load-content';

const catalogue = buildErrorCatalogue(loadContent().errors.map((entry) => entry.data));
const decode = (typed: string) => decodeErrorCode(typed, catalogue);

/** 1603 in every form (research notes, section 1.1; the unsigned form is 0x80070643 read unsigned). */
const FORMS_OF_1603 = [
  '1603',
  '0x643',
  '643h',
  '0x80070643',
  '80070643',
  '-2147023293',
  '2147944003',
  ' 0X8007 0643 ',
  '0x0643',
];
const ROWS_OF_1603 = [
  { label: 'Decimal', value: '1603' },
  { label: 'Hexadecimal', value: '0x643' },
  { label: 'HRESULT', value: '0x80070643' },
  { label: 'HRESULT as a signed number', value: '-2147023293' },
  { label: 'HRESULT as an unsigned number', value: '2147944003' },
];

describe('decodeErrorCode on the forms of 1603', () => {
  it.each(FORMS_OF_1603)('decodes %j to the page of 1603', (typed) => {
    const answer = decode(typed);
    expect(answer.status === 'decoded' && answer.entry?.url).toBe('/errors/1603/');
  });

  it.each(FORMS_OF_1603)('shows the decimal, hex and HRESULT forms of 1603 for %j', (typed) => {
    const answer = decode(typed);
    expect(answer.status === 'decoded' && answer.rows).toEqual(ROWS_OF_1603);
  });

  it('splits the HRESULT of 1603 into severity 1, facility 7 (FACILITY_WIN32) and code 0x643', () => {
    const answer = decode('0x80070643');
    expect(answer.status === 'decoded' && answer.parts).toEqual({
      severity: 1,
      facility: 7,
      facilityName: 'FACILITY_WIN32',
      code: 0x643,
    });
  });

  it('says in one sentence that 0x80070643 is ERROR_INSTALL_FAILURE', () => {
    const answer = decode('0x80070643');
    expect(answer.status === 'decoded' && answer.headline).toBe(
      '0x80070643 is Error 1603 (0x643): ERROR_INSTALL_FAILURE.',
    );
  });

  it('gives both meanings of 1603: the exit code and the Info line of a log', () => {
    const answer = decode('1603');
    expect(answer.status === 'decoded' && answer.entry?.meanings.map((m) => m.heading)).toEqual([
      'As an exit code: ERROR_INSTALL_FAILURE',
      'In a setup log: Info 1603.',
    ]);
  });
});

describe('decodeErrorCode on other numbers', () => {
  it.each(['1618', '0x652', '0x80070652', '-2147023278'])(
    'decodes %j to ERROR_INSTALL_ALREADY_RUNNING',
    (typed) => {
      const answer = decode(typed);
      expect(answer.status === 'decoded' && answer.entry?.meanings[0]).toMatchObject({
        name: 'ERROR_INSTALL_ALREADY_RUNNING',
      });
    },
  );

  it('points a bare "643" at 1603, its hex reading, since 643 itself has no page', () => {
    const answer = decode('643');
    expect(answer.status === 'decoded' && [answer.entry, answer.hexReading?.url]).toEqual([
      undefined,
      '/errors/1603/',
    ]);
  });

  it('decodes 2147943491 as 0x80070443, Win32 code 1091, which has no page', () => {
    const answer = decode('2147943491');
    expect(answer.status === 'decoded' && [answer.hresult, answer.win32, answer.entry]).toEqual([
      '0x80070443',
      1091,
      undefined,
    ]);
  });

  it('says an unknown Win32 code has no page here, with its forms', () => {
    const answer = decode('0x4D2');
    expect(answer.status === 'decoded' && answer.headline).toBe(
      '0x4D2 is Win32 code 1234 (0x4D2). This site has no page for it: the sources it relies on do not explain it.',
    );
  });

  it('has no page for 1655, which no source documents', () => {
    const answer = decode('1655');
    expect(answer.status === 'decoded' && answer.entry).toBeUndefined();
  });

  it('names STG_E_FILENOTFOUND for the signed HRESULT -2147287038 a log prints', () => {
    const answer = decode('-2147287038');
    expect(
      answer.status === 'decoded' && [answer.hresult, answer.namedHresult?.name, answer.win32],
    ).toEqual(['0x80030002', 'STG_E_FILENOTFOUND', null]);
  });

  it('splits STG_E_FILENOTFOUND into facility 3, with no facility name', () => {
    const answer = decode('0x80030002');
    expect(answer.status === 'decoded' && answer.parts).toEqual({
      severity: 1,
      facility: 3,
      code: 2,
    });
  });

  it('decodes an HRESULT the site does not know numerically and says so', () => {
    const answer = decode('0x80004005');
    expect(answer.status === 'decoded' && answer.headline).toBe(
      '0x80004005 is the HRESULT 0x80004005. It carries no Win32 code, and this site does not know its meaning.',
    );
  });

  it('decodes E_ACCESSDENIED, 0x80070005, as Win32 error 5 with its HRESULT name', () => {
    const answer = decode('0x80070005');
    expect(answer.status === 'decoded' && [answer.entry?.url, answer.namedHresult?.name]).toEqual([
      '/errors/5/',
      'E_ACCESSDENIED',
    ]);
  });

  it('keeps 0 as HRESULT 0x0, as HRESULT_FROM_WIN32 passes zero through', () => {
    const answer = decode('0');
    expect(answer.status === 'decoded' && answer.hresult).toBe('0x0');
  });
});

describe('decodeErrorCode on a value typed without its base', () => {
  const note = (typed: string) => {
    const answer = decode(typed);
    return answer.status === 'decoded' ? answer.readingNote : answer.status;
  };

  it('says "1e308" was read as hexadecimal 0x1E308, not as a power of ten', () => {
    expect(note('1e308')).toBe(
      'Read as the hexadecimal number 0x1E308, though typed without “0x”.',
    );
  });

  it('says the bare digits "80070643" were read as hexadecimal', () => {
    expect(note('80070643')).toBe(
      'Read as the hexadecimal number 0x80070643, though typed without “0x”.',
    );
  });

  it('says the bare digits "643" were read as decimal, and how to mean hexadecimal', () => {
    expect(note('643')).toBe(
      'Read as the decimal number 643. Meant as hexadecimal? Type it with “0x” in front.',
    );
  });

  it('says nothing of a base the value gave itself, or of one digit', () => {
    expect(['0x643', '643h', '-2147023293', '7'].map(note)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe('decodeErrorCode on bad input', () => {
  it('answers nothing for an empty field', () => {
    expect(decode('  ')).toEqual({ status: 'empty' });
  });

  it('says junk is not an error code and shows what to type', () => {
    expect(decode('setup failed')).toEqual({
      status: 'junk',
      message:
        '“setup failed” is not an error code. Type one number, such as 1603, 0x643, 0x80070643 or -2147023293.',
    });
  });

  it('says a number above 32 bits is too large', () => {
    expect(decode('0x180070643')).toEqual({
      status: 'overflow',
      message:
        '“0x180070643” is too large: error codes fit in 32 bits, at most 0xFFFFFFFF (8 hex digits) or 4294967295 (10 decimal digits). Type one number, such as 1603, 0x643, 0x80070643 or -2147023293.',
    });
  });

  it('shortens a long value in its message to 40 characters and its length', () => {
    const answer = decode('9'.repeat(300));
    expect(
      answer.status === 'overflow' &&
        answer.message.startsWith(`“${'9'.repeat(40)}… (300 characters)”`),
    ).toBe(true);
  });

  it('keeps markup in a message as the very characters typed, for the page to show as text', () => {
    const answer = decode('<img src=x onerror=alert(1)>');
    expect(answer.status === 'junk' && answer.message).toContain('“<img src=x onerror=alert(1)>”');
  });
});
