/**
 * The site's content with a second bulletin, MS10-070, and its updates as search lists them (KB
 * number, title), typed here from docs/research/ms10-070/facts.md so that search is tested on two
 * bulletins whatever src/content holds. Where src/content has them already, these take their place.
 */
import type { Collections } from '../../../../src/content-model/entries';
import { MS10_070_KBS } from '../../../fixtures/bulletin-kbs';
import { loadContent } from '../../content-model/load-content';

export const MS10_070 = {
  id: 'ms10-070',
  kb: '2418042',
  title: 'Vulnerability in ASP.NET Could Allow Information Disclosure',
};

/** The title each MS10-070 update gets here: its KB number makes it unique. */
export const ms10070UpdateTitle = (kb: string) => `Security update KB${kb} for ASP.NET`;

export function withSecondBulletin(): Collections {
  const content = loadContent();
  const [model] = content.bulletins;
  const [updateModel] = content.updates;
  const kbs = new Set(MS10_070_KBS);
  return {
    ...content,
    bulletins: [
      ...content.bulletins.filter((bulletin) => bulletin.id !== MS10_070.id),
      { id: MS10_070.id, data: { ...model.data, kb: MS10_070.kb, title: MS10_070.title } },
    ],
    updates: [
      ...content.updates.filter((update) => !kbs.has(update.data.kb)),
      ...MS10_070_KBS.map((kb) => ({
        id: kb,
        data: {
          ...updateModel.data,
          kb,
          title: ms10070UpdateTitle(kb),
          bulletin: { id: MS10_070.id, collection: 'bulletins' },
        },
      })),
    ],
  };
}

/** The site's content with MS09-061 alone, as it was before a second bulletin. */
export function withFirstBulletinOnly(): Collections {
  const content = loadContent();
  return {
    ...content,
    bulletins: content.bulletins.filter((bulletin) => bulletin.id === 'ms09-061'),
    updates: content.updates.filter((update) => update.data.bulletin.id === 'ms09-061'),
  };
}
