import { describe, expect, it } from 'vitest';
import { renderOgImage } from '../../../../src/features/previews/image';

describe('renderOgImage', () => {
  it('draws a 1200×630 PNG', async () => {
    const png = await renderOgImage({
      pagePath: '/kb/953297/',
      heading: 'KB953297',
      title: 'Security update for .NET Framework 1.1 SP1',
      windows: 'For Windows XP',
      alt: '',
    });
    expect([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }).toEqual({
      width: 1200,
      height: 630,
    });
  });
});
