/**
 * What the search page offers where search cannot run (no JavaScript): the lists that link every
 * page search finds, so that a visitor finds the page by reading instead of typing. The pages are
 * not listed one by one: 150 links would be more than a kilobyte of every visit to the search page,
 * which must arrive, with the answer to a query in its address, in one round trip (14 KB).
 */
import { errorIndexPath, errorLogIndexPath, guideIndexPath, updateIndexPath } from './routes';

export interface DirectoryLink {
  href: string;
  label: string;
}

/** Updates, the two error lists (exit codes first: Windows Update reports one) and the guides. */
export function searchDirectory(): DirectoryLink[] {
  return [
    { href: updateIndexPath, label: 'Every MS09-061 update' },
    { href: errorIndexPath, label: 'Exit codes, 0x643 (1603) among them' },
    { href: errorLogIndexPath, label: 'Numbers in setup logs' },
    { href: guideIndexPath, label: 'Troubleshooting guides' },
  ];
}
