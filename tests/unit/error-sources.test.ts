import { describe, expect, it } from 'vitest';
import { needsUnconfirmedMark } from '../../src/lib/error-sources';

describe('needsUnconfirmedMark', () => {
  it('asks for the mark on facts from community logs', () => {
    expect(needsUnconfirmedMark('community-logs')).toBe(true);
  });

  it("asks for the mark on the research notes' own inferences", () => {
    expect(needsUnconfirmedMark('research-notes')).toBe(true);
  });

  it("does not ask for it on Microsoft's list of exit codes", () => {
    expect(needsUnconfirmedMark('msi-exit-codes')).toBe(false);
  });
});
