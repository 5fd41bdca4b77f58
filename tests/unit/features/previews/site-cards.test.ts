import { describe, expect, it } from 'vitest';
import { allFixes, buildFixTable } from '../../../../src/features/fixes/fix-table';
import { fixCards, errorCards, updateCards } from '../../../../src/features/previews/cards';
import { loadContent } from '../../content-model/load-content';

const content = loadContent();

describe('preview cards', () => {
  it('a KB card names the package, what it fixes and the Windows families it serves', () => {
    const card = updateCards(content.updates, content.operatingSystems).find(
      (c) => c.pagePath === '/kb/953300/',
    )!;
    expect(card.heading).toBe('KB953300');
    expect(card.title).toBe(
      'Security update for .NET Framework 2.0 SP1 and 3.5 on Windows 2000, XP and Server 2003',
    );
    expect(card.windows).toBe('For Windows 2000, Windows XP, Windows Server 2003');
  });

  it("Silverlight's card names the platforms the bulletin lists for it", () => {
    const card = updateCards(content.updates, content.operatingSystems).find(
      (c) => c.pagePath === '/kb/970363/',
    )!;
    expect(card.windows).toBe(
      'For Mac, All Windows client operating systems, All Windows server operating systems',
    );
  });

  it('a fix card names the KB, the .NET version and the Windows edition', () => {
    const cards = fixCards(allFixes(buildFixTable(content, 'ms09-061')));
    const card = cards.find(
      (c) => c.pagePath === '/fix/ms09-061/windows-vista-sp2-x86/net-2-0-sp2/',
    )!;
    expect(card.heading).toBe('KB974470');
    expect(card.title).toBe('The MS09-061 update for .NET Framework 2.0 Service Pack 2');
    expect(card.windows).toBe('For Windows Vista Service Pack 2 (32-bit)');
    expect(card.alt).toContain('KB974470');
  });

  it('a fix card limited by the bulletin to some editions names them', () => {
    const cards = fixCards(allFixes(buildFixTable(content, 'ms09-061')));
    const card = cards.find(
      (c) => c.pagePath === '/fix/ms09-061/windows-xp-sp2-sp3-x86/net-1-0-sp3/',
    )!;
    expect(card.heading).toBe('KB953295');
    // ms09-061-facts.md, the Affected Software row of KB953295: only these two editions of Windows XP.
    expect(card.windows).toContain(
      'Windows XP Media Center Edition 2005 and Windows XP Tablet PC Edition 2005',
    );
    expect(card.alt).toMatch(/Tablet PC Edition 2005\.$/);
  });

  it("an error card names the code, its forms and Microsoft's meaning", () => {
    const card = errorCards(content.errors).find((c) => c.pagePath === '/errors/1603/')!;
    // windows-installer-errors-and-logs.md, section 1: 1603 = 0x643, ERROR_INSTALL_FAILURE.
    expect(card.heading).toBe('Error 1603 (0x643): ERROR_INSTALL_FAILURE');
    expect(card.title.toLowerCase()).toContain('fatal error');
    expect(card.alt).toContain('1603');
  });
});
