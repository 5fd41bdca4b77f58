/**
 * The preview cards a pasted link shows: one picture per page that names a fix, saying which
 * package it is, what it fixes and the Windows it is for. Each kind of page contributes a list;
 * src/features/previews/site-cards.ts joins the lists, and the image route draws one PNG per card.
 */
import type { Entry, OperatingSystem, Update } from '../../content-model/entries';
import type { ErrorEntry } from '../../content-model/schemas/error';
import { errorSummary, errorTitle } from '../errors/error-pages';
import type { Fix } from '../fixes/fix-table';
import { formatKbNumber } from '../../identifiers/kb-number';
import { listInWords } from '../bulletins/revisions';
import { fixPath, errorPath, updatePath } from '../../site/routes';

/** The size Open Graph and Twitter's large card ask for. */
export const OG_IMAGE_SIZE = { width: 1200, height: 630 } as const;

export interface OgCard {
  /** The page the card previews, base path included. */
  pagePath: string;
  /** The big line: the package ("KB123456"). */
  heading: string;
  /** What it fixes. */
  title: string;
  /** The Windows it is for (on an error page: what the page tells). */
  windows: string;
  /** The picture's text alternative. */
  alt: string;
}

const card = (pagePath: string, heading: string, title: string, windows: string): OgCard => ({
  pagePath,
  heading,
  title,
  windows,
  alt: `${heading}: ${title}. ${windows}.`,
});

/** The Windows families a package serves, in the order its rows list them: "Windows 2000, Windows XP". */
export function windowsFamilies(
  update: Update,
  operatingSystems: Entry<OperatingSystem>[],
): string[] {
  const family = new Map(operatingSystems.map((os) => [os.id, os.data.family]));
  const families = update.serves.flatMap((row) => row.os.map((os) => family.get(os.id) ?? os.id));
  return [
    ...new Set(families.length > 0 ? families : update.otherPlatforms.map((row) => row.platform)),
  ];
}

export function updateCards(
  updates: Entry<Update>[],
  operatingSystems: Entry<OperatingSystem>[],
): OgCard[] {
  return updates.map(({ data }) =>
    card(
      updatePath(data.kb),
      formatKbNumber(data.kb),
      data.title,
      `For ${windowsFamilies(data, operatingSystems).join(', ')}`,
    ),
  );
}

export function fixCards(fixes: Fix[]): OgCard[] {
  return fixes.map(({ bulletin, os, framework, answer, note }) =>
    card(
      fixPath(bulletin.id, os.id, framework.id),
      listInWords(answer.kbs.map(formatKbNumber)),
      `The ${bulletin.code} ${answer.kbs.length > 1 ? 'updates' : 'update'} for ${framework.name}`,
      // The bulletin's note limits some rows to a few editions (two editions of Windows XP, say); the
      // card says so as the page does, or it would promise the update to every edition.
      note ? `For ${os.name}. ${note.replace(/\.$/, '')}` : `For ${os.name}`,
    ),
  );
}

export function errorCards(errors: Entry<ErrorEntry>[]): OgCard[] {
  return errors.map(({ data }) =>
    card(
      errorPath(data.code),
      errorTitle(data),
      errorSummary(data),
      'What it means for a .NET security update, and what to do',
    ),
  );
}
