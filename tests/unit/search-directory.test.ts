import { describe, expect, it } from 'vitest';
import { searchDirectory } from '../../src/lib/search-directory';

describe('searchDirectory', () => {
  it('links the update list, the two error lists (exit codes, with 0x643 which is 1603, then numbers in setup logs) and the guides', () => {
    expect(searchDirectory()).toEqual([
      { href: '/kb/', label: 'Every MS09-061 update' },
      { href: '/errors/', label: 'Exit codes, 0x643 (1603) among them' },
      { href: '/errors/in-logs/', label: 'Numbers in setup logs' },
      { href: '/guides/', label: 'Troubleshooting guides' },
    ]);
  });
});
