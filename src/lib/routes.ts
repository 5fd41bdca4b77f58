/** The addresses of content pages, built in one place so that a route changes in one place. */

export const kbPath = (kbDigits: string) => `/kb/${kbDigits}/`;
export const combinationPath = (osId: string, frameworkId: string) => `/fix/${osId}/${frameworkId}/`;
export const bulletinPath = (bulletinId: string) => `/bulletins/${bulletinId}/`;
export const guidePath = (guideId: string) => `/guides/${guideId}/`;
/** One page per error code, addressed by its decimal form: `/errors/1603/`. */
export const errorPath = (decimal: number | string) => `/errors/${decimal}/`;
export const errorIndexPath = '/errors/';
/** The decoder keeps the typed code in `?code=` so that a decoded answer is a shareable link. */
export const errorCodeToolPath = (code?: string) =>
  code ? `/tools/error-code/?code=${encodeURIComponent(code)}` : '/tools/error-code/';
export const logReaderPath = '/tools/log-reader/';
export const finderPath = '/finder/';
/** Every explained error number as JSON (src/lib/error-catalogue.ts), fetched by the browser-side tools. */
export const errorCataloguePath = '/error-codes.json';

/** The forms of a KB page's address people type, besides the canonical digits-only one. */
export const kbAliases = (kbDigits: string) => [`KB${kbDigits}`, `kb${kbDigits}`];
/** What the log reader's worker fetches: code pages and KB numbers (never loaded with the page). */
export const logReaderKnowledgePath = `${logReaderPath}knowledge.json`;
/** The sample log the reader offers (scripts/write-log-fixtures.mjs writes it). */
export const logReaderSamplePath = `${logReaderPath}sample-KB974417-msi0.txt`;
