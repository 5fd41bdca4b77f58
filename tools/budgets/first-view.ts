/**
 * What a browser fetches to show a page before the visitor does anything: the HTML, the
 * stylesheets and scripts it links, and the modules those scripts import statically; for a page
 * that works as it opens (the search page given a query), also the scripts the starter clones
 * from a template and the data they fetch at once. Read from
 * the built HTML, so the byte budgets (tools/budgets/) and the bench measure what is shipped.
 * Imports only relative files (no aliases), so Node can run it as it is.
 */

export interface FirstViewParts {
  stylesheets: string[];
  /** External scripts the page runs as it loads, and the modules they import statically. */
  scripts: string[];
  /** Code of the scripts written into the HTML itself. */
  inlineScripts: string[];
  /** Stylesheets written into the HTML itself. */
  inlineStyles: string[];
}

export interface FirstViewWeight {
  /** The page itself, with whatever is inline in it. */
  html: number;
  /** External stylesheets. */
  css: number;
  /** External scripts and the modules they import. */
  js: number;
  /** Data the page fetches as it opens (`OpensWith.data`). */
  data: number;
  /** Inline styles compressed on their own (they travel, and are counted, inside the HTML). */
  inlineCss: number;
  /** Inline script code compressed on its own, to hold it to its own budget. */
  inlineJs: number;
  /** HTML, CSS files, script files and data: what travels before the page is whole. */
  total: number;
  /** Every address fetched, the page first. */
  files: string[];
}

const TAG = /<(link|script|style)\b([^>]*)>/gi;
const ATTRIBUTE = /([\w-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;
/** Script types a browser runs; anything else (JSON data, templates) is inert. */
const RUNNABLE = new Set(['', 'module', 'text/javascript', 'application/javascript']);

function attributes(source: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const [, name, double, single, bare] of source.matchAll(ATTRIBUTE)) {
    found.set(name.toLowerCase(), double ?? single ?? bare ?? '');
  }
  return found;
}

/** The stylesheets, scripts and inline scripts of a page; what sits in a <template> does not run. */
export function firstViewParts(html: string): FirstViewParts {
  const live = html
    .replace(/<template\b[\s\S]*?<\/template>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '');
  const parts: FirstViewParts = {
    stylesheets: [],
    scripts: [],
    inlineScripts: [],
    inlineStyles: [],
  };
  const content = (match: RegExpExecArray, tag: string) => {
    const start = match.index + match[0].length;
    return live.slice(start, live.indexOf(`</${tag}>`, start));
  };
  for (const match of live.matchAll(TAG)) {
    const tag = match[1].toLowerCase();
    const attrs = attributes(match[2]);
    const rel = (attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
    const href = attrs.get('href');
    if (tag === 'link' && href && rel.includes('stylesheet')) parts.stylesheets.push(href);
    else if (tag === 'link' && href && rel.includes('modulepreload')) parts.scripts.push(href);
    else if (tag === 'style') parts.inlineStyles.push(content(match, tag));
    else if (tag === 'script' && RUNNABLE.has((attrs.get('type') ?? '').toLowerCase())) {
      const src = attrs.get('src');
      if (src) parts.scripts.push(src);
      else parts.inlineScripts.push(content(match, tag));
    }
  }
  return parts;
}

/**
 * What a page fetches as it opens at a given address beyond the scripts its HTML runs: the scripts
 * of a <template> that the starter clones there (named by its data attribute, e.g. the search
 * page's `data-search-script` when its address has a query), and the data they fetch at once.
 */
export interface OpensWith {
  /** The data attribute of the <template> whose scripts the starter clones: `data-search-script`. */
  templateAttribute: string;
  /** Addresses of the data those scripts fetch at once. */
  data: string[];
}

/**
 * The scripts kept in the <template> with the given attribute, which run once it is cloned; not
 * those of templates inside it, which wait for a clone of their own.
 */
export function templateScripts(html: string, attribute: string): string[] {
  const name = attribute.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // The attribute itself, not a longer one it begins, on a <template> (not a <template-…> element).
  const start = new RegExp(`<template(?=[\\s>])[^>]*\\s${name}(?=[\\s=/>])[^>]*>`, 'i').exec(html);
  if (!start) return [];
  const from = start.index + start[0].length;
  const tags = /<(\/?)template(?=[\s>])[^>]*>/gi;
  tags.lastIndex = from;
  let depth = 1;
  for (let tag = tags.exec(html); tag; tag = tags.exec(html)) {
    depth += tag[1] ? -1 : 1;
    if (depth === 0) return firstViewParts(html.slice(from, tag.index)).scripts;
  }
  return [];
}

/** Addresses a module imports statically (`import … from`, `import "…"`), resolved against its own address. */
export function staticImports(code: string, url: string): string[] {
  const specifiers = [
    ...code.matchAll(/\b(?:import|export)\s*(?:[\w*{}\s,$]+?\s*from\s*)?(["'`])([^"'`]+)\1/g),
  ].map((m) => m[2]);
  return specifiers.map((specifier) => new URL(specifier, new URL(url, 'http://site')).pathname);
}

/**
 * Compressed bytes of a page's first view. `read` gives a file's bytes by its address on the
 * site; `compressed` gives the size a host would send.
 */
export function firstViewWeight(
  path: string,
  read: (address: string) => Uint8Array,
  compressed: (bytes: Uint8Array) => number,
  opens?: OpensWith,
): FirstViewWeight {
  const page = read(path);
  const html = new TextDecoder().decode(page);
  const parts = firstViewParts(html);
  const scripts: string[] = [];
  const cloned = opens ? templateScripts(html, opens.templateAttribute) : [];
  // A renamed template would otherwise leave its scripts out of the weight without a word.
  if (opens && cloned.length === 0)
    throw new Error(`${path} has no <template ${opens.templateAttribute}> with a script in it`);
  const queue = [...parts.scripts, ...cloned];
  while (queue.length > 0) {
    const address = queue.shift()!;
    if (scripts.includes(address)) continue;
    scripts.push(address);
    queue.push(...staticImports(new TextDecoder().decode(read(address)), address));
  }
  const sum = (addresses: string[]) =>
    addresses.reduce((total, address) => total + compressed(read(address)), 0);
  const inline = (code: string[]) =>
    code.length > 0 ? compressed(new TextEncoder().encode(code.join('\n'))) : 0;
  const data = opens?.data ?? [];
  const weights = {
    html: compressed(page),
    css: sum(parts.stylesheets),
    js: sum(scripts),
    data: sum(data),
  };
  return {
    ...weights,
    inlineCss: inline(parts.inlineStyles),
    inlineJs: inline(parts.inlineScripts),
    total: weights.html + weights.css + weights.js + weights.data,
    files: [path, ...parts.stylesheets, ...scripts, ...data],
  };
}
