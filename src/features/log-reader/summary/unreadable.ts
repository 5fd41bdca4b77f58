/** The whole report for a file that is empty or not text at all: there is nothing to summarise. */
import { guidePath } from '../../../site/routes';
import type { Report } from './report';

export function unreadableReport(outcome: 'empty' | 'binary', fileName?: string): Report {
  const name = fileName ? `“${fileName}”` : 'This text';
  return {
    outcome,
    headline:
      outcome === 'empty'
        ? `${name} is empty: there is nothing to read.`
        : `${name} does not look like a text log: it is mostly control characters, as a program or an archive would be.`,
    about: [],
    whatFailed: [],
    causes: [],
    todo: [
      {
        says: [
          'Setup logs are text files. Look in the ',
          { label: 'folders the setup-log guide lists', href: guidePath('read-the-setup-logs') },
          ' for a .log or .txt file.',
        ],
      },
    ],
    findings: [],
    leftOut: [],
  };
}
