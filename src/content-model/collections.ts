/**
 * The one table of collections: each collection's folder under src/content, the extension of its
 * files and its schema. Astro's config (src/content.config.ts), the site's loader
 * (src/site/catalog.ts) and the unit tests' loader (tests/unit/content-model/load-content.ts) all
 * read it, so a new collection is one row here.
 */
import type { z } from 'astro/zod';
import { bulletinSchema } from './schemas/bulletin';
import { errorSchema } from './schemas/error';
import { frameworkSchema } from './schemas/framework';
import { guideSchema } from './schemas/guide';
import { operatingSystemSchema } from './schemas/operating-system';
import { updateSchema } from './schemas/update';

export const COLLECTIONS = {
  bulletins: { folder: 'bulletins', ext: '.yaml', schema: bulletinSchema },
  operatingSystems: { folder: 'operating-systems', ext: '.yaml', schema: operatingSystemSchema },
  frameworks: { folder: 'frameworks', ext: '.yaml', schema: frameworkSchema },
  updates: { folder: 'updates', ext: '.mdx', schema: updateSchema },
  guides: { folder: 'guides', ext: '.mdx', schema: () => guideSchema },
  // One file per number, named by its decimal form (1603.yaml): the page is /errors/1603/.
  errors: { folder: 'errors', ext: '.yaml', schema: () => errorSchema },
} as const;

export type CollectionName = keyof typeof COLLECTIONS;
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

/** The data of an entry of a collection, as its schema outputs it. */
export type CollectionData<Name extends CollectionName> = z.output<
  ReturnType<(typeof COLLECTIONS)[Name]['schema']>
>;
