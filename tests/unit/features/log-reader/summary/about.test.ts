import { describe, expect, it } from 'vitest';
import { analyseText } from '../../../../../src/features/log-reader/analyse';
import { aboutTheLog } from '../../../../../src/features/log-reader/summary/about';
import type { Sentence } from '../../../../../src/features/log-reader/summary/report';
import { SITE_KBS } from '../../../../fixtures/log-cases';

const LOG = '=== Verbose logging started: 10/14/2010  10:15:00 ===\n';

/** The sentences about the KBs the log names, as they read. */
function kbSentences(fileName: string, text = LOG): Sentence[] {
  return aboutTheLog(analyseText(text, { fileName, siteKbs: SITE_KBS })).filter((sentence) =>
    sentence.some((part) => (typeof part === 'string' ? part : part.label).includes('KB')),
  );
}
const read = (sentence: Sentence) =>
  sentence.map((part) => (typeof part === 'string' ? part : part.label)).join('');

describe('what the report says of the KB a log names', () => {
  it('calls an MS10-070 package an update of bulletin MS10-070, linking both pages', () => {
    const [sentence] = kbSentences('Microsoft .NET Framework 2.0-KB2418241_20101014-msi0.txt');
    expect(read(sentence)).toBe(
      'Update: KB2418241 (named in its file name), an update of bulletin MS10-070.',
    );
    expect(sentence.filter((part) => typeof part !== 'string')).toEqual([
      { label: 'KB2418241', href: '/kb/2418241/' },
      { label: 'MS10-070', href: '/bulletins/ms10-070/' },
    ]);
  });

  it('calls an MS09-061 package an update of bulletin MS09-061', () => {
    expect(kbSentences('NDP1.1sp1-KB953297-X86/wrapper.log').map(read)).toEqual([
      'Update: KB953297 (named in its file name), an update of bulletin MS09-061.',
    ]);
  });

  it('says a KB that is none of the site’s updates is not covered, naming its line', () => {
    expect(kbSentences('MSI1a2b3.LOG', `${LOG}Installing KB979309\n`).map(read)).toEqual([
      'The log names KB979309 (in line 2), which is not one of the updates this site covers.',
    ]);
  });
});
