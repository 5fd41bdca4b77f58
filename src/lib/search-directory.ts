/**
 * What the search page lists where search cannot run (no JavaScript): every update, error and
 * guide page, as links, so that a visitor finds the page by reading instead of typing.
 */
import type { Collections } from './content-model';
import { formatKbNumber } from './kb-number';
import { errorPath, guidePath, kbPath } from './routes';

export interface DirectoryLink {
  href: string;
  label: string;
}

export interface DirectoryGroup {
  heading: string;
  links: DirectoryLink[];
}

/** Updates by KB number, errors by code, guides in their reading order. */
export function searchDirectory(content: Pick<Collections, 'updates' | 'errors' | 'guides'>): DirectoryGroup[] {
  return [
    {
      heading: 'Updates',
      links: content.updates
        .map(({ data }) => data.kb)
        .toSorted()
        .map((kb) => ({ href: kbPath(kb), label: formatKbNumber(kb) })),
    },
    {
      heading: 'Error codes',
      links: content.errors
        .map(({ data }) => data)
        .toSorted((a, b) => a.code - b.code)
        .map((error) => ({ href: errorPath(error.code), label: `${error.code} (${error.hex})` })),
    },
    {
      heading: 'Guides',
      links: content.guides
        .toSorted((a, b) => a.data.order - b.data.order)
        .map((guide) => ({ href: guidePath(guide.id), label: guide.data.title })),
    },
  ];
}
