import { describe, expect, it } from 'vitest';
import { needsUnconfirmedMark, sourceNoteText } from '../../../src/content-model/error-sources';

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

describe('sourceNoteText', () => {
  it("names a source read through an archive copy as Microsoft's, with a capital M", () => {
    expect(sourceNoteText('kb951950')).toBe(
      'Source: KB 951950: a missing cached patch makes .NET Framework 2.0 SP1 setup fail, Microsoft (archive copy)',
    );
  });

  it('credits arithmetic on the HRESULT rule to the site, not to Microsoft', () => {
    expect(sourceNoteText('hresult-arithmetic')).toBe("Source: This site's own arithmetic");
  });

  it('says which bulletin the research notes were written for, which their title does not', () => {
    expect(sourceNoteText('research-notes')).toBe(
      "Source: The research notes' own reading (written for MS09-061), community",
    );
  });

  it('names the bulletin once where the title names it already', () => {
    expect(sourceNoteText('setup-team-ms09-061')).toBe(
      'Source: Suggestions for resolving installation errors for .NET Framework security update MS09-061',
    );
  });

  it("adds nothing to the title of Microsoft's own text", () => {
    expect(sourceNoteText('kb976982')).toBe(
      'Source: KB 976982: error 0x80070643 installing a .NET Framework update',
    );
  });
});
