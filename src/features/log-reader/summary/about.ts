/** The report's "about this log": which kind of log, how long, in which encoding, for which update. */
import { formatBulletinId } from '../../../identifiers/bulletin-id';
import { formatKbNumber } from '../../../identifiers/kb-number';
import { bulletinPath, updatePath } from '../../../site/routes';
import type { LogAnalysis } from '../analyse';
import type { DetectedEncoding } from '../decode';
import { LOG_KINDS } from '../log-kind';
import type { Sentence } from './report';

const ENCODING_LABELS: Record<string, string> = {
  'utf-16le': 'UTF-16 little-endian',
  'utf-16be': 'UTF-16 big-endian',
  'utf-8': 'UTF-8',
  'windows-1252': '8-bit text (Windows-1252)',
};

export function aboutTheLog(
  analysis: LogAnalysis,
  encoding?: DetectedEncoding,
  endsMidCharacter = false,
): Sentence[] {
  return [
    [`Kind of log: ${LOG_KINDS[analysis.kind]}.`],
    [
      `${analysis.lineCount.toLocaleString('en-US')} line${analysis.lineCount === 1 ? '' : 's'}${encoding ? `, ${ENCODING_LABELS[encoding.encoding]}${encoding.bom ? ' with a byte order mark' : ''}` : ''}.`,
    ],
    ...cutCharacter(endsMidCharacter),
    ...partOfALog(analysis),
    ...kbSentences(analysis),
  ];
}

/** A log copied while setup was still writing it can end in half a character, which was left out. */
function cutCharacter(endsMidCharacter: boolean): Sentence[] {
  return endsMidCharacter
    ? [
        [
          'The file ends mid-character (it was probably copied while setup was still writing it): that half character was left out.',
        ],
      ]
    : [];
}

/**
 * A Windows Installer log opens with `=== Logging started` and closes with `=== Logging
 * stopped` or a line that says how setup ended; a piece pasted into a post often has neither.
 */
function partOfALog(analysis: LogAnalysis): Sentence[] {
  if (!analysis.kind.startsWith('windows-installer')) return [];
  const { hasStart, hasEnd } = analysis.part;
  if (hasStart && hasEnd) return [];
  return [
    [
      `This is part of a log${hasStart ? '' : ': it has no “=== Logging started” line, so it begins after setup did'}${hasEnd ? '.' : `${hasStart ? ':' : ', and'} it ends before setup does, with no line that says how setup ended.`}`,
    ],
  ];
}

/** The first KBs the log names; an update of the site's links to its page and names its bulletin. */
function kbSentences(analysis: LogAnalysis): Sentence[] {
  return analysis.kbs.slice(0, 3).map(({ kb, source, line, bulletin }) => {
    const where = source === 'file name' ? 'its file name' : `line ${line}`;
    const label = formatKbNumber(kb);
    return bulletin
      ? [
          `Update: `,
          { label, href: updatePath(kb) },
          ` (named in ${where}), an update of bulletin `,
          { label: formatBulletinId(bulletin), href: bulletinPath(bulletin) },
          `.`,
        ]
      : [`The log names ${label} (in ${where}), which is not one of the updates this site covers.`];
  });
}
