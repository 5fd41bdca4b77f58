/**
 * The two plain-text files static hosts and CDNs read beside the pages (Netlify, Cloudflare Pages
 * and others share the format): `_headers` (response headers by path pattern) and `_redirects`
 * (one redirect a line). Written after the build by tools/finish-build.mjs, read back by
 * tools/serve.mjs so that local runs and the tests get the headers a host would send.
 *
 * Its imports name their files in full, so that those Node scripts can load it as it is.
 */
import { decodeReferences } from '../../src/site/html-text.ts';

export interface HeaderRule {
  /** A path, or a path ending in `*` for everything under it. */
  pattern: string;
  headers: [string, string][];
}

export interface Redirect {
  from: string;
  to: string;
  status: number;
}

export function formatHeadersFile(rules: HeaderRule[]): string {
  return (
    rules
      .map((rule) =>
        [rule.pattern, ...rule.headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n'),
      )
      .join('\n') + '\n'
  );
}

/** Reads `_headers`; throws on a line it cannot place, naming the line. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '' || line.trim().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      return;
    }
    const header = /^\s+([A-Za-z0-9-]+):\s*(.+)$/.exec(line);
    const rule = rules.at(-1);
    if (!header || !rule)
      throw new Error(
        `_headers line ${index + 1} is neither a path nor "Name: value" under one: ${line}`,
      );
    rule.headers.push([header[1], header[2].trim()]);
  });
  return rules;
}

export function formatRedirectsFile(redirects: Redirect[]): string {
  return redirects.map((r) => `${r.from} ${r.to} ${r.status}`).join('\n') + '\n';
}

/** Reads `_redirects`; throws on a line that is not "from to [status]", naming the line. */
export function parseRedirectsFile(text: string): Redirect[] {
  return text.split('\n').flatMap((line, index) => {
    const fields = line.trim().split(/\s+/);
    if (fields[0] === '' || fields[0].startsWith('#')) return [];
    const [from, to, status = '301'] = fields;
    if (!from?.startsWith('/') || !to || !/^(301|302|307|308)$/.test(status) || fields.length > 3) {
      throw new Error(`_redirects line ${index + 1} is not "from to status": ${line}`);
    }
    return [{ from, to, status: Number(status) }];
  });
}

export function matchesPattern(pattern: string, pathname: string): boolean {
  return pattern.endsWith('*') ? pathname.startsWith(pattern.slice(0, -1)) : pathname === pattern;
}

/** Every header the rules give a path, in file order, as a host that merges rules sends them. */
export function headersFor(rules: HeaderRule[], pathname: string): [string, string][] {
  return rules
    .filter((rule) => matchesPattern(rule.pattern, pathname))
    .flatMap((rule) => rule.headers);
}

/**
 * One policy that allows whatever any of the given policies allows: the sources of each directive
 * joined. Sent as a header beside a page's own meta policy, the browser enforces both, so each
 * page is held to its own policy however wide the joined one is.
 */
export function joinPolicies(policies: string[]): string {
  const directives = new Map<string, string[]>();
  for (const policy of policies) {
    for (const directive of policy
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)) {
      const [name, ...sources] = directive.split(/\s+/);
      const known = directives.get(name) ?? [];
      for (const source of sources) if (!known.includes(source)) known.push(source);
      directives.set(name, known);
    }
  }
  return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** Where a built alias page forwards with <meta http-equiv="refresh" content="0; url=…">, or null. */
export function refreshTarget(html: string): string | null {
  const match = /<meta http-equiv="refresh" content="0; url=([^"]+)"/i.exec(html);
  return match ? decodeReferences(match[1]) : null;
}

/** A name at the top of the built folder, as `readdirSync(…, { withFileTypes: true })` gives it. */
export interface TopLevelEntry {
  name: string;
  isDirectory: boolean;
}

/** The folder of Open Graph preview images, which other sites' crawlers and previews fetch. */
const PREVIEW_FOLDER = 'og';

/**
 * Cross-Origin-Resource-Policy for each top-level file and folder of the site, one rule each, and
 * never a rule over all of it: hosts disagree on a header two matching rules both set (Cloudflare
 * Pages joins the values with a comma, Netlify keeps the later one), so the preview images, which
 * must stay loadable from other sites, get `cross-origin` from the only rule that names them.
 */
function resourcePolicyRules(base: string, entries: TopLevelEntry[]): HeaderRule[] {
  const sameOrigin: [string, string][] = [['Cross-Origin-Resource-Policy', 'same-origin']];
  return [
    { pattern: base, headers: sameOrigin },
    ...entries.map((entry) =>
      entry.name === PREVIEW_FOLDER
        ? {
            pattern: `${base}${entry.name}/*`,
            headers: [['Cross-Origin-Resource-Policy', 'cross-origin']] as [string, string][],
          }
        : {
            pattern: entry.isDirectory ? `${base}${entry.name}/*` : `${base}${entry.name}`,
            headers: sameOrigin,
          },
    ),
  ];
}

/** One rule per path: the headers of rules naming the same path, joined in the first one's place. */
function mergeSamePatterns(rules: HeaderRule[]): HeaderRule[] {
  const byPattern = new Map<string, HeaderRule>();
  for (const rule of rules) {
    const known = byPattern.get(rule.pattern);
    if (known) known.headers.push(...rule.headers);
    else byPattern.set(rule.pattern, { pattern: rule.pattern, headers: [...rule.headers] });
  }
  return [...byPattern.values()];
}

/**
 * The headers a host sends with every file of the site: the pages' own policy plus what a meta tag
 * cannot carry (frame-ancestors, and X-Frame-Options for Internet Explorer 8 to 11, which ignore
 * frame-ancestors), isolation from other sites' windows and embedding, and long cache lifetimes
 * only where a file's name changes with its content. `entries` are the top-level names of the built
 * folder.
 */
export function siteHeaderRules(
  base: string,
  pagePolicy: string,
  entries: TopLevelEntry[],
): HeaderRule[] {
  const immutable: [string, string][] = [['Cache-Control', 'public, max-age=31536000, immutable']];
  return mergeSamePatterns([
    {
      pattern: `${base}*`,
      headers: [
        ['Content-Security-Policy', `${pagePolicy}; frame-ancestors 'none'`],
        ['X-Frame-Options', 'DENY'],
        // The site opens no window it talks to, and is opened by none.
        ['Cross-Origin-Opener-Policy', 'same-origin'],
        ['Referrer-Policy', 'no-referrer'],
        ['X-Content-Type-Options', 'nosniff'],
        [
          'Permissions-Policy',
          'camera=(), microphone=(), geolocation=(), payment=(), usb=(), clipboard-write=(self)',
        ],
      ],
    },
    ...resourcePolicyRules(base, entries),
    // Astro's bundles and Pagefind's index chunks carry a content hash in their names.
    { pattern: `${base}_astro/*`, headers: immutable },
    { pattern: `${base}pagefind/index/*`, headers: immutable },
    { pattern: `${base}pagefind/fragment/*`, headers: immutable },
    { pattern: `${base}pagefind/filter/*`, headers: immutable },
    // The service worker is how a new build is found: never kept by the HTTP cache.
    { pattern: `${base}sw.js`, headers: [['Cache-Control', 'no-cache']] },
  ]);
}
