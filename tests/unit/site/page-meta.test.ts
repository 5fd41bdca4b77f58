import { describe, expect, it } from 'vitest';
import { pageMeta } from '../../../src/site/page-meta';

const KB_PAGE = {
  title: 'KB953297: Security update for .NET Framework 1.1 SP1',
  description: 'Fixes CVE-2009-0090.',
  pathname: '/kb/953297/',
};
const IMAGE = { path: '/og/kb/953297.png', alt: 'KB953297', width: 1200, height: 630 };
const value = (pairs: [string, string][], key: string) => pairs.find(([k]) => k === key)?.[1];

describe('pageMeta', () => {
  it('appends the site name to the title', () => {
    expect(pageMeta(KB_PAGE).title).toBe(
      'KB953297: Security update for .NET Framework 1.1 SP1 · .NET update fix help',
    );
  });

  it('gives the canonical address and og:url the same absolute address when the origin is known', () => {
    const meta = pageMeta({ ...KB_PAGE, site: 'https://help.example.org/' });
    expect(meta.canonical).toBe('https://help.example.org/kb/953297/');
    expect(value(meta.openGraph, 'og:url')).toBe('https://help.example.org/kb/953297/');
  });

  it('leaves out every absolute address when the origin is not known', () => {
    const meta = pageMeta({ ...KB_PAGE, image: IMAGE });
    expect(meta.canonical).toBeUndefined();
    expect(value(meta.openGraph, 'og:url')).toBeUndefined();
    expect(value(meta.openGraph, 'og:image')).toBeUndefined();
    expect(value(meta.twitter, 'twitter:card')).toBe('summary');
  });

  it('asks for the large card with an absolute image, its size and its text, when there is an image', () => {
    const meta = pageMeta({ ...KB_PAGE, site: 'https://help.example.org/', image: IMAGE });
    expect(value(meta.openGraph, 'og:image')).toBe('https://help.example.org/og/kb/953297.png');
    expect(value(meta.openGraph, 'og:image:width')).toBe('1200');
    expect(value(meta.openGraph, 'og:image:alt')).toBe('KB953297');
    expect(value(meta.twitter, 'twitter:card')).toBe('summary_large_image');
    expect(value(meta.twitter, 'twitter:image')).toBe('https://help.example.org/og/kb/953297.png');
  });

  it('keeps a forwarding page out of search engines, without a canonical address of its own', () => {
    const meta = pageMeta({ ...KB_PAGE, site: 'https://help.example.org/', noindex: true });
    expect(meta.robots).toBe('noindex');
    expect(meta.canonical).toBeUndefined();
  });

  it('names no canonical address for the not-found page, which hosts serve for any unknown address', () => {
    const meta = pageMeta({
      title: 'Page not found',
      description: 'Not part of the site.',
      pathname: '/404.html',
      site: 'https://help.example.org/',
      notFound: true,
    });
    expect(meta.canonical).toBeUndefined();
    expect(value(meta.openGraph, 'og:url')).toBeUndefined();
  });

  it('does not ask search engines to skip the not-found page, since its 404 status already keeps it out', () => {
    const meta = pageMeta({
      title: 'Page not found',
      description: 'Not part of the site.',
      pathname: '/404.html',
      site: 'https://help.example.org/',
      notFound: true,
    });
    expect(meta.robots).toBeUndefined();
  });
});
