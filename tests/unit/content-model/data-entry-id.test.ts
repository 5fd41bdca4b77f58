import { describe, expect, it } from 'vitest';
import { dataEntryId } from '../../../src/content-model/data-entry-id';

const idOf = dataEntryId('src/content/operating-systems');

describe('dataEntryId', () => {
  it('names the id after the file, without .yaml', () => {
    expect(idOf({ entry: 'windows-xp-sp2-sp3-x86.yaml', data: { name: 'Windows XP' } })).toBe(
      'windows-xp-sp2-sp3-x86',
    );
  });

  it('refuses an empty file, naming it and saying it is empty', () => {
    expect(() => idOf({ entry: 'windows-empty.yaml', data: undefined })).toThrow(
      'src/content/operating-systems/windows-empty.yaml is empty',
    );
  });

  it('refuses a file that holds only a YAML null', () => {
    expect(() => idOf({ entry: 'windows-null.yaml', data: null })).toThrow(
      'src/content/operating-systems/windows-null.yaml is empty',
    );
  });
});
