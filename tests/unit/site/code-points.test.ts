import { describe, expect, it } from 'vitest';
import { firstCodePoints } from '../../../src/site/code-points';

describe('firstCodePoints', () => {
  it('keeps an emoji whole when the cut falls right after it', () => {
    expect(firstCodePoints(`${'a'.repeat(199)}🙂 and more`, 200)).toBe(`${'a'.repeat(199)}🙂`);
  });

  it('leaves text that can be put in an address: no lone surrogate after the cut', () => {
    const cut = firstCodePoints(`${'a'.repeat(199)}🙂🙂`, 200);
    expect(() => encodeURIComponent(cut)).not.toThrow();
  });

  it('counts an emoji as one character, not two', () => {
    expect(firstCodePoints('🙂🙂🙂', 2)).toBe('🙂🙂');
  });

  it('returns short text unchanged', () => {
    expect(firstCodePoints('KB953297', 200)).toBe('KB953297');
  });

  it('returns nothing for a count of zero', () => {
    expect(firstCodePoints('KB953297', 0)).toBe('');
  });
});
