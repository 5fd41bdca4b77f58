import { describe, expect, it } from 'vitest';
import { inSitemap, robotsTxt } from '../../../src/site/sitemap';

const at = (path: string) => `https://help.example.org/ms09-061${path}`;

describe('inSitemap', () => {
  it('lists update, fix, guide and error pages', () => {
    for (const path of [
      '/',
      '/kb/953297/',
      '/fix/ms09-061/windows-xp-sp2-sp3-x86/net-1-1-sp1/',
      '/bulletins/ms10-070/details/',
      '/guides/read-the-setup-logs/',
      '/errors/1603/',
      '/tools/error-code/',
    ]) {
      expect(inSitemap(at(path), '/ms09-061/'), path).toBe(true);
    }
  });

  it('leaves out the typed forms of KB and error addresses, and the fix addresses from before the second bulletin', () => {
    for (const path of [
      '/kb/KB953297/',
      '/kb/kb953297/',
      '/errors/0x643/',
      '/fix/windows-xp-sp2-sp3-x86/net-1-1-sp1/',
    ])
      expect(inSitemap(at(path), '/ms09-061/'), path).toBe(false);
  });

  it('leaves out the search and not-found pages', () => {
    expect(inSitemap(at('/search/'), '/ms09-061/')).toBe(false);
    expect(inSitemap(at('/404/'), '/ms09-061/')).toBe(false);
  });
});

describe('robotsTxt', () => {
  it('names the sitemap when its address is known', () => {
    expect(robotsTxt('https://help.example.org/sitemap-index.xml')).toBe(
      'User-agent: *\nAllow: /\nSitemap: https://help.example.org/sitemap-index.xml\n',
    );
  });

  it('names none otherwise', () => {
    expect(robotsTxt()).not.toContain('Sitemap');
  });
});
