import { describe, expect, it } from 'vitest';
import { loggedNumberTitle, returnedCodeTitle } from '../../../../src/features/errors/error-title';

describe('returnedCodeTitle', () => {
  it('titles 1603 with its hex form and its name', () => {
    expect(returnedCodeTitle(1603, 'ERROR_INSTALL_FAILURE')).toBe(
      'Error 1603 (0x643): ERROR_INSTALL_FAILURE',
    );
  });

  it('titles a code without a name by its number and hex form alone', () => {
    expect(returnedCodeTitle(3010, '')).toBe('Error 3010 (0xBC2)');
  });
});

describe('loggedNumberTitle', () => {
  it('titles a setup-log number with its level', () => {
    expect(loggedNumberTitle('Info', 2898)).toBe('Info 2898 in a setup log');
  });
});
