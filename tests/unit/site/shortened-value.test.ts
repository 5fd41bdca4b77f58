import { describe, expect, it } from 'vitest';
import { shortenedForDisplay } from '../../../src/site/shortened-value';

describe('shortenedForDisplay', () => {
  it('shows a long value by its first 40 characters and its length', () => {
    expect(shortenedForDisplay('1'.repeat(10_000))).toBe(`${'1'.repeat(40)}… (10,000 characters)`);
  });

  it('leaves a value of 40 characters or fewer whole', () => {
    expect(shortenedForDisplay('0x80070643')).toBe('0x80070643');
    expect(shortenedForDisplay('a'.repeat(40))).toBe('a'.repeat(40));
  });

  it('counts an emoji as one character and never splits it', () => {
    expect(shortenedForDisplay('🙂'.repeat(41))).toBe(`${'🙂'.repeat(40)}… (41 characters)`);
  });
});
