import { describe, expect, it } from 'vitest';
import { buildFixTable } from '../../../../src/features/fixes/fix-table';
import { notAffectedItems } from '../../../../src/features/bulletins/not-affected';
import { loadContent } from '../../content-model/load-content';

const content = loadContent();
const items = notAffectedItems(content, buildFixTable(content, 'ms09-061'), 'ms09-061');

// The "Not affected" table of the facts file (section 2), and the 2.0 level each Windows brings (section 12).
describe('notAffectedItems', () => {
  it("has one item per row of the bulletin's list of .NET versions not affected", () => {
    expect(items).toHaveLength(5);
  });

  it('names .NET 3.0, 3.0 SP1, 3.0 SP2 and 3.5.1 as not affected on every supported Windows', () => {
    expect(items[0]).toBe(
      '.NET Framework 3.0, .NET Framework 3.0 Service Pack 1, .NET Framework 3.0 Service Pack 2 and .NET Framework 3.5.1: On all supported versions of Windows',
    );
  });

  it('explains 3.5 on Vista SP1, 32-bit and x64 in one sentence: it runs on the 2.0 SP1 of Windows, which KB974291 fixes', () => {
    expect(items[1]).toBe(
      'The bulletin lists .NET Framework 3.5 as not affected on Windows Vista Service Pack 1 (32-bit) and Windows Vista x64 Service Pack 1: ' +
        "the .NET 2.0 SP1 it runs on is part of Windows there, and KB974291 above is the update for that (this site's reading of the bulletin's table).",
    );
  });

  it('explains 3.5 and 3.5 SP1 on Vista SP2 together: both run on the 2.0 SP2 of Windows, which KB974470 fixes', () => {
    expect(items[2]).toMatch(
      /^The bulletin lists .NET Framework 3\.5 and .NET Framework 3\.5 Service Pack 1 as not affected on Windows Vista Service Pack 2 \(32-bit\) and Windows Vista x64 Service Pack 2: the .NET 2\.0 SP2 it runs on is part of Windows there, and KB974470 /,
    );
  });

  it('explains 3.5 on the three Server 2008 RTM editions with KB974291, and 3.5 and 3.5 SP1 on Server 2008 SP2 with KB974470', () => {
    expect(items[3]).toMatch(
      /^The bulletin lists .NET Framework 3\.5 as not affected on Windows Server 2008 32-bit \(no service pack\), Windows Server 2008 x64 \(no service pack\) and Windows Server 2008 for Itanium \(no service pack\): .* KB974291 /,
    );
    expect(items[4]).toMatch(
      /Windows Server 2008 for Itanium Service Pack 2: the .NET 2\.0 SP2 it runs on is part of Windows there, and KB974470 /,
    );
  });
});
