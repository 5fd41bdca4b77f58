import { describe, expect, it } from 'vitest';
import {
  callErrorValue,
  dialogFields,
  evidenceOf,
} from '../../../../src/features/log-reader/evidence';

// Lines as logs write them (the engine prefix already removed, as lineMessage does), from the
// real logs under tests/fixtures/real-logs and the reference's examples.
describe('an error the installer showed or logged ranks first', () => {
  it('reads an Error line with its number and words', () => {
    expect(
      evidenceOf('Error 1310. Error writing to file: C:\\avcodec-57.dll.  System error 0.'),
    ).toEqual({
      kind: 'installer-error',
      rank: 1,
      code: 1310,
      text: 'Error writing to file: C:\\avcodec-57.dll.  System error 0.',
    });
  });

  it('reads the same error inside a product line, naming the product', () => {
    expect(
      evidenceOf(
        'Product: Merlin SIP -- Error 1714. The older version of Merlin SIP cannot be removed.  System Error 1620.',
      ),
    ).toMatchObject({ kind: 'installer-error', rank: 1, code: 1714, subject: 'Merlin SIP' });
  });

  it('reads an internal error the package caused', () => {
    expect(
      evidenceOf(
        "DEBUG: Error 2235:  Database: . Column 'Action' not present or ambiguous in SQL query: SELECT x",
      ),
    ).toEqual({
      kind: 'internal-error',
      rank: 1,
      code: 2235,
      text: "Database: . Column 'Action' not present or ambiguous in SQL query: SELECT x",
    });
  });

  it("reads the installer's dialog text with its arguments", () => {
    expect(
      evidenceOf(
        'The installer has encountered an unexpected error installing this package. This may indicate a problem with this package. The error code is 2235. The arguments are: , Action, SELECT `Feature` FROM `Feature`',
      ),
    ).toMatchObject({
      kind: 'error-dialog',
      rank: 1,
      code: 2235,
      arguments: ', Action, SELECT `Feature` FROM `Feature`',
    });
  });

  it('does not take Info or Warning lines for errors', () => {
    expect(
      evidenceOf(
        'Info 1603. The file C:\\x.dll is being held in use by the following process: Name: a, Id: 1.',
      ),
    ).toBeNull();
    expect(
      evidenceOf("Info 2898.For WixUI_Font_Normal textstyle, the system created a 'Tahoma' font."),
    ).toBeNull();
  });
});

describe("a product's own words rank second", () => {
  it('reads a product line that is neither a result nor an Installer error', () => {
    expect(
      evidenceOf(
        'Product: Node.js -- A later version of Node.js is already installed. Setup will now exit.',
      ),
    ).toEqual({
      kind: 'product-message',
      rank: 2,
      subject: 'Node.js',
      text: 'A later version of Node.js is already installed. Setup will now exit.',
    });
  });

  it('does not take the result line for a message', () => {
    expect(evidenceOf('Product: Node.js -- Installation failed.')).toBeNull();
    expect(evidenceOf('Product: Redball -- Installation completed successfully.')).toBeNull();
  });
});

describe('a custom action that failed ranks third', () => {
  it('names the custom action and its code', () => {
    expect(
      evidenceOf(
        'CustomAction InstallFluentdWinSvc returned actual error code 1603 (note this may not be 100% accurate if translation happened inside sandbox)',
      ),
    ).toMatchObject({
      kind: 'custom-action-failed',
      rank: 3,
      code: 1603,
      subject: 'InstallFluentdWinSvc',
    });
  });

  it('leaves out a custom action whose failure was translated to success', () => {
    expect(
      evidenceOf(
        'CustomAction CA_X returned actual error code 1603 but will be translated to success due to continue marking',
      ),
    ).toBeNull();
  });
});

describe("a call's own failure ranks fourth, its number decoded", () => {
  it('reads a WiX custom action error with its HRESULT and the Win32 code it carries', () => {
    expect(
      evidenceOf('WixQuietExec64:  Error 0x80070057: invalid command line property value'),
    ).toEqual({
      kind: 'call-failed',
      rank: 4,
      code: 0x80070057,
      win32: 87,
      subject: 'WixQuietExec64',
      text: 'invalid command line property value',
    });
  });

  it('reads a signed HRESULT as access denied', () => {
    expect(
      evidenceOf('SHELL32::SHGetKnownFolderPath failed with error: -2147024891'),
    ).toMatchObject({
      kind: 'call-failed',
      code: 0x80070005,
      win32: 5,
      subject: 'SHELL32::SHGetKnownFolderPath',
    });
  });

  it('reads GetLastError', () => {
    expect(evidenceOf('CreateFile failed. GetLastError = 5')).toMatchObject({
      kind: 'call-failed',
      code: 5,
      win32: 5,
    });
  });

  it('reads 0x80070430 as Win32 1072', () => {
    expect(
      evidenceOf('ScaExecuteServiceConfig:  Error 0x80070430: Cannot start service'),
    ).toMatchObject({ win32: 1072 });
  });

  it('takes no failure from a zero', () => {
    expect(evidenceOf('Something failed with error: 0')).toBeNull();
  });
});

describe('a note ranks last', () => {
  it('keeps its fields', () => {
    expect(evidenceOf('Note: 1: 2262 2: Error 3: -2147287038 ')).toMatchObject({
      kind: 'installer-note',
      rank: 5,
      code: 2262,
      fields: { 1: '2262', 2: 'Error', 3: '-2147287038' },
    });
  });
});

describe('callErrorValue', () => {
  it('reads signed, unsigned and hexadecimal forms as 32 bits', () => {
    expect(callErrorValue('-2147024891')).toBe(0x80070005);
    expect(callErrorValue('2147942405')).toBe(0x80070005);
    expect(callErrorValue('0x2')).toBe(2);
    expect(callErrorValue('99999999999')).toBeNull();
  });
});

describe('dialogFields', () => {
  it("fills the message's fields, the last taking the rest", () => {
    expect(
      dialogFields(
        ', Action, SELECT `a`, `b` FROM `c`',
        "Database: [2]. Column '[3]' not present or ambiguous in SQL query: [4].",
      ),
    ).toEqual({
      2: '',
      3: 'Action',
      4: 'SELECT `a`, `b` FROM `c`',
    });
  });
});
