import { firstCodePoints } from '../lib/code-points';
import { answerIdentifier, mayBecomeIdentifier, mayNeedIdentifiers, type IdentifierAnswer, type SearchIdentifiers } from '../lib/search-identifiers';
import { resultsStatus } from '../lib/search-status';
import { finderPath, pagefindScriptPath, searchIdentifiersPath } from '../lib/routes';
import { h } from './dom';

/** The part of Pagefind's JavaScript API this panel uses. */
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindHit[] } | null>;
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
/** Search once typing pauses this long (Pagefind's own UI waits as long). */
const TYPING_PAUSE = 300;
/** A partial identifier waits longer before full text: people copy KB numbers digit by digit. */
const IDENTIFIER_PAUSE = 1000;
const LINK = 'font-semibold text-sky-800 underline-offset-2 hover:underline dark:text-sky-300';

let pagefind: Promise<Pagefind> | undefined;
let identifiers: Promise<SearchIdentifiers> | undefined;

/**
 * The identifier list is small and answers KB numbers, bulletin ids and error codes on its own. It
 * is fetched on the first query that is or may become one (from its first character: "K", "0x",
 * "16"), never for words; a failure is forgotten, so the next query tries again (the connection may
 * come back).
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
    // The explanation is the status line's, said once, where screen readers hear it too.
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
  private more!: HTMLButtonElement;
  private generation = 0;
  /** The pages found by the last full-text search and not shown yet, and how many it found. */
  private rest: PagefindHit[] = [];
  private total = 0;
  /** The page of the identifier answered above the results, which they leave out. */
  private identifierUrl: string | undefined;

  connectedCallback() {
    const form = this.querySelector('form')!;
    this.input = form.querySelector('input[name="q"]')!;
    this.results = this.querySelector('[data-results]')!;
    this.status = this.querySelector('[data-status]')!;
    this.more = h('button', { type: 'button', hidden: '', class: 'mt-3 rounded-md border border-slate-400 px-3 py-1.5 text-sm dark:border-slate-500' }, 'More results');
    this.more.addEventListener('click', () => void this.showMore());
    this.append(this.more);

    const params = new URLSearchParams(location.search);
    // The search page's query is in its address; the 404 page's own script fills the field itself.
    const initial = this.dataset.syncUrl !== undefined ? (params.get('q') ?? '') : '';
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
    // Only the search page's panel has the filters.
    const type = (form.elements.namedItem('type') as HTMLSelectElement | null)?.value;
    const framework = (form.elements.namedItem('framework') as HTMLSelectElement | null)?.value;
    if (this.dataset.syncUrl !== undefined) {
      history.replaceState(null, '', query ? `${location.pathname}?q=${encodeURIComponent(query)}` : location.pathname);
    }
    this.rest = [];
    this.more.hidden = true;
    if (!query) {
      this.results.replaceChildren();
      this.status.textContent = '';
      return;
    }
    this.status.textContent = 'Searching…';
    const failed = () => {
      if (generation === this.generation) this.status.textContent = 'Search could not be loaded. Check the connection and type again.';
    };
    let identifier: IdentifierAnswer | null = null;
    if (mayNeedIdentifiers(query)) {
      try {
        identifier = answerIdentifier(query, await loadIdentifiers());
      } catch {
        return failed();
      }
      if (generation !== this.generation) return;
    }
    // An identifier is answered at once, before Pagefind is even fetched; words keep the previous
    // results on screen until theirs arrive.
    if (identifier) this.results.replaceChildren(identifierItem(identifier));
    // An identifier that is not ours would only match unrelated pages by prefix: stop there, and
    // say why once, in the status line that screen readers announce.
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
    if (generation !== this.generation) return;
    const hits = search?.results ?? [];
    this.total = hits.length;
    this.rest = hits;
    this.identifierUrl = identifier?.url;
    // The best page is shown as soon as its own file arrives; the next ones follow in one go.
    if (await this.showMore(1, generation, { replace: !identifier, announce: false })) await this.showMore(PAGE_SIZE - 1, generation);
  }

  /**
   * Shows the next `count` pages found, fetching their titles and excerpts; false once a newer
   * query has started. `replace` clears the previous query's results, which stay until then;
   * `announce` updates the status line (not between the first result and the rest).
   */
  private async showMore(count = PAGE_SIZE, generation = this.generation, { replace = false, announce = true } = {}): Promise<boolean> {
    const next = this.rest.splice(0, count);
    const moreHadFocus = document.activeElement === this.more;
    this.more.hidden = true;
    const found = await Promise.all(next.map((hit) => hit.data()));
    if (generation !== this.generation) return false;
    const headingTag = this.dataset.resultHeading === 'h2' ? 'h2' : 'h3';
    // The identifier's own page is already first, and is not one of the other pages found either.
    const others = found.filter((result) => result.url !== this.identifierUrl);
    this.total -= found.length - others.length;
    const items = others.map((result) => resultItem(result, headingTag));
    // Otherwise appended: a link above may have the focus.
    if (replace) this.results.replaceChildren(...items);
    else this.results.append(...items);
    this.more.hidden = this.rest.length === 0;
    // "More results" hid itself while loading: its focus goes on to the first new result, not to the page.
    if (moreHadFocus) (items[0]?.querySelector('a') ?? (this.more.hidden ? this.input : this.more)).focus();
    if (announce) {
      const shown = this.results.querySelectorAll(':scope > li:not([data-identifier])').length;
      this.status.textContent = resultsStatus({ query: this.input.value.trim(), shown, total: this.total, identifier: this.identifierUrl !== undefined });
    }
    return true;
  }
}

customElements.define('search-panel', SearchPanel);
