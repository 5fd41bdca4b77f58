import { describe, expect, it } from 'vitest';
import { downloadLinkProblem } from '../../../../src/content-model/schemas/value-rules';

const KB953297_PAGE =
  'https://www.microsoft.com/downloads/details.aspx?familyid=78ac8b97-8327-4ae1-8bb0-6cf227f3968f';

describe('downloadLinkProblem', () => {
  it('accepts the Download Center page the bulletin links for KB953297', () => {
    expect(downloadLinkProblem(KB953297_PAGE)).toBeNull();
  });

  it('accepts an Update Catalog search for a KB number', () => {
    expect(
      downloadLinkProblem('https://www.catalog.update.microsoft.com/Search.aspx?q=KB953297'),
    ).toBeNull();
  });

  it('accepts a Download Center page whose FamilyID is written in capitals', () => {
    expect(
      downloadLinkProblem(
        'https://www.microsoft.com/downloads/details.aspx?familyid=AB99342F-5D1A-413D-8319-81DA479AB0D7',
      ),
    ).toBeNull();
  });

  it('refuses a plain http link and says it must use https', () => {
    const url =
      'http://www.microsoft.com/downloads/details.aspx?familyid=78ac8b97-8327-4ae1-8bb0-6cf227f3968f';
    expect(downloadLinkProblem(url)).toBe(`"${url}" must use https`);
  });

  it('refuses an ftp link to a Microsoft host because it is not https', () => {
    expect(downloadLinkProblem('ftp://www.microsoft.com/downloads/')).toBe(
      '"ftp://www.microsoft.com/downloads/" must use https',
    );
  });

  it.each([
    'https://evil.example/downloads/details.aspx?familyid=78ac8b97-8327-4ae1-8bb0-6cf227f3968f',
    'https://www.microsoft.com.evil.example/downloads/details.aspx?familyid=78ac8b97-8327-4ae1-8bb0-6cf227f3968f',
    'https://evil.example/www.microsoft.com/downloads/details.aspx?familyid=78ac8b97-8327-4ae1-8bb0-6cf227f3968f',
    'https://www.microsoft.com@evil.example/downloads/details.aspx?familyid=78ac8b97-8327-4ae1-8bb0-6cf227f3968f',
    'https://evil.example/?next=https://www.microsoft.com/downloads/',
    'https://wwwmicrosoft.com/downloads/details.aspx?familyid=78ac8b97-8327-4ae1-8bb0-6cf227f3968f',
    'https://microsoft.com.evil.example/',
    'https://support.microsoft.com/kb/953297',
  ])('refuses %s because it is not an official Microsoft download host', (url) => {
    expect(downloadLinkProblem(url)).toBe(
      `"${url}" is not on an official Microsoft download host (www.microsoft.com, download.microsoft.com, www.catalog.update.microsoft.com)`,
    );
  });

  it.each([
    'https://download.microsoft.com/download/1/2/3/NDP1.1SP1-KB953297-x86.exe',
    'https://download.microsoft.com/download/1/2/3/Windows6.0-KB974470-x86.msu',
    'https://download.microsoft.com/download/1/2/3/NDP20SP2-KB974417-X86.EXE',
    'https://download.microsoft.com/download/1/2/3/NDP20SP2-KB974417-x86.exe?raw=1',
    'https://www.microsoft.com/downloads/dotnetfx_cleanup_tool.zip',
  ])('refuses %s because it points straight at a file', (url) => {
    expect(downloadLinkProblem(url)).toBe(
      `"${url}" points straight at a file; no direct file URL is confirmed, link the Download Center page instead`,
    );
  });

  it.each([
    '',
    'not a link',
    'www.microsoft.com/downloads/details.aspx?familyid=78ac8b97-8327-4ae1-8bb0-6cf227f3968f',
    'evil.example/www.microsoft.com',
    '//www.microsoft.com/downloads/',
  ])('refuses %j because it is not a URL', (text) => {
    expect(downloadLinkProblem(text)).toBe(`"${text}" is not a URL`);
  });
});
