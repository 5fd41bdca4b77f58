import { describe, expect, it } from 'vitest';
import { inlineCodeParts } from '../../../src/site/inline-code';

describe('inlineCodeParts', () => {
  it('marks the text between backticks as code', () => {
    expect(inlineCodeParts('Search for `return value 3` in the log.')).toEqual([
      { text: 'Search for ', code: false },
      { text: 'return value 3', code: true },
      { text: ' in the log.', code: false },
    ]);
  });

  it('keeps text without backticks as one plain part', () => {
    expect(inlineCodeParts('Access is denied.')).toEqual([
      { text: 'Access is denied.', code: false },
    ]);
  });

  it('keeps angle brackets as characters, not markup', () => {
    expect(inlineCodeParts('`<path>.mst`')).toEqual([{ text: '<path>.mst', code: true }]);
  });
});
