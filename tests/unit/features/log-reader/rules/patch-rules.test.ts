import { describe, expect, it } from 'vitest';
import {
  findMissingLocalPatch,
  findResolvingPatchSource,
} from '../../../../../src/features/log-reader/rules/patch-rules';
import { readLine } from './recording-account';

describe('findMissingLocalPatch', () => {
  it('keeps and remembers the missing cached patch', () => {
    const missing = { kind: 'missing-local-patch', subject: 'C:\\WINDOWS\\Installer\\1a2b.msp' };
    expect(
      readLine(
        findMissingLocalPatch,
        "MSI (s) (4C:D4) [16:44:54:463]: Couldn't find local patch 'C:\\WINDOWS\\Installer\\1a2b.msp'. Looking for it at its source.",
      ),
    ).toEqual({
      claimed: true,
      told: [['keep', missing]],
    });
  });
  it('does not claim other lines', () => {
    expect(readLine(findMissingLocalPatch, 'Resolving Patch source.').claimed).toBe(false);
  });
});

describe('findResolvingPatchSource', () => {
  it('keeps and remembers the search for a patch source', () => {
    const resolving = { kind: 'resolving-patch-source' };
    expect(
      readLine(findResolvingPatchSource, 'MSI (s) (4C:D4) [16:44:54:463]: Resolving Patch source.'),
    ).toEqual({
      claimed: true,
      told: [['keep', resolving]],
    });
  });
  it('does not claim other lines', () => {
    expect(readLine(findResolvingPatchSource, 'Resolving source.').claimed).toBe(false);
  });
});
