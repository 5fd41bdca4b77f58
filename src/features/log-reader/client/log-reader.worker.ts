/**
 * The log reader's worker: reads the picked file in slices, so that a 50 MB log never freezes the
 * page, and posts progress and the report. All logic is in src/features/log-reader; this is the shell.
 */
import type { CodeCatalogue } from '../code-catalogue';
import type { SiteKbs } from '../kb-in-log';
import { MAX_LOG_BYTES } from '../limits';
import { CHUNK_BYTES, readLogChunks, readLogText } from '../read-log';
import type { Report } from '../summary/report';

export type ReaderRequest =
  { file: File; name: string; knowledgeUrl: string } | { text: string; knowledgeUrl: string };
export type ReaderMessage =
  { progress: number; total: number } | { report: Report } | { failed: string };

/** As src/pages/tools/log-reader/knowledge.json.ts writes it. */
interface Knowledge {
  codes: CodeCatalogue;
  /** The KB number of each update with a page → its bulletin's id. */
  kbs: Record<string, string>;
}

let knowledge: Promise<{ catalogue: CodeCatalogue; siteKbs: SiteKbs }> | undefined;

/** Said instead of a report: without the list, every KB would read as one the site does not cover. */
const NO_KNOWLEDGE =
  'The list of codes and updates could not be loaded; connect once and try again.';

/** Code pages and KB numbers, same-origin; a failure is forgotten so the next log fetches again. */
async function loadKnowledge(url: string) {
  knowledge ??= fetch(url).then(async (response) => {
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    const k = (await response.json()) as Knowledge;
    return { catalogue: k.codes, siteKbs: new Map(Object.entries(k.kbs)) };
  });
  try {
    return await knowledge;
  } catch {
    knowledge = undefined;
    return undefined;
  }
}

async function* slices(file: File) {
  for (let at = 0; at < file.size; at += CHUNK_BYTES)
    yield new Uint8Array(await file.slice(at, at + CHUNK_BYTES).arrayBuffer());
}

const post = (message: ReaderMessage) => postMessage(message);

addEventListener('message', async (event: MessageEvent<ReaderRequest>) => {
  const request = event.data;
  try {
    const loaded = await loadKnowledge(request.knowledgeUrl);
    if (!loaded) {
      post({ failed: NO_KNOWLEDGE });
      return;
    }
    const { catalogue, siteKbs } = loaded;
    if ('text' in request) {
      post({ report: readLogText(request.text, { catalogue, siteKbs }) });
      return;
    }
    const { file, name } = request;
    if (file.size > MAX_LOG_BYTES) {
      post({
        failed:
          'This file is larger than 100 MB, which no setup log the reader knows comes near. Check that you picked a log.',
      });
      return;
    }
    let lastPost = 0;
    const report = await readLogChunks(slices(file), {
      fileName: name,
      catalogue,
      siteKbs,
      onProgress: (read) => {
        const now = Date.now();
        if (now - lastPost > 100 || read === file.size) {
          lastPost = now;
          post({ progress: read, total: file.size });
        }
      },
    });
    post({ report });
  } catch (error) {
    post({
      failed: `The reader stopped on an error it did not expect (${error instanceof Error ? error.name : 'unknown'}). The file may be unreadable.`,
    });
  }
});
