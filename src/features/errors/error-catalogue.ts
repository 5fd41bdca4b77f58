/**
 * Every error number the site explains, as a small JSON-ready map the browser can fetch: the
 * decoder reads meanings from it, and the setup-log reader can fill message placeholders from it.
 * Built at build time from the `errors` collection, so no meaning is typed twice.
 */
import type { ErrorEntry } from '../../content-model/schemas/error';
import { errorSummary, errorTitle, meaningHeading, messageText } from './error-pages';
import { errorPath } from '../../site/routes';

export interface CatalogueMeaning {
  kind: ErrorEntry['meanings'][number]['kind'];
  heading: string;
  /** The meaning in words; for a log message, Microsoft's text with its [2], [3]… placeholders. */
  text: string;
  /** The symbolic name (exit codes and named system errors). */
  name?: string;
}

export interface CatalogueEntry {
  code: number;
  title: string;
  summary: string;
  url: string;
  meanings: CatalogueMeaning[];
}

/** Keyed by the decimal number as a string, as JSON keys are. */
export type ErrorCatalogue = Record<string, CatalogueEntry>;

export function buildErrorCatalogue(entries: ErrorEntry[]): ErrorCatalogue {
  const catalogue: ErrorCatalogue = {};
  for (const entry of [...entries].sort((a, b) => a.code - b.code)) {
    catalogue[String(entry.code)] = {
      code: entry.code,
      title: errorTitle(entry),
      summary: errorSummary(entry),
      url: errorPath(entry.code),
      meanings: entry.meanings.map((meaning) => ({
        kind: meaning.kind,
        heading: meaningHeading(meaning, entry.code),
        text: meaning.kind === 'log-message' ? messageText(meaning) : meaning.meaning,
        ...(meaning.kind !== 'log-message' && meaning.name ? { name: meaning.name } : {}),
      })),
    };
  }
  return catalogue;
}
