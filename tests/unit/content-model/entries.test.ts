import { describe, expect, it } from 'vitest';
import { bulletinEntry } from '../../../src/content-model/entries';
import { loadContent } from './load-content';

describe('bulletinEntry', () => {
  it('finds MS09-061, version 1.4 in the reference', () => {
    const bulletin = bulletinEntry(loadContent(), 'ms09-061');
    expect(bulletin.id).toBe('ms09-061');
    expect(bulletin.data.version).toBe('1.4');
  });

  it('names a bulletin the content does not have', () => {
    expect(() => bulletinEntry(loadContent(), 'ms09-999')).toThrow(
      'No bulletin "ms09-999" in src/content/bulletins',
    );
  });
});
