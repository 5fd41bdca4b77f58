/**
 * What the search page offers where search cannot run (no JavaScript): every page search finds,
 * by name and grouped, so that a visitor finds the page by reading instead of typing, and the
 * lists and the finder that explain them. With JavaScript the whole block is hidden before first
 * paint (src/site/client/starter.js sets html[data-js]); it is written into the page, not fetched, so
 * it counts in the search page's one round trip (14 KB, tools/budgets/).
 */
import type { ErrorEntry, Guide, Update } from '../../content-model/entries';
import { errorIndexGroups } from '../errors/error-pages';
import { bulletinList } from '../../identifiers/bulletin-id';
import { formatKbNumber } from '../../identifiers/kb-number';
import {
  errorIndexPath,
  errorLogIndexPath,
  errorPath,
  finderPath,
  guideIndexPath,
  guidePath,
  updateIndexPath,
  updatePath,
} from '../../site/routes';

export interface DirectoryLink {
  href: string;
  label: string;
}

export interface DirectoryGroup {
  heading: string;
  links: DirectoryLink[];
}

/**
 * The finder, then the lists: updates (of the bulletins given, by id), the two error lists (exit
 * codes first: Windows Update reports one) and the guides.
 */
export function directoryLists(bulletinIds: string[]): DirectoryLink[] {
  return [
    { href: finderPath(), label: 'Fix finder: which update your Windows needs' },
    { href: updateIndexPath, label: `Every update of ${bulletinList(bulletinIds)}` },
    { href: errorIndexPath, label: 'Exit codes, 0x643 (1603) among them' },
    { href: errorLogIndexPath, label: 'Numbers in setup logs' },
    { href: guideIndexPath, label: 'Troubleshooting guides' },
  ];
}

export interface DirectoryContent {
  /** In the order the update list shows them. */
  updates: Update[];
  errors: ErrorEntry[];
  /** In the order the guide list shows them. */
  guides: { id: string; data: Guide }[];
}

/**
 * Every update, every error page under each kind of meaning it has (as the two error lists group
 * them: a number with two meanings is under both), and every guide.
 */
export function searchDirectory({ updates, errors, guides }: DirectoryContent): DirectoryGroup[] {
  const errorGroups = errorIndexGroups(errors).map(({ kind, heading, entries }) => ({
    heading,
    links: entries.map((entry) => {
      const meaning = entry.meanings.find((m) => m.kind === kind)!;
      // The number as text, so that only a missing name is left out: code 0 is a number like any other.
      const label =
        meaning.kind === 'log-message'
          ? `${meaning.level} ${entry.code}`
          : [String(entry.code), meaning.name].filter(Boolean).join(' ');
      return { href: errorPath(entry.code), label };
    }),
  }));
  return [
    {
      heading: 'Updates',
      // By KB number alone, which is what a visitor has: with titles, the list outgrew the page's
      // one round trip once a second bulletin's updates joined it; each page gives its title.
      links: updates.map((update) => ({
        href: updatePath(update.kb),
        label: formatKbNumber(update.kb),
      })),
    },
    ...errorGroups,
    {
      heading: 'Guides',
      links: guides.map((guide) => ({ href: guidePath(guide.id), label: guide.data.title })),
    },
  ];
}
