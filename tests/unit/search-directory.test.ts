import { describe, expect, it } from 'vitest';
import { searchDirectory } from '../../src/lib/search-directory';
import { loadContent } from './load-content';

const [updates, errors, guides] = searchDirectory(loadContent());

describe('searchDirectory', () => {
  it('lists the twelve update KBs of MS09-061 in order, each linking to its page', () => {
    expect(updates!.links).toEqual(
      ['953295', '953297', '953298', '953300', '970363', '974291', '974292', '974417', '974467', '974468', '974469', '974470'].map((kb) => ({
        href: `/kb/${kb}/`,
        label: `KB${kb}`,
      })),
    );
  });

  it('names error 1603 by its decimal and hex forms and links to its page', () => {
    expect(errors!.links).toContainEqual({ href: '/errors/1603/', label: '1603 (0x643)' });
  });

  it('lists errors from the lowest code up', () => {
    const codes = errors!.links.map((link) => Number(link.label.split(' ')[0]));
    expect(codes).toEqual(codes.toSorted((a, b) => a - b));
  });

  it('links to the reinstall guide', () => {
    expect(guides!.links.map((link) => link.href)).toContain('/guides/reinstall-dotnet-in-order/');
  });

  it('heads its three groups as a reader looks for them', () => {
    expect(searchDirectory(loadContent()).map((group) => group.heading)).toEqual(['Updates', 'Error codes', 'Guides']);
  });
});
