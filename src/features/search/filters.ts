/**
 * The choices of the search form's two filters, each the value Pagefind indexes: the page type
 * (src/site/page-types.ts) and the .NET version, named as pages name it in their filter.
 */
import type { FixTable } from '../fixes/fix-table';
import { PAGE_TYPES, type PageType } from '../../site/page-types';

export interface SearchFilters {
  types: readonly PageType[];
  frameworks: string[];
}

export function searchFilters(fixTable: Pick<FixTable, 'frameworks'>): SearchFilters {
  return {
    types: PAGE_TYPES,
    frameworks: fixTable.frameworks.map((framework) => framework.shortName),
  };
}
