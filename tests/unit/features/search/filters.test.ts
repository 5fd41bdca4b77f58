import { describe, expect, it } from 'vitest';
import { buildFixTable } from '../../../../src/features/fixes/fix-table';
import { searchFilters } from '../../../../src/features/search/filters';
import { loadContent } from '../../content-model/load-content';

const filters = searchFilters(buildFixTable(loadContent(), 'ms09-061'));

describe('searchFilters', () => {
  it('offers every page type a result can have', () => {
    expect([...filters.types]).toEqual(['Update', 'Fix', 'Error', 'Guide', 'Tool', 'Bulletin']);
  });

  it('offers .NET 1.1 SP1 and 3.5 SP1, which the bulletin lists', () => {
    expect(filters.frameworks).toEqual(expect.arrayContaining(['1.1 SP1', '3.5 SP1']));
  });
});
