import { describe, expect, it } from 'vitest';
import { externalLinkNote } from '../../../src/site/external-links';

describe('externalLinkNote', () => {
  it("says a link opens Microsoft's site for Microsoft's hosts, MSDN blogs included", () => {
    for (const href of [
      'https://www.catalog.update.microsoft.com/Search.aspx?q=KB953297',
      'http://support.microsoft.com/kb/951950',
      'http://blogs.msdn.com/astebner/pages/8904493.aspx',
    ]) {
      expect(externalLinkNote(href), href).toBe("opens Microsoft's site");
    }
  });

  it('does not take a look-alike host for Microsoft', () => {
    expect(externalLinkNote('https://notmicrosoft.com/')).toBe('opens another site');
  });

  it("leaves the site's own and relative addresses unmarked", () => {
    for (const href of ['/kb/953297/', '#download', 'kb/953297/', 'mailto:x@example.org'])
      expect(externalLinkNote(href), href).toBeNull();
  });
});
