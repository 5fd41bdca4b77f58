/**
 * The lists search answers identifiers from (src/features/search/identifiers.ts), built from the
 * collections. Apart from the recognition the browser runs, so that the search script does not
 * bundle what the build alone needs (the error pages' titling).
 */
import type { Collections } from '../../content-model/entries';
import { errorTitlePart } from '../errors/error-pages';
import type { SearchIdentifiers } from './identifiers';

/** Built at build time, each list served as a file (src/pages/search/[list].json.ts). */
export function buildSearchIdentifiers(content: Collections): SearchIdentifiers {
  const identifiers: SearchIdentifiers = {
    kbs: { bulletins: {}, updates: {} },
    returned: {},
    logged: {},
  };
  for (const { id, data } of content.bulletins)
    identifiers.kbs.bulletins[id] = { kb: data.kb, title: data.title };
  for (const { data } of content.updates) identifiers.kbs.updates[data.kb] = data.title;
  const { returned, logged } = identifiers;
  let run: { start: number; length: number } | undefined;
  for (const { data } of [...content.errors].sort((a, b) => a.data.code - b.data.code)) {
    const part = errorTitlePart(data);
    if (part.logged) (logged[part.level] ??= []).push(data.code);
    else if (run && data.code === run.start + run.length)
      returned[String(run.start)] = ++run.length;
    else {
      run = { start: data.code, length: 1 };
      returned[String(data.code)] = 1;
    }
  }
  return identifiers;
}

/** Returned code (decimal) → its name, '' when the sources give none: each served as a file of its own (src/pages/search/names/[code].json.ts). */
export function buildErrorNames(content: Collections): Record<string, string> {
  const names: Record<string, string> = {};
  for (const { data } of content.errors) {
    const part = errorTitlePart(data);
    if (!part.logged) names[String(data.code)] = part.name;
  }
  return names;
}
