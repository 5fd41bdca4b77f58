import { describe, expect, it } from 'vitest';
import { element, markupToHtml } from '../../../src/site/markup';

describe('markupToHtml', () => {
  it('writes an element with its attributes and children in order', () => {
    expect(
      markupToHtml([
        element(
          'p',
          { class: 'mt-2' },
          'Install ',
          element('a', { href: '/kb/953297/' }, 'KB953297'),
        ),
      ]),
    ).toBe('<p class="mt-2">Install <a href="/kb/953297/">KB953297</a></p>');
  });

  it('writes text that looks like markup as text', () => {
    expect(markupToHtml(['<img src=x onerror=alert(1)> & more'])).toBe(
      '&lt;img src=x onerror=alert(1)&gt; &amp; more',
    );
  });

  it('cannot be broken out of an attribute by a quote', () => {
    expect(markupToHtml([element('a', { href: '/x/" onclick="alert(1)' }, 'x')])).toBe(
      '<a href="/x/&quot; onclick=&quot;alert(1)">x</a>',
    );
  });

  it('leaves out children that are false, empty or missing', () => {
    expect(markupToHtml([element('p', {}, false, '', undefined, null, 'kept')])).toBe(
      '<p>kept</p>',
    );
  });

  it('gives a named tag the tag the page asks for', () => {
    expect(
      markupToHtml([element('heading', { class: 'text-lg' }, 'Answer for Windows 7')], {
        heading: 'h3',
      }),
    ).toBe('<h3 class="text-lg">Answer for Windows 7</h3>');
  });

  it('marks where the page puts its own wording in', () => {
    expect(markupToHtml([{ copy: 'tick' }])).toBe('<template data-copy="tick"></template>');
  });

  it('refuses a tag, an attribute or a copy name that would write markup of its own', () => {
    expect(() => markupToHtml([element('img src=x onerror=alert(1)', {}, 'x')])).toThrow(
      'is not a plain tag',
    );
    expect(() => markupToHtml([element('a', { 'onclick="alert(1)" href': '/' }, 'x')])).toThrow(
      'is not a plain tag',
    );
    expect(() => markupToHtml([{ copy: 'tick"><img src=x onerror=alert(1)>' }])).toThrow(
      'is not a plain tag',
    );
  });
});
