import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName } from './content-model/collections';
import { dataEntryId } from './content-model/data-entry-id';

// Every collection comes from the one table in src/content-model/collections.ts. Rules that span
// entries (unique KBs, references that resolve, coverage of the bulletin) are in
// src/content-model/cross-entry-rules.ts and run when src/site/catalog.ts first loads the collections.

function collectionOf(name: CollectionName) {
  const { folder, ext, schema } = COLLECTIONS[name];
  const base = `src/content/${folder}`;
  return defineCollection({
    // A YAML entry's id is its file name, and an empty file fails naming the file; an MDX entry's
    // id is its file name already.
    loader: glob({
      pattern: `*${ext}`,
      base: `./${base}`,
      ...(ext === '.yaml' ? { generateId: dataEntryId(base) } : {}),
    }),
    schema: schema(reference),
  });
}

/** Each collection keeps its own schema's type, from which Astro types its entries. */
type CollectionOf<Name extends CollectionName> = Omit<ReturnType<typeof collectionOf>, 'schema'> & {
  schema: ReturnType<(typeof COLLECTIONS)[Name]['schema']>;
};

export const collections = Object.fromEntries(
  COLLECTION_NAMES.map((name) => [name, collectionOf(name)]),
) as {
  [Name in CollectionName]: CollectionOf<Name>;
};
