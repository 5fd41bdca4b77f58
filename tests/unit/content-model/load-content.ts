/**
 * Loads the real content of src/content into the `Collections` shape of src/content-model/entries.ts
 * without Astro: YAML files and MDX frontmatter are read from disk and parsed with the very
 * schemas src/content.config.ts uses, built with a stand-in for Astro's `reference()` that turns
 * a string id into `{ id, collection }`, as Astro does.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'astro/zod';
import {
  COLLECTIONS,
  COLLECTION_NAMES,
  type CollectionData,
  type CollectionName,
} from '../../../src/content-model/collections';
import type { Collections, Entry } from '../../../src/content-model/entries';
import type { ReferenceFactory } from '../../../src/content-model/schemas/shared';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../../..');
export const CONTENT_DIR = join(PROJECT_ROOT, 'src/content');
export const FIXTURE_DIR = join(PROJECT_ROOT, 'tests/fixtures/content');

/** Stands in for `reference` from astro:content: a string id becomes `{ id, collection }`. */
export const reference: ReferenceFactory = (collection) =>
  z.string().transform((id) => ({ id, collection }));

/** The schema of each collection, as src/content.config.ts builds it from the same table. */
export const schemas = Object.fromEntries(
  COLLECTION_NAMES.map((name) => [name, COLLECTIONS[name].schema(reference)]),
) as {
  [Name in CollectionName]: ReturnType<(typeof COLLECTIONS)[Name]['schema']>;
};

export { COLLECTIONS, COLLECTION_NAMES, type CollectionName };

/** The YAML between the first two `---` lines of an MDX file. */
export function frontmatterOf(text: string, file = 'the file'): string {
  const lines = text.split(/\r?\n/);
  if (lines[0]?.trim() !== '---') throw new Error(`${file} does not start with a --- line`);
  const end = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
  if (end === -1) throw new Error(`${file} has no closing --- line`);
  return lines.slice(1, end).join('\n');
}

/** The raw (unvalidated) data of one content file: the whole YAML file, or an MDX file's frontmatter. */
export function readRawData(path: string): unknown {
  const text = readFileSync(path, 'utf8');
  return parseYaml(extname(path) === '.mdx' ? frontmatterOf(text, path) : text);
}

/** Every content file of one collection, sorted by name, with its id and project-relative path. */
export function contentFiles(
  collection: CollectionName,
): { id: string; filePath: string; absolutePath: string }[] {
  const { folder, ext } = COLLECTIONS[collection];
  const dir = join(CONTENT_DIR, folder);
  return readdirSync(dir)
    .filter((name) => extname(name) === ext)
    .sort()
    .map((name) => ({
      id: basename(name, ext),
      filePath: `src/content/${folder}/${name}`,
      absolutePath: join(dir, name),
    }));
}

function loadCollection<Name extends CollectionName>(
  collection: Name,
): Entry<CollectionData<Name>>[] {
  return contentFiles(collection).map(({ id, filePath, absolutePath }) => {
    const result = schemas[collection].safeParse(readRawData(absolutePath));
    if (!result.success) {
      const issues = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
      throw new Error(`${filePath} does not match its schema: ${issues}`);
    }
    return { id, filePath, data: result.data as CollectionData<Name> };
  });
}

let cached: Collections | undefined;

/**
 * The real content, parsed. Each call returns a fresh deep copy, so a test may change what it
 * gets without affecting other tests.
 */
export function loadContent(): Collections {
  cached ??= Object.fromEntries(
    COLLECTION_NAMES.map((name) => [name, loadCollection(name)]),
  ) as Collections;
  return structuredClone(cached);
}
