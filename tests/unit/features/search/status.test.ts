import { describe, expect, it } from 'vitest';
import { resultsStatus } from '../../../../src/features/search/status';

describe('resultsStatus', () => {
  it('says nothing was found for the words typed', () => {
    expect(resultsStatus({ query: 'zzz', shown: 0, total: 0, identifier: false })).toBe(
      'Nothing found for “zzz”.',
    );
  });

  it('under an identifier answer, says no other page was found', () => {
    expect(resultsStatus({ query: 'KB953297', shown: 0, total: 0, identifier: true })).toBe(
      'No other page found.',
    );
  });

  it('counts one page in the singular', () => {
    expect(resultsStatus({ query: 'x', shown: 1, total: 1, identifier: false })).toBe(
      '1 page found.',
    );
  });

  it('says how many of the pages found are shown when more wait', () => {
    expect(resultsStatus({ query: 'x', shown: 5, total: 12, identifier: false })).toBe(
      '12 pages found, 5 shown.',
    );
  });
});
