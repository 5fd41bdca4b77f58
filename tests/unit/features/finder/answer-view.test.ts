import { describe, expect, it } from 'vitest';
import { answerFinder } from '../../../../src/features/finder/answer';
import { answerMarkup } from '../../../../src/features/finder/answer-view';
import { buildFixTable } from '../../../../src/features/fixes/fix-table';
import { markupToHtml } from '../../../../src/site/markup';
import { loadContent } from '../../content-model/load-content';

const table = buildFixTable(loadContent(), 'ms09-061');
const html = (release: string, architecture: 'x86' | 'x64' | 'ia64', frameworks: string[]) =>
  markupToHtml(
    answerMarkup(answerFinder([table], { release, architecture, frameworks }), frameworks.length),
    { heading: 'h2', subheading: 'h3' },
  );

describe('answerMarkup', () => {
  const xpWith11 = html('windows-xp-sp2-sp3', 'x86', ['net-1-1-sp1']);

  it('heads the answer for Windows XP with its name, at the level the page gives', () => {
    expect(xpWith11).toContain(
      '<h2 class="text-lg font-semibold">Answer for Windows XP Service Pack 2 or Service Pack 3</h2>',
    );
  });

  it('links KB953297 to its page for .NET 1.1 SP1 on Windows XP', () => {
    expect(xpWith11).toMatch(/href="\/kb\/953297\/">KB953297<\/a>/);
  });

  it('names the package NDP1.1SP1-KB953297-x86 for .NET 1.1 SP1 on Windows XP', () => {
    expect(xpWith11).toContain('NDP1.1SP1-KB953297-x86');
  });

  it('marks the setup-log folder of KB974417, which no source names, as unconfirmed with its reason', () => {
    expect(html('windows-xp-sp2-sp3', 'x86', ['net-2-0-sp2'])).toMatch(
      /<span data-unconfirmed="" [^>]*>Unconfirmed<\/span> <span [^>]*>No source names the exact folder for this update\.<\/span>/,
    );
  });

  it('says, as the KB953295 page does, that other sources put KB953295.log in %windir%, marked unconfirmed', () => {
    // Reference (errors and logs) §4.1: update.exe's KB953295.log in %windir%, community sources only.
    expect(html('windows-xp-sp2-sp3', 'x86', ['net-1-0-sp3'])).toMatch(
      /Other sources put <code>KB953295\.log<\/code> in <code>%windir%<\/code> instead: look there too\. <span data-unconfirmed="" [^>]*>Unconfirmed<\/span>/,
    );
  });

  it('says, for .NET 1.0 SP3 on Windows XP, that the bulletin lists KB953295 only for Media Center Edition 2005 and Tablet PC Edition 2005', () => {
    // Facts table row 4: Windows XP SP2 / SP3 (only Media Center Edition 2005 and Tablet PC Edition 2005), .NET 1.0 SP3, KB953295.
    expect(html('windows-xp-sp2-sp3', 'x86', ['net-1-0-sp3'])).toMatch(
      /For \.NET Framework 1\.0 Service Pack 3<\/a> <span class="block">[^<]*Windows XP Media Center Edition 2005 and Windows XP Tablet PC Edition 2005\.<\/span>/,
    );
  });

  it('adds no row note to .NET 1.1 SP1 on Windows XP, whose row has none', () => {
    expect(xpWith11).not.toContain('The bulletin lists it here with this note');
  });

  it('says nothing of %windir% for KB953297, whose logs no source puts there', () => {
    expect(xpWith11).not.toContain('%windir%');
  });

  it('asks to tick .NET versions when none is ticked on Windows XP', () => {
    expect(html('windows-xp-sp2-sp3', 'x86', [])).toContain(
      '<template data-copy="tick"></template>',
    );
  });

  it('asks to choose a Windows when no architecture is chosen', () => {
    expect(
      markupToHtml(
        answerMarkup(answerFinder([table], { release: 'windows-xp-sp2-sp3', frameworks: [] }), 0),
      ),
    ).toBe('<template data-copy="choose"></template>');
  });
});
