/**
 * The search panel's second step (src/features/search/client/panel.ts is the first, which answers KB
 * numbers and bulletin ids; src/features/search/client/error-step.ts answers error codes): full-text
 * search. Its script sits in a <template> of its own (src/features/search/SearchSecondStepScript.astro)
 * that the panel clones for the first query that is no
 * identifier, so that those, the commonest queries, are answered without these bytes. It defines
 * <search-second-step>, which the panel puts inside itself.
 */
import { resultsStatus } from '../status';
import { h } from '../../../site/client/dom';
import type { PanelParts } from './panel-parts';

/** The part of Pagefind's JavaScript API this panel uses. */
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(
    term: string,
    options?: { filters?: Record<string, string> },
  ): Promise<{ results: PagefindHit[] } | null>;
}
/** A page found; its title and excerpt are in a file of their own, fetched by data(). */
interface PagefindHit {
  data(): Promise<PagefindResult>;
}
interface PagefindResult {
  url: string;
  excerpt: string;
  meta: { title?: string; type?: string };
  sub_results: { title: string; url: string }[];
}

/**
 * Results shown at once; each needs its own file for its title and excerpt, so more wait for the
 * "More results" button (Pagefind's own UI shows five too).
 */
const PAGE_SIZE = 5;

let pagefind: Promise<Pagefind> | undefined;

/** Pagefind, many times larger than the rest of search, loads on the first query that needs full text; a failure is forgotten. */
function loadPagefind(url: string) {
  pagefind ??= (async () => {
    const module = (await import(/* @vite-ignore */ url)) as Pagefind;
    // Searching on the main thread spares the first query the worker script (~12 KB compressed).
    await module.options({ excerptLength: 24, noWorker: true });
    return module;
  })().catch((error: unknown) => {
    pagefind = undefined;
    throw error;
  });
  return pagefind;
}

/** Pagefind's excerpt is HTML with <mark> around matches; keep the text and the marks, nothing else. */
function excerptNodes(excerpt: string): Node[] {
  const body = new DOMParser().parseFromString(excerpt, 'text/html').body;
  return [...body.childNodes].map((node) =>
    node.nodeName === 'MARK'
      ? h('mark', { class: 'bg-amber-200 text-slate-900' }, node.textContent ?? '')
      : document.createTextNode(node.textContent ?? ''),
  );
}

function resultItem(result: PagefindResult, { headingTag, linkClass }: PanelParts): HTMLLIElement {
  const section = result.sub_results.find((sub) => sub.url !== result.url && sub.url.includes('#'));
  return h(
    'li',
    {},
    h(
      headingTag,
      { class: 'text-base' },
      h('a', { href: result.url, class: linkClass }, result.meta.title ?? result.url),
      // A space, not a margin, sets the page type off, so that it is read apart from the title too.
      ...(result.meta.type
        ? [
            ' ',
            h(
              'span',
              {
                class:
                  'rounded bg-slate-200 px-1.5 py-0.5 text-xs font-normal text-slate-800 dark:bg-slate-700 dark:text-slate-100',
              },
              result.meta.type,
            ),
          ]
        : []),
    ),
    h(
      'p',
      { class: 'mt-1 text-sm text-slate-700 dark:text-slate-300' },
      ...excerptNodes(result.excerpt),
    ),
    section &&
      h(
        'p',
        { class: 'mt-1 text-sm' },
        'Section: ',
        h('a', { href: section.url, class: 'underline' }, section.title),
      ),
  );
}

/** One panel's second step: its full-text results, five at a time. */
export class SearchSecondStep extends HTMLElement {
  /** Set by the panel before it puts this element inside itself. */
  panel!: PanelParts;
  /** The pages found by the last search and not shown yet, and how many it found. */
  private rest: PagefindHit[] = [];
  private total = 0;
  /** The page of the identifier answered above the results, which they leave out. */
  private identifierUrl: string | undefined;

  /** Forgets the last search's pages not shown yet, as a new query starts. */
  clear() {
    this.rest = [];
  }

  /**
   * Searches `query` and shows its first pages; an identifier's page (`identifierUrl`), already
   * answered above, is left out. False when Pagefind could not be loaded.
   */
  async search(
    query: string,
    filters: Record<string, string>,
    identifierUrl: string | undefined,
    generation: number,
  ): Promise<boolean> {
    let engine: Pagefind;
    try {
      engine = await loadPagefind(this.panel.pagefindScript);
    } catch {
      return false;
    }
    const search = await engine.search(query, { filters });
    if (!this.panel.isCurrent(generation)) return true;
    const hits = search?.results ?? [];
    this.total = hits.length;
    this.rest = hits;
    this.identifierUrl = identifierUrl;
    // The best page is shown as soon as its own file arrives; the next ones follow in one go.
    if (await this.showMore(1, generation, { replace: !identifierUrl, announce: false }))
      await this.showMore(PAGE_SIZE - 1, generation);
    return true;
  }

  /**
   * Shows the next `count` pages found, fetching their titles and excerpts; false once a newer
   * query has started. `replace` clears the previous query's results, which stay until then;
   * `announce` updates the status line (not between the first result and the rest).
   */
  async showMore(
    count = PAGE_SIZE,
    generation = this.panel.generation,
    { replace = false, announce = true } = {},
  ): Promise<boolean> {
    const { results, status, input, more } = this.panel;
    const next = this.rest.splice(0, count);
    const moreHadFocus = document.activeElement === more;
    more.hidden = true;
    const found = await Promise.all(next.map((hit) => hit.data()));
    if (!this.panel.isCurrent(generation)) return false;
    // The identifier's own page is already first, and is not one of the other pages found either.
    const others = found.filter((result) => result.url !== this.identifierUrl);
    this.total -= found.length - others.length;
    const items = others.map((result) => resultItem(result, this.panel));
    // Otherwise appended: a link above may have the focus.
    if (replace) results.replaceChildren(...items);
    else results.append(...items);
    more.hidden = this.rest.length === 0;
    // "More results" hid itself while loading: its focus goes on to the first new result, not to the page.
    if (moreHadFocus) (items[0]?.querySelector('a') ?? (more.hidden ? input : more)).focus();
    if (announce) {
      const shown = results.querySelectorAll(':scope > li:not([data-identifier])').length;
      status.textContent = resultsStatus({
        query: input.value.trim(),
        shown,
        total: this.total,
        identifier: this.identifierUrl !== undefined,
      });
    }
    return true;
  }
}

customElements.define('search-second-step', SearchSecondStep);
