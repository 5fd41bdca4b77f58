/**
 * Weighs the first view of every built page in dist/ against its page type's budget
 * (page-budgets.ts). Bytes are gzip level 9, as a compressing static host sends them; they are
 * the same on every machine, so a test can hold them.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { firstViewWeight, type FirstViewWeight, type OpensWith } from './first-view.ts';
import { PAGE_BUDGETS, pathOf, STARTER, type PageBudget } from './page-budgets.ts';

export const compressed = (bytes: Uint8Array) => gzipSync(bytes, { level: 9 }).length;

export interface PageTypeWeight {
  budget: PageBudget;
  /** How many built pages are of this type. */
  pages: number;
  /** The heaviest of them, which is the one held to the budget. */
  heaviest: string;
  weight: FirstViewWeight;
  /** Why this page type fails its budget; empty when it does not. */
  problems: string[];
}

export interface SiteWeights {
  types: PageTypeWeight[];
  /** Problems that belong to no page type: a built page with no budget, a missing sample. */
  problems: string[];
}

function fileOf(dist: string, address: string) {
  const path = pathOf(address);
  return join(dist, path.endsWith('/') ? `${path}index.html` : path);
}

function builtPages(dist: string, dir = dist): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return builtPages(dist, path);
    if (!name.endsWith('.html')) return [];
    const address = `/${relative(dist, path).split(sep).join('/')}`;
    return [address.endsWith('/index.html') ? address.slice(0, -'index.html'.length) : address];
  });
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function weighSite(dist = 'dist'): SiteWeights {
  const read = (address: string) => {
    try {
      return readFileSync(fileOf(dist, address));
    } catch {
      throw new Error(`${address} is linked from a page but is not in ${dist}/`);
    }
  };
  const weigh = (address: string, opens?: OpensWith) =>
    firstViewWeight(address, read, compressed, opens);
  const problems: string[] = [];
  const byType = new Map<PageBudget, string[]>();
  for (const page of builtPages(dist)) {
    const budget = PAGE_BUDGETS.find((b) => b.pages.test(page));
    if (budget) byType.set(budget, [...(byType.get(budget) ?? []), page]);
    else
      problems.push(
        `${page} is of no page type in tools/budgets/page-budgets.ts: add its type and budget there.`,
      );
  }
  const types = PAGE_BUDGETS.flatMap((budget): PageTypeWeight[] => {
    let sampleFound = budget.sample !== undefined || byType.has(budget);
    try {
      if (budget.sample) statSync(fileOf(dist, budget.sample));
    } catch {
      sampleFound = false;
    }
    if (!sampleFound) {
      problems.push(
        `${budget.name}: ${budget.sample ? `its sample page ${budget.sample} was` : 'no page of this type was'} not built (tools/budgets/page-budgets.ts).`,
      );
      return [];
    }
    // Two lines may share pages (the finder, and the finder opened from a shared link): the
    // first line that matches a page is the one that weighs it.
    const pages = byType.get(budget) ?? [pathOf(budget.sample!)];
    const weighed = pages.map((page) => ({ page, weight: weigh(page, budget.opens) }));
    const heaviest = weighed.reduce((a, b) => (b.weight.total > a.weight.total ? b : a));
    const typeProblems: string[] = [];
    for (const { page, weight } of weighed) {
      if (weight.total > budget.budget)
        typeProblems.push(`${page} weighs ${kb(weight.total)}, over its ${kb(budget.budget)}.`);
      if (weight.inlineJs > STARTER)
        typeProblems.push(
          `${page} runs ${kb(weight.inlineJs)} of inline script, over ${kb(STARTER)}.`,
        );
      if (!budget.tool && weight.js > 0)
        typeProblems.push(
          `${page} loads ${kb(weight.js)} of script before the visitor acts; it has no tool, so it should load none.`,
        );
    }
    return [
      {
        budget,
        pages: pages.length,
        heaviest: heaviest.page,
        weight: heaviest.weight,
        problems: typeProblems,
      },
    ];
  });
  return { types, problems };
}

export function weightTable({ types }: SiteWeights): string {
  const rows = [
    [
      'page type',
      'pages',
      'HTML',
      'inline CSS',
      'inline JS',
      'CSS files',
      'JS files',
      'data',
      'total',
      'budget',
      '',
    ],
    ...types.map(({ budget, pages, weight, problems }) => [
      budget.name,
      String(pages),
      kb(weight.html),
      kb(weight.inlineCss),
      kb(weight.inlineJs),
      kb(weight.css),
      kb(weight.js),
      kb(weight.data),
      kb(weight.total),
      kb(budget.budget),
      problems.length > 0 ? 'OVER' : 'ok',
    ]),
  ];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  return rows
    .map((row) =>
      row
        .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i])))
        .join('  '),
    )
    .join('\n');
}

/** Each page type with the address it is sampled at: its own sample, or its heaviest built page. */
export function pageTypeSamples(dist = 'dist'): { budget: PageBudget; sample: string }[] {
  const heaviest = new Map(weighSite(dist).types.map((type) => [type.budget, type.heaviest]));
  return PAGE_BUDGETS.flatMap((budget) => {
    const sample = budget.sample ?? heaviest.get(budget);
    return sample ? [{ budget, sample }] : [];
  });
}
