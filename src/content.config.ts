import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { dataEntryId } from './lib/data-entry-id';
import { bulletinSchema } from './schemas/bulletin';
import { errorSchema } from './schemas/error';
import { frameworkSchema } from './schemas/framework';
import { guideSchema } from './schemas/guide';
import { operatingSystemSchema } from './schemas/operating-system';
import { updateSchema } from './schemas/update';

// Schemas live in src/schemas so unit tests can exercise them; rules that span entries
// (unique KBs, references that resolve, coverage of the bulletin) are in src/lib/content-rules.ts
// and run when src/data/catalog.ts first loads the collections.

const bulletins = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './src/content/bulletins', generateId: dataEntryId('src/content/bulletins') }),
  schema: bulletinSchema(reference),
});

const operatingSystems = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './src/content/operating-systems', generateId: dataEntryId('src/content/operating-systems') }),
  schema: operatingSystemSchema(reference),
});

const frameworks = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './src/content/frameworks', generateId: dataEntryId('src/content/frameworks') }),
  schema: frameworkSchema(reference),
});

const updates = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './src/content/updates' }),
  schema: updateSchema(reference),
});

const guides = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './src/content/guides' }),
  schema: guideSchema,
});

// One file per number, named by its decimal form (1603.yaml): the page is /errors/1603/.
const errors = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './src/content/errors', generateId: dataEntryId('src/content/errors') }),
  schema: errorSchema,
});

export const collections = { bulletins, operatingSystems, frameworks, updates, guides, errors };
