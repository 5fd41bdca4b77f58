import { firstCodePoints } from '../lib/code-points';
import { answerIdentifier, mayBecomeIdentifier, type IdentifierAnswer, type SearchIdentifiers } from '../lib/search-identifiers';
import { searchQueryFromPath } from '../lib/search-query-from-path';
import { finderPath, pagefindScriptPath, searchIdentifiersPath, withoutBase } from '../lib/routes';
import { h } from './dom';

/** The part of Pagefind's JavaScript API this panel uses. */
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string, options?: { filters?: Record<string, string> }): Promise<{ results: { data(): Promise<PagefindResult> }[] } | null>;
}
interface PagefindResult {
  url: string;
  excerpt: string;
  meta: { title?: string; type?: string };
  sub_results: { title: string; url: string }[];
}

const MAX_RESULTS = 8;
/** Search once typing pauses this long (Pagefind's own UI waits as long). */
const TYPING_PAUSE = 300;
/** A partial identifier waits longer before full text: people copy KB numbers digit by digit. */
const IDENTIFIER_PAUSE = 1000;
const LINK = 'font-semibold text-sky-800 underline-offset-2 hover:underline dark:text-sky-300';

let pagefind: Promise<Pagefind> | undefined;
let identifiers: Promise<SearchIdentifiers> | undefined;

/**
 * The identifier list is small and answers KB numbers, bulletin ids and error codes on its own, so
 * it is fetched as soon as this script loads; a failure is forgotten, so the next query tries again
 * (the connection may come back).
 */
function loadIdentifiers() {
  identifiers ??= fetch(searchIdentifiersPath)
    .then((response) => {
      if (!response.ok) throw new Error(`search-identifiers.json: ${response.status}`);
      return response.json() as Promise<SearchIdentifiers>;
    })
    .catch((error: unknown) => {
      identifiers = undefined;
      throw error;
    });
  return identifiers;
}

/** Pagefind, many times larger, loads on the first query that needs full text, never before. */
function loadPagefind() {
  pagefind ??= (async () => {
    const url = pagefindScriptPath;
    const module: Pagefind = await import(/* @vite-ignore */ url);
    // Searching on the main thread spares the first query the worker script (~12 KB compressed).
    await module.options({ excerptLength: 24, noWorker: true });
    return module;
  })().catch((error: unknown) => {
    pagefind = undefined;
    throw error;
  });
  return pagefind;
}

void loadIdentifiers().catch(() => {
  // Said to the visitor when a query needs it.
});

/** Pagefind's excerpt is HTML with <mark> around matches; keep the text and the marks, nothing else. */
function excerptNodes(excerpt: string): Node[] {
  const body = new DOMParser().parseFromString(excerpt, 'text/html').body;
  return [...body.childNodes].map((node) =>
    node.nodeName === 'MARK' ? h('mark', { class: 'bg-amber-200 text-slate-900' }, node.textContent ?? '') : document.createTextNode(node.textContent ?? ''),
  );
}

function identifierItem(answer: IdentifierAnswer): HTMLLIElement {
  if (answer.kind === 'page') {
    return h(
      'li',
      { 'data-identifier': 'page', class: 'rounded-md border border-sky-300 bg-sky-50 p-3 dark:border-sky-800 dark:bg-sky-950/50' },
      h('a', { href: answer.url, class: LINK }, `Go to ${answer.label} — ${answer.title}`),
    );
  }
  return h(
    'li',
    { 'data-identifier': 'unknown', class: 'rounded-md border border-amber-300 bg-amber-50 p-3 dark:border-amber-800 dark:bg-amber-950/50' },
    h('p', {}, answer.message),
    h('a', { href: finderPath(), class: LINK }, 'Open the fix finder'),
  );
}

function resultItem(result: PagefindResult, headingTag: 'h2' | 'h3'): HTMLLIElement {
  const section = result.sub_results.find((sub) => sub.url !== result.url && sub.url.includes('#'));
  return h(
    'li',
    {},
    h(
      headingTag,
      { class: 'text-base' },
      h('a', { href: result.url, class: LINK }, result.meta.title ?? result.url),
      result.meta.type && h('span', { class: 'ml-2 rounded bg-slate-200 px-1.5 py-0.5 text-xs font-normal text-slate-800 dark:bg-slate-700 dark:text-slate-100' }, result.meta.type),
    ),
    h('p', { class: 'mt-1 text-sm text-slate-700 dark:text-slate-300' }, ...excerptNodes(result.excerpt)),
    section && h('p', { class: 'mt-1 text-sm' }, 'Section: ', h('a', { href: section.url, class: 'underline' }, section.title)),
  );
}

class SearchPanel extends HTMLElement {
  private input!: HTMLInputElement;
  private results!: HTMLOListElement;
  private status!: HTMLElement;
  private generation = 0;

  connectedCallback() {
    const form = this.querySelector('form')!;
    this.input = form.querySelector('input[name="q"]')!;
    this.results = this.querySelector('[data-results]')!;
    this.status = this.querySelector('[data-status]')!;

    const params = new URLSearchParams(location.search);
    const initial = this.dataset.queryFromPath !== undefined ? searchQueryFromPath(withoutBase(location.pathname)) : this.dataset.syncUrl !== undefined ? (params.get('q') ?? '') : '';
    // maxlength binds typing only; a value from the address is cut to the same length, by code
    // points so that an emoji at the cut stays whole and the address can be rewritten.
    if (initial) this.input.value = firstCodePoints(initial, this.input.maxLength);
    // Also runs what was typed while this script was still on its way.
    if (this.input.value) void this.run();

    let timer: ReturnType<typeof setTimeout> | undefined;
    this.input.addEventListener('input', () => {
      // A key pressed makes any search still on its way out of date, before its own search starts.
      this.generation++;
      clearTimeout(timer);
      timer = setTimeout(() => void this.run(), TYPING_PAUSE);
    });
    form.addEventListener('change', (event) => {
      if (event.target !== this.input) void this.run();
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      // Enter goes to the answer: an identifier's page, or else the first full-text result; an
      // identifier that is not ours stays on screen so its explanation is read.
      void this.run().then(() => {
        const first = this.results.firstElementChild;
        if (first && !first.matches('[data-identifier="unknown"]')) first.querySelector('a')?.click();
      });
    });
    this.addEventListener('keydown', (event) => this.moveFocus(event));
  }

  /** Arrow keys move between the field and the results; Enter follows the focused link. */
  private moveFocus(event: KeyboardEvent) {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...this.results.querySelectorAll<HTMLAnchorElement>(':scope > li a:first-of-type')];
    const current = links.indexOf(document.activeElement as HTMLAnchorElement);
    // Only from the field or a result: the filters' menus keep their own arrow keys.
    if (links.length === 0 || (event.target !== this.input && current === -1)) return;
    event.preventDefault();
    if (event.key === 'ArrowDown') links[Math.min(current + 1, links.length - 1)]!.focus();
    else if (current <= 0) this.input.focus();
    else links[current - 1]!.focus();
  }

  private async run() {
    const generation = ++this.generation;
    const query = this.input.value.trim();
    const form = this.input.form!;
    const type = (form.elements.namedItem('type') as HTMLSelectElement).value;
    const framework = (form.elements.namedItem('framework') as HTMLSelectElement).value;
    if (this.dataset.syncUrl !== undefined) {
      history.replaceState(null, '', query ? `${location.pathname}?q=${encodeURIComponent(query)}` : location.pathname);
    }
    if (!query) {
      this.results.replaceChildren();
      this.status.textContent = '';
      return;
    }
    this.status.textContent = 'Searching…';
    const failed = () => {
      if (generation === this.generation) this.status.textContent = 'Search could not be loaded. Check the connection and type again.';
    };
    let known: SearchIdentifiers;
    try {
      known = await loadIdentifiers();
    } catch {
      return failed();
    }
    if (generation !== this.generation) return;
    // An identifier is answered at once, before Pagefind is even fetched; words keep the previous
    // results on screen until theirs arrive.
    const identifier = answerIdentifier(query, known);
    if (identifier) this.results.replaceChildren(identifierItem(identifier));
    // An identifier that is not ours would only match unrelated pages by prefix: stop there.
    if (identifier?.kind === 'unknown') {
      this.status.textContent = identifier.message;
      return;
    }
    if (!identifier && mayBecomeIdentifier(query)) {
      await new Promise((resolve) => setTimeout(resolve, IDENTIFIER_PAUSE - TYPING_PAUSE));
      if (generation !== this.generation) return;
    }
    let engine: Pagefind;
    try {
      engine = await loadPagefind();
    } catch {
      return failed();
    }
    const filters: Record<string, string> = {};
    if (type) filters.type = type;
    if (framework) filters.framework = framework;
    const search = await engine.search(query, { filters });
    // Each result's excerpt is a file of its own: fetch none for a query already typed over.
    if (generation !== this.generation) return;
    const found = await Promise.all((search?.results ?? []).slice(0, MAX_RESULTS).map((r) => r.data()));
    if (generation !== this.generation) return;
    const headingTag = this.dataset.resultHeading === 'h2' ? 'h2' : 'h3';
    const pages = found.filter((r) => r.url !== identifier?.url).map((r) => resultItem(r, headingTag));
    // After an identifier, appended rather than redrawn: its link may already have the focus.
    if (identifier) this.results.append(...pages);
    else this.results.replaceChildren(...pages);
    this.status.textContent = pages.length === 0 && !identifier ? `Nothing found for “${query}”.` : `${pages.length} page${pages.length === 1 ? '' : 's'} found.`;
  }
}

customElements.define('search-panel', SearchPanel);
