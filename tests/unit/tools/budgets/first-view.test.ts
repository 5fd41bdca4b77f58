import { describe, expect, it } from 'vitest';
import {
  firstViewParts,
  firstViewWeight,
  staticImports,
  templateScripts,
} from '../../../../tools/budgets/first-view';

const PAGE = `<!doctype html><html><head>
<script>document.documentElement.dataset.theme='dark'</script>
<link rel="icon" href="/favicon.svg">
<link href="/_astro/site.css" rel="stylesheet">
<style>main{color:red}</style>
</head><body>
<template data-search-script><script type="module" src="/_astro/search.js"></script></template>
<script type="application/json">{"table":[]}</script>
<script type="module" src="/_astro/finder.js"></script>
<!-- <script src="/old.js"></script> -->
</body></html>`;

describe('firstViewParts', () => {
  it('finds the stylesheet whatever the order of its attributes', () => {
    expect(firstViewParts(PAGE).stylesheets).toEqual(['/_astro/site.css']);
  });

  it('counts a script that runs as the page loads', () => {
    expect(firstViewParts(PAGE).scripts).toContain('/_astro/finder.js');
  });

  it('leaves out a script kept in a template, which only runs once cloned', () => {
    expect(firstViewParts(PAGE).scripts).not.toContain('/_astro/search.js');
  });

  it('leaves out a script in a comment', () => {
    expect(firstViewParts(PAGE).scripts).not.toContain('/old.js');
  });

  it('takes the code of an inline script, and not JSON data in a script element', () => {
    expect(firstViewParts(PAGE).inlineScripts).toEqual([
      "document.documentElement.dataset.theme='dark'",
    ]);
  });

  it('takes the rules of an inline stylesheet', () => {
    expect(firstViewParts(PAGE).inlineStyles).toEqual(['main{color:red}']);
  });

  it('counts a module preload as a script fetched with the page', () => {
    expect(firstViewParts('<link rel="modulepreload" href="/_astro/a.js">').scripts).toEqual([
      '/_astro/a.js',
    ]);
  });

  it('does not count the icon as a stylesheet', () => {
    expect(firstViewParts('<link rel="icon" href="/favicon.svg">').stylesheets).toEqual([]);
  });
});

describe('staticImports', () => {
  it('resolves a minified named import against the module that makes it', () => {
    expect(staticImports('import{h as e}from"./dom.abc.js";e()', '/_astro/finder.js')).toEqual([
      '/_astro/dom.abc.js',
    ]);
  });

  it('finds an import made only for its effects', () => {
    expect(staticImports('import"./panel.js";', '/_astro/entry.js')).toEqual(['/_astro/panel.js']);
  });

  it('does not follow a dynamic import, which waits for its moment', () => {
    expect(staticImports('await import("/pagefind/pagefind.js")', '/_astro/search.js')).toEqual([]);
  });
});

describe('firstViewWeight', () => {
  const FILES: Record<string, string> = {
    '/kb/1/': PAGE,
    '/_astro/site.css': 'x'.repeat(300),
    '/_astro/finder.js': 'import{h}from"./dom.js";h()',
    '/_astro/dom.js': 'y'.repeat(50),
    '/_astro/search.js': 'z'.repeat(9000),
  };
  const read = (address: string) => {
    if (!(address in FILES)) throw new Error(`no file ${address}`);
    return new TextEncoder().encode(FILES[address]);
  };
  const weight = firstViewWeight('/kb/1/', read, (bytes) => bytes.length);

  it('adds the modules a script imports to the JavaScript it costs', () => {
    expect(weight.js).toBe(27 + 50);
  });

  it('counts the stylesheet as CSS', () => {
    expect(weight.css).toBe(300);
  });

  it('totals HTML, CSS and external JavaScript, with inline scripts inside the HTML', () => {
    expect(weight.total).toBe(PAGE.length + 300 + 77);
  });

  it('measures the inline styles on their own', () => {
    expect(weight.inlineCss).toBe('main{color:red}'.length);
  });

  it('measures the inline scripts on their own', () => {
    expect(weight.inlineJs).toBe("document.documentElement.dataset.theme='dark'".length);
  });

  it('lists every file fetched, the page first, and not the template script', () => {
    expect(weight.files).toEqual([
      '/kb/1/',
      '/_astro/site.css',
      '/_astro/finder.js',
      '/_astro/dom.js',
    ]);
  });
});

describe('templateScripts', () => {
  const NESTED =
    '<template data-search-script><script type="module" src="/_astro/search.js"></script><template data-step><script type="module" src="/_astro/step.js"></script></template></template><script type="module" src="/_astro/after.js"></script>';

  it('finds the scripts a template runs once it is cloned', () => {
    expect(templateScripts(PAGE, 'data-search-script')).toEqual(['/_astro/search.js']);
  });

  it('leaves out the scripts of a template inside it, and what follows it', () => {
    expect(templateScripts(NESTED, 'data-search-script')).toEqual(['/_astro/search.js']);
  });

  it('finds nothing when the page has no such template', () => {
    expect(templateScripts(PAGE, 'data-log-report')).toEqual([]);
  });

  it('does not take an attribute for a longer one it begins', () => {
    expect(templateScripts(PAGE, 'data-search')).toEqual([]);
  });

  it('reads a name with characters that mean something in a pattern as it is', () => {
    expect(
      templateScripts(
        '<template data-a.b><script type="module" src="/x.js"></script></template>',
        'data-a.b',
      ),
    ).toEqual(['/x.js']);
    expect(
      templateScripts(
        '<template data-aXb><script type="module" src="/x.js"></script></template>',
        'data-a.b',
      ),
    ).toEqual([]);
  });
});

describe('firstViewWeight of a page opened with what it fetches at once', () => {
  const FILES: Record<string, string> = {
    '/search/': PAGE,
    '/_astro/site.css': 'x'.repeat(300),
    '/_astro/finder.js': 'f'.repeat(20),
    '/_astro/search.js': 'import"./dom.js";',
    '/_astro/dom.js': 'y'.repeat(50),
    '/search/kbs.json': '{"kbs":[]}',
  };
  const read = (address: string) => new TextEncoder().encode(FILES[address]);
  const weight = firstViewWeight('/search/', read, (bytes) => bytes.length, {
    templateAttribute: 'data-search-script',
    data: ['/search/kbs.json'],
  });

  it('adds the template’s scripts and their imports to the JavaScript', () => {
    expect(weight.js).toBe(20 + 17 + 50);
  });

  it('counts the data fetched, and totals it with the rest', () => {
    expect(weight.data).toBe(10);
    expect(weight.total).toBe(PAGE.length + 300 + 87 + 10);
  });
});

describe('firstViewWeight of a page whose template is missing', () => {
  it('says so rather than leave the template’s scripts out of the weight', () => {
    const read = () => new TextEncoder().encode('<html><body>no template</body></html>');
    expect(() =>
      firstViewWeight('/search/', read, (bytes) => bytes.length, {
        templateAttribute: 'data-search-script',
        data: [],
      }),
    ).toThrow('/search/ has no <template data-search-script>');
  });
});
