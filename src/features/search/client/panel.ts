/**
 * The search panel (src/features/search/SearchPanel.astro), first step: it answers a KB number or
 * bulletin id from the small KB list, with nothing else loaded. Full text is the second step
 * (src/features/search/client/second-step.ts), loaded for the first query that is no identifier; after an
 * identifier's answer, full text waits until the visitor asks for more results. So identifiers,
 * the commonest queries, are answered with the fewest bytes (issue 14: 5 KB), and nothing paints
 * after the answer. Error codes are answered by a step of their own (src/features/search/client/error-step.ts), which holds
 * the error-code reader. Both steps are loaded the way the starter loads this script, by cloning
 * the <template> that holds its <script> tag: an import() here would bring Vite's preload helper (~0.9 KB).
 */
import {
  answerKbIdentifier,
  identifierStatus,
  kbShaped,
  mayBecomeIdentifier,
  type IdentifierAnswer,
  type IdentifierList,
  type SearchIdentifiers,
} from '../identifiers';
import {
  errorIndexPath,
  finderPath,
  guideIndexPath,
  pagefindScriptPath,
  searchIdentifierListPath,
  updateIndexPath,
} from '../../../site/routes';
import type { SearchErrorStep } from './error-step';
import type { PanelParts } from './panel-parts';
import type { SearchSecondStep } from './second-step';

/** Search once typing pauses this long (Pagefind's own UI waits as long). */
const TYPING_PAUSE = 300;
/** A partial identifier waits longer before full text: people copy KB numbers digit by digit. */
const IDENTIFIER_PAUSE = 1000;
const LINK = 'font-semibold text-sky-800 underline-offset-2 hover:underline dark:text-sky-300';

const lists: { [L in IdentifierList]?: Promise<SearchIdentifiers[L]> } = {};

type Step = 'search-error-step' | 'search-second-step';
const stepScripts: Partial<Record<Step, Promise<boolean>>> = {};

/**
 * Whether a step's element is defined, once its script, cloned from the <template> named after it,
 * has run or failed to load; a failure is forgotten, so the next query tries again.
 */
function stepDefined(step: Step): Promise<boolean> {
  return (stepScripts[step] ??= new Promise((resolve) => {
    const template = document.querySelector<HTMLTemplateElement>(
      `template[data-search-step="${step}"]`,
    )!;
    const clone = template.content.cloneNode(true) as DocumentFragment;
    clone.querySelector('script')!.addEventListener('error', () => {
      delete stepScripts[step];
      resolve(false);
    });
    document.body.append(clone);
    void customElements.whenDefined(step).then(() => resolve(true));
  }));
}

/**
 * The answer above the results. Built without src/site/client/dom.ts, which only the second step
 * needs: one file less before the answer. Its text goes in as text, never as markup.
 */
function identifierItem(answer: IdentifierAnswer): HTMLLIElement {
  const item = document.createElement('li');
  const link = item.appendChild(document.createElement('a'));
  link.className = LINK;
  item.dataset.identifier = answer.kind;
  if (answer.kind === 'page') {
    item.className =
      'rounded-md border border-sky-300 bg-sky-50 p-3 dark:border-sky-800 dark:bg-sky-950/50';
    link.href = answer.url;
    link.textContent = `Go to ${answer.label} — ${answer.title}`;
  } else {
    item.className =
      'rounded-md border border-amber-300 bg-amber-50 p-3 dark:border-amber-800 dark:bg-amber-950/50';
    // The explanation is the status line's, said once, where screen readers hear it too.
    link.href = finderPath();
    link.textContent = 'Open the fix finder';
  }
  return item;
}

/** A list to answer identifiers from, fetched once for every panel; a failure is forgotten, so the next query tries again. */
function loadList<L extends IdentifierList>(list: L): Promise<SearchIdentifiers[L]> {
  return (lists[list] ??= fetch(searchIdentifierListPath(list))
    .then((response) => {
      if (!response.ok) throw new Error(response.statusText);
      return response.json();
    })
    .catch((error: unknown) => {
      delete lists[list];
      throw error;
    })) as Promise<SearchIdentifiers[L]>;
}

class SearchPanel extends HTMLElement implements PanelParts {
  input!: HTMLInputElement;
  results!: HTMLOListElement;
  status!: HTMLElement;
  more = document.createElement('button');
  headingTag: 'h2' | 'h3' = 'h2';
  linkClass = LINK;
  pagefindScript = pagefindScriptPath;
  generation = 0;
  /** Each made with the first query that needs it. */
  private errorStep: SearchErrorStep | undefined;
  private secondStep: SearchSecondStep | undefined;
  /** The full-text search an identifier's answer holds back until "More results" asks for it. */
  private heldBack:
    { query: string; filters: Record<string, string>; url: string; generation: number } | undefined;

  connectedCallback() {
    const form = this.querySelector('form')!;
    this.input = form.querySelector('input[name="q"]')!;
    this.results = this.querySelector('[data-results]')!;
    this.status = this.querySelector('[data-status]')!;
    if (this.dataset.resultHeading === 'h3') this.headingTag = 'h3';
    this.more.type = 'button';
    this.more.hidden = true;
    this.more.className =
      'mt-3 rounded-md border border-slate-400 px-3 py-1.5 text-sm dark:border-slate-500';
    this.more.textContent = 'More results';
    this.more.addEventListener(
      'click',
      () => void (this.heldBack ? this.searchHeldBack() : this.secondStep?.showMore()),
    );
    this.append(this.more);

    const params = new URLSearchParams(location.search);
    // The search page's query is in its address; the 404 page's own script fills the field itself.
    const initial = this.dataset.syncUrl !== undefined ? (params.get('q') ?? '') : '';
    // maxlength binds typing only; a value from the address is cut to the same length, by code
    // points so that an emoji at the cut stays whole and the address can be rewritten. Array.from
    // splits by code points as src/site/code-points.ts does, without that module's file on the
    // path of every identifier's answer (its 114 bytes, and the answer's 5 KB budget).
    if (initial) this.input.value = Array.from(initial).slice(0, this.input.maxLength).join('');

    let timer: ReturnType<typeof setTimeout> | undefined;
    const runAfterTypingPause = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void this.run(), TYPING_PAUSE);
    };
    // A query the page wrote (the address's, the missing path's) is searched at once. What was typed
    // while this script was on its way waits for the typing pause like any key: searched at once,
    // the "re" of "reinstall" fetched full text and five excerpts of its own (6.7 KB).
    if (initial || this.dataset.queryFromPath !== undefined) {
      if (this.input.value) void this.run();
    } else if (this.input.value) runAfterTypingPause();
    this.input.addEventListener('input', () => {
      // A key pressed makes any search still on its way out of date, before its own search starts.
      this.generation++;
      runAfterTypingPause();
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
        if (first && !first.matches('[data-identifier="unknown"]'))
          first.querySelector('a')?.click();
      });
    });
    this.addEventListener('keydown', (event) => this.moveFocus(event));
  }

  isCurrent(generation: number) {
    return generation === this.generation;
  }

  /** Arrow keys move between the field and the results; Enter follows the focused link. */
  private moveFocus(event: KeyboardEvent) {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [
      ...this.results.querySelectorAll<HTMLAnchorElement>(':scope > li a:first-of-type'),
    ];
    const current = links.indexOf(document.activeElement as HTMLAnchorElement);
    // Only from the field or a result: the filters' menus keep their own arrow keys.
    if (links.length === 0 || (event.target !== this.input && current === -1)) return;
    event.preventDefault();
    if (event.key === 'ArrowDown') links[Math.min(current + 1, links.length - 1)].focus();
    else if (current <= 0) this.input.focus();
    else links[current - 1].focus();
  }

  /** The second step, its script loaded on first use; null when that script could not be loaded. */
  private async loadSecondStep(): Promise<SearchSecondStep | null> {
    if (!(await stepDefined('search-second-step'))) return null;
    if (!this.secondStep) {
      this.secondStep = document.createElement('search-second-step') as SearchSecondStep;
      this.secondStep.panel = this;
      this.append(this.secondStep);
    }
    return this.secondStep;
  }

  private failed(generation: number) {
    if (!this.isCurrent(generation)) return;
    // A connection too poor for search may still bring a page: the lists lead to every one.
    const link = (href: string, text: string) =>
      Object.assign(document.createElement('a'), { href, textContent: text, className: LINK });
    this.status.replaceChildren(
      'Search could not be loaded. Check the connection and type again, or browse the ',
      link(updateIndexPath, 'updates'),
      ', ',
      link(errorIndexPath, 'error codes'),
      ' or ',
      link(guideIndexPath, 'guides'),
      '.',
    );
  }

  private async run() {
    const generation = ++this.generation;
    const query = this.input.value.trim();
    const form = this.input.form!;
    // Only the search page's panel has the filters.
    const type = (form.elements.namedItem('type') as HTMLSelectElement | null)?.value;
    const framework = (form.elements.namedItem('framework') as HTMLSelectElement | null)?.value;
    const filters: Record<string, string> = {};
    if (type) filters.type = type;
    if (framework) filters.framework = framework;
    if (this.dataset.syncUrl !== undefined) {
      history.replaceState(
        null,
        '',
        query ? `${location.pathname}?q=${encodeURIComponent(query)}` : location.pathname,
      );
    }
    this.secondStep?.clear();
    this.heldBack = undefined;
    this.more.hidden = true;
    if (!query) {
      this.results.replaceChildren();
      this.status.textContent = '';
      return;
    }
    this.status.textContent = 'Searching…';
    let identifier: IdentifierAnswer | null = null;
    try {
      if (kbShaped(query)) identifier = answerKbIdentifier(query, await loadList('kbs'));
      // Every error code has a digit; the error step reads the query exactly (a test here would
      // weigh on the first step, which the search page opened with a KB number needs within 14 KB).
      // Without the error step (it could not load), a query with a digit is searched as words.
      else if (/\d/.test(query) && (await stepDefined('search-error-step'))) {
        this.errorStep ??= Object.assign(
          document.createElement('search-error-step') as SearchErrorStep,
          { loadList },
        );
        identifier = await this.errorStep.answer(query);
      }
    } catch {
      return this.failed(generation);
    }
    if (!this.isCurrent(generation)) return;
    if (identifier) {
      // An identifier is answered on its own; words keep the previous results on screen until theirs arrive.
      this.results.replaceChildren(identifierItem(identifier));
      // One that is not ours would only match unrelated pages by prefix: stop there, and say why
      // once, in the status line that screen readers announce. One of ours holds full text back.
      if (identifier.kind === 'unknown') this.status.textContent = identifier.message;
      else {
        this.heldBack = { query, filters, url: identifier.url, generation };
        this.status.textContent = identifierStatus(identifier.label);
        this.more.hidden = false;
      }
      return;
    }
    if (mayBecomeIdentifier(query)) {
      await new Promise((resolve) => setTimeout(resolve, IDENTIFIER_PAUSE - TYPING_PAUSE));
      if (!this.isCurrent(generation)) return;
    }
    const secondStep = await this.loadSecondStep();
    if (!secondStep || !(await secondStep.search(query, filters, undefined, generation)))
      this.failed(generation);
  }

  /** "More results" under an identifier's answer: the other pages found for it, the keyboard on the first. */
  private async searchHeldBack() {
    const { query, filters, url, generation } = this.heldBack!;
    this.heldBack = undefined;
    const hadFocus = document.activeElement === this.more;
    this.more.hidden = true;
    this.status.textContent = 'Searching…';
    const secondStep = await this.loadSecondStep();
    if (!secondStep || !(await secondStep.search(query, filters, url, generation)))
      return this.failed(generation);
    if (hadFocus && this.isCurrent(generation))
      (
        this.results.children[1]?.querySelector('a') ?? (this.more.hidden ? this.input : this.more)
      ).focus();
  }
}

customElements.define('search-panel', SearchPanel);
