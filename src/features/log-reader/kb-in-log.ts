/**
 * The bulletins' .NET packages write logs whose file or folder name carries the KB number
 * (`%temp%\NDP1.1sp1-KB<number>-X86`, `KB<number>.log`, `Microsoft .NET Framework 2.0-KB<number>_*-msi0.txt`,
 * as each bulletin's deployment tables name them), and an Installer log names the package it ran.
 * This module collects those KB numbers, so the summary can link the right update page and name
 * its bulletin.
 */
import { kbNumbersIn } from './line-rules';

export type KbSource = 'file name' | 'log text';

export interface KbMention {
  kb: string;
  source: KbSource;
  /** Line of the first mention in the log; absent when the file name gave it. */
  line?: number;
  /**
   * The id of the bulletin whose update this is, when the site has a page for this KB; absent for
   * any other KB.
   */
  bulletin?: string;
}

/** The KB number of each update the site has a page for → the id of its bulletin (knowledge.json). */
export type SiteKbs = ReadonlyMap<string, string>;

/** A log may list many updates (WindowsUpdate.log does); past this many, the rest add nothing. */
const MAX_KBS = 20;

/** Collects KB numbers from a file name, then from the log's lines as they stream past. */
export class KbCollector {
  private readonly mentions = new Map<string, KbMention>();

  constructor(
    private readonly siteKbs: SiteKbs,
    fileName?: string,
  ) {
    for (const kb of kbNumbersIn(fileName ?? '')) this.add(kb, 'file name');
  }

  readLine(line: string, lineNumber: number) {
    // Most lines mention no KB; the indexOf is cheaper than the regular expression.
    if (!line.includes('KB') && !line.includes('kb') && !line.includes('Kb')) return;
    for (const kb of kbNumbersIn(line)) this.add(kb, 'log text', lineNumber);
  }

  /** File-name KBs first, then the site's updates, then the others, each in order of appearance. */
  result(): KbMention[] {
    const rank = (m: KbMention) => (m.source === 'file name' ? 0 : m.bulletin ? 1 : 2);
    return [...this.mentions.values()].sort((a, b) => rank(a) - rank(b));
  }

  private add(kb: string, source: KbSource, line?: number) {
    if (this.mentions.has(kb) || this.mentions.size >= MAX_KBS) return;
    const bulletin = this.siteKbs.get(kb);
    this.mentions.set(kb, {
      kb,
      source,
      ...(line === undefined ? {} : { line }),
      ...(bulletin === undefined ? {} : { bulletin }),
    });
  }
}
