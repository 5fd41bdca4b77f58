import { firstCodePoints } from '../lib/code-points';
import { answerIdentifier, type IdentifierAnswer, type SearchIdentifiers } from '../lib/search-identifiers';
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
const LINK = 'font-semibold text-sky-800 underline-offset-2 hover:underline dark:text-sky-300';

let pagefind: Promise<Pagefind> | undefined;
let identifiers: Promise<SearchIdentifiers> | undefined;

/** Pagefind and the identifier list load on the first query, never with the page. */
function loadSearch() {
  pagefind ??= (async () => {
    const url = pagefindScriptPath;
    const module: Pagefind = await import(/* @vite-ignore */ url);
    // Searching on the main thread spares the first query the worker script (~12 KB compressed).
    await module.options({ excerptLength: 24, noWorker: true });
    return module;
  })();
  identifiers ??= fetch(searchIdentifiersPath).then((response) => {
    if (!response.ok) throw new Error(`search-identifiers.json: ${response.status}`);
    return response.json();
  });
  return Promise.all([pagefind, identifiers]).catch((error: unknown) => {
    // Forget the failure, so that the next query tries again (the connection may come back).
    pagefind = undefined;
    identifiers = undefined;
    throw error;
  });
}

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
    if (initial) {
      // maxlength binds typing only; a value from the address is cut to the same length, by
      // code points so that an emoji at the cut stays whole and the address can be rewritten.
      this.input.value = firstCodePoints(initial, this.input.maxLength);
      void this.run();
    }

    let timer: ReturnType<typeof setTimeout> | undefined;
    this.input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(() => void this.run(), 120);
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

  /** Focuses the search field (the dialog calls this when it opens). */
  focusInput() {
    this.input.focus();
    this.input.select();
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
    let engine: Pagefind, known: SearchIdentifiers;
    try {
      [engine, known] = await loadSearch();
    } catch {
      if (generation === this.generation) this.status.textContent = 'Search could not be loaded. Check the connection and type again.';
      return;
    }
    const identifier = answerIdentifier(query, known);
    const items: HTMLLIElement[] = identifier ? [identifierItem(identifier)] : [];
    // An identifier that is not ours would only match unrelated pages by prefix: stop there.
    if (identifier?.kind !== 'unknown') {
      const filters: Record<string, string> = {};
      if (type) filters.type = type;
      if (framework) filters.framework = framework;
      const search = await engine.search(query, { filters });
      const found = await Promise.all((search?.results ?? []).slice(0, MAX_RESULTS).map((r) => r.data()));
      const headingTag = this.dataset.resultHeading === 'h2' ? 'h2' : 'h3';
      items.push(...found.filter((r) => r.url !== (identifier?.kind === 'page' ? identifier.url : null)).map((r) => resultItem(r, headingTag)));
    }
    if (generation !== this.generation) return;
    this.results.replaceChildren(...items);
    const pages = items.length - (identifier ? 1 : 0);
    this.status.textContent =
      identifier?.kind === 'unknown' ? identifier.message : pages === 0 && !identifier ? `Nothing found for “${query}”.` : `${pages} page${pages === 1 ? '' : 's'} found.`;
  }
}

customElements.define('search-panel', SearchPanel);
