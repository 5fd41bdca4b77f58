/**
 * Reads a log from its chunks of bytes to its report: decode, analyse, summarise. The worker
 * feeds it slices of the picked file; the tests and the benchmark feed it slices of a buffer,
 * so the code that is measured is the code that runs.
 */
import { LogAnalyser } from './analyse';
import type { CodeCatalogue } from './code-catalogue';
import { StreamDecoder } from './decode';
import type { SiteKbs } from './kb-in-log';
import { summarise } from './summary';
import type { Report } from './summary/report';

/** Big enough to keep the per-chunk cost small, small enough to report progress often. */
export const CHUNK_BYTES = 2 * 1024 * 1024;

export interface ReadOptions {
  fileName?: string;
  catalogue: CodeCatalogue;
  /** KB numbers the site has pages for, each with its bulletin's id (knowledge.json). */
  siteKbs: SiteKbs;
  /** Called after each chunk with the bytes read so far. */
  onProgress?: (bytesRead: number) => void;
}

/** The report for a log given as a sequence of byte chunks. */
export async function readLogChunks(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  options: ReadOptions,
): Promise<Report> {
  const decoder = new StreamDecoder();
  const analyser = new LogAnalyser({
    ...(options.fileName ? { fileName: options.fileName } : {}),
    siteKbs: options.siteKbs,
  });
  let bytesRead = 0;
  for await (const chunk of chunks) {
    analyser.push(decoder.decode(chunk));
    bytesRead += chunk.length;
    options.onProgress?.(bytesRead);
    // Junk stays junk: no need to read 100 MB of it to say so.
    if (analyser.looksBinary) break;
  }
  analyser.push(decoder.end());
  const encoding = decoder.encoding;
  return summarise({
    analysis: analyser.finish(),
    ...(encoding ? { encoding } : {}),
    endsMidCharacter: decoder.endsMidCharacter,
    catalogue: options.catalogue,
    ...(options.fileName ? { fileName: options.fileName } : {}),
  });
}

/** The report for pasted text, which the browser has already decoded. */
export function readLogText(text: string, options: Omit<ReadOptions, 'onProgress'>): Report {
  const analyser = new LogAnalyser({ siteKbs: options.siteKbs });
  analyser.push(text);
  return summarise({ analysis: analyser.finish(), catalogue: options.catalogue });
}

/** A buffer as chunks, the way the worker slices a file. */
export function* chunksOf(bytes: Uint8Array, size = CHUNK_BYTES): Generator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}
