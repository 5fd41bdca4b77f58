/**
 * The diagnosis as plain text for a forum post or a ticket: the headline, where it failed, the
 * lines that explain it with their numbers, and the site's page for each code. Nothing else of
 * the log leaves the page, since a log holds user names, paths and machine names.
 */
import type { Link, Report, Sentence } from './summary/report';

const plain = (sentence: Sentence) =>
  sentence.map((part) => (typeof part === 'string' ? part : part.label)).join('');

/** Every link of these sentences, once each, by address. */
function linksOf(sentences: Sentence[]): Link[] {
  const links = new Map<string, Link>();
  for (const part of sentences.flat()) if (typeof part !== 'string') links.set(part.href, part);
  return [...links.values()];
}

/**
 * `origin` makes the site's addresses absolute, so that they work where the text is pasted;
 * `readerUrl` is the reader's own page, named at the end so that others can read their logs too.
 */
export function forumPostText(report: Report, origin: string, readerUrl: string): string {
  const explaining = report.findings.filter((finding) => finding.role === 'explains');
  const quoted = explaining.flatMap((finding) =>
    finding.lines.map(({ line, text }) => `${String(line).padStart(7)}  ${text}`),
  );
  const links = linksOf([
    ...report.causes.map((cause) => cause.says),
    ...explaining.flatMap((finding) => finding.details),
    ...report.whatFailed,
  ]);
  return [
    report.headline,
    ...(report.whatFailed[0] ? [plain(report.whatFailed[0])] : []),
    ...(quoted.length > 0 ? ['', 'The lines that explain it:', ...quoted] : []),
    ...(links.length > 0
      ? ['', ...links.map((link) => `${link.label}: ${new URL(link.href, origin).href}`)]
      : []),
    '',
    `Read with the setup-log reader: ${new URL(readerUrl, origin).href}`,
  ].join('\n');
}
