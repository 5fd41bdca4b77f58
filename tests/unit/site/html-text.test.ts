import { describe, expect, it } from 'vitest';
import { decodeReferences, textOfHtml } from '../../../src/site/html-text';

describe('textOfHtml', () => {
  it('drops tags and keeps the text', () => {
    expect(textOfHtml('<span class="x">Download KB953297</span>')).toBe('Download KB953297');
  });

  it('decodes named and numeric character references', () => {
    expect(textOfHtml('Tom &amp; Jerry&#39;s &lt;tool&gt; &#x2192; done')).toBe(
      "Tom & Jerry's <tool> → done",
    );
  });
});

describe('decodeReferences', () => {
  it('decodes references and keeps everything else, spaces and tags included', () => {
    expect(decodeReferences('default-src &#39;self&#39;  &lt;b&gt; <i>&amp;</i>')).toBe(
      "default-src 'self'  <b> <i>&</i>",
    );
  });
});
