import { answerFinder, suggestFromUserAgent, type FinderAnswer } from '../lib/finder';
import { finderQuery, hasFinderParameters, readFinderState, type FinderState } from '../lib/finder-state';
import type { FixTable, FixTablePackage } from '../lib/fix-table';
import { formatKbNumber } from '../lib/kb-number';
import { combinationPath, guidePath, kbPath } from '../lib/routes';
import type { Architecture } from '../schemas/shared';
import { readUserAgent } from '../lib/user-agent';
import { h } from './dom';

const LINK = 'text-sky-800 underline underline-offset-2 dark:text-sky-300';

function downloadLinks(pkg: FixTablePackage) {
  return h(
    'p',
    { class: 'mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm' },
    pkg.downloadCenter && h('a', { class: LINK, href: pkg.downloadCenter, rel: 'external' }, `Download Center page for ${formatKbNumber(pkg.kb)}`),
    h('a', { class: LINK, href: pkg.updateCatalog, rel: 'external' }, `Update Catalog search for ${formatKbNumber(pkg.kb)}`),
  );
}

function renderAnswer(answer: FinderAnswer | undefined, state: FinderState, headingTag: 'h2' | 'h3'): Node[] {
  if (!answer) return [h('p', {}, 'Choose your Windows version and its architecture to see the answer.')];
  const { os } = answer;
  const nodes: Node[] = [h(headingTag, { class: 'text-lg font-semibold' }, `Answer for ${os.name}`)];
  if (answer.osNote) nodes.push(h('p', { class: 'mt-2' }, answer.osNote));
  if (state.frameworks.length === 0 && !answer.osNote) {
    nodes.push(h('p', { class: 'mt-2' }, 'Tick the .NET Framework versions installed on it to see the packages it needs.'));
  }
  for (const fix of answer.fixes) {
    const kb = formatKbNumber(fix.kb);
    nodes.push(
      h(
        'section',
        { class: 'mt-4 rounded-lg border border-sky-200 bg-sky-50 p-4 dark:border-sky-900 dark:bg-sky-950/40', 'aria-label': `Install ${kb}` },
        h('p', { class: 'font-semibold' }, 'Install ', h('a', { class: LINK, href: kbPath(fix.kb) }, kb), `: ${fix.package.title}`),
        h(
          'ul',
          { class: 'mt-1 list-disc pl-5 text-sm' },
          ...fix.frameworks.map(({ framework, via }) =>
            h(
              'li',
              {},
              // A version answered through one it brings has no page of its own: link the one it brings.
              h('a', { class: LINK, href: combinationPath(os.id, (via ?? framework).id) }, `For ${framework.name}`),
              via ? ` — it installs ${via.name} underneath it, and ${kb} is the package for that.` : '',
            ),
          ),
        ),
        h('p', { class: 'mt-2 text-sm' }, 'Package: ', h('code', { class: 'font-mono' }, fix.installer)),
        downloadLinks(fix.package),
        h(
          'p',
          { class: 'mt-2 text-sm' },
          fix.package.logFolder
            ? `Its setup logs go to ${fix.package.logFolder}.`
            : `Its setup logs go to a folder under %temp% whose name contains ${kb} (exact name unconfirmed).`,
        ),
      ),
    );
  }
  if (answer.fixes.length > 1) {
    nodes.push(
      h(
        'p',
        { class: 'mt-3 text-sm' },
        'Install each package above; a restart is needed only if files the update replaces are in use. If they keep failing and you remove and reinstall the .NET Framework, the order matters: ',
        h('a', { class: LINK, href: guidePath('reinstall-dotnet-in-order') }, '3.5 SP1 first, then 1.1, then 1.1 SP1'),
        '.',
      ),
    );
  }
  for (const note of answer.notes) {
    nodes.push(
      h(
        'div',
        { class: 'mt-4 rounded-lg border border-slate-300 p-4 dark:border-slate-700' },
        h('p', {}, note.message),
        note.alternatives.length > 0 &&
          h(
            'ul',
            { class: 'mt-2 list-disc pl-5 text-sm' },
            ...note.alternatives.map((alt) =>
              h(
                'li',
                {},
                h('a', { class: LINK, href: combinationPath(os.id, alt.framework.id) }, alt.framework.name),
                ': ',
                h('a', { class: LINK, href: kbPath(alt.kb) }, formatKbNumber(alt.kb)),
              ),
            ),
          ),
      ),
    );
  }
  return nodes;
}

class FixFinder extends HTMLElement {
  connectedCallback() {
    const table: FixTable = JSON.parse(this.querySelector('script[type="application/json"]')!.textContent!);
    const form = this.querySelector<HTMLFormElement>('[data-finder-form]')!;
    const osSelect = form.querySelector<HTMLSelectElement>('select[name="os"]')!;
    const archSelect = form.querySelector<HTMLSelectElement>('select[name="arch"]')!;
    const checkboxes = [...form.querySelectorAll<HTMLInputElement>('input[name="fw"]')];
    const answerBox = this.querySelector<HTMLElement>('[data-answer]')!;
    const share = this.querySelector<HTMLElement>('[data-share]')!;
    const copyStatus = this.querySelector<HTMLElement>('[data-copy-status]')!;
    const sharePath = this.dataset.sharePath!;

    /** Offers only the architectures the chosen release has, and picks the only one. */
    const fitArchitectures = () => {
      const available = osSelect.selectedOptions[0]?.dataset.architectures?.split(' ') ?? [];
      for (const option of archSelect.options) {
        // `disabled` as well as `hidden`: some browsers show hidden options anyway.
        option.hidden = option.disabled = option.value !== '' && available.length > 0 && !available.includes(option.value);
      }
      if (archSelect.selectedOptions[0]?.hidden) archSelect.value = '';
      if (available.length === 1) archSelect.value = available[0]!;
    };
    const readControls = (): FinderState => ({
      ...(osSelect.value ? { release: osSelect.value } : {}),
      ...(archSelect.value ? { architecture: archSelect.value as Architecture } : {}),
      frameworks: checkboxes.filter((box) => box.checked).map((box) => box.value),
    });
    const showState = (state: FinderState) => {
      osSelect.value = state.release ?? '';
      fitArchitectures();
      if (state.architecture) archSelect.value = state.architecture;
      for (const box of checkboxes) box.checked = state.frameworks.includes(box.value);
    };
    const update = (state: FinderState) => {
      const answer = answerFinder(table, state);
      answerBox.replaceChildren(...renderAnswer(answer, state, this.dataset.answerHeading === 'h2' ? 'h2' : 'h3'));
      share.hidden = !answer;
      copyStatus.textContent = '';
    };

    const params = new URLSearchParams(location.search);
    if (hasFinderParameters(params)) {
      const { state, ignored } = readFinderState(params, table);
      showState(state);
      if (ignored.length > 0) {
        const notice = this.querySelector<HTMLElement>('[data-ignored]')!;
        notice.textContent = `Part of this link was not understood and is ignored: ${ignored.map((i) => `${i.name} “${i.value}”`).join(', ')}.`;
        notice.hidden = false;
        history.replaceState(null, '', location.pathname + finderQuery(readControls()) + location.hash);
      }
    } else {
      const detected = this.querySelector<HTMLElement>('[data-detected]')!;
      const reading = readUserAgent(navigator.userAgent);
      const suggestion = suggestFromUserAgent(table, reading);
      if (suggestion) {
        showState(suggestion.state);
        const chosen = [
          osSelect.value && osSelect.selectedOptions[0]!.text,
          archSelect.selectedOptions[0]!.text,
          ...checkboxes.filter((b) => b.checked).map((b) => `.NET ${b.nextElementSibling!.textContent}`),
        ].filter(Boolean);
        detected.textContent =
          `Detected from your browser — change if wrong: ${chosen.join(', ')}.` +
          (suggestion.candidates.length > 0
            ? ` Windows NT ${reading.ntVersion} can be ${suggestion.candidates.map((c) => c.name).join(', ')}: choose yours. (That servers report the same NT version as their desktop twins is not confirmed.)`
            : '');
      } else {
        detected.textContent =
          'Your browser does not report a Windows version that MS09-061 covers, so nothing is pre-selected. If the computer with the problem is another one, choose its Windows below.';
      }
      detected.hidden = false;
    }
    update(readControls());

    form.addEventListener('change', (event) => {
      if (event.target === osSelect) fitArchitectures();
      const state = readControls();
      history.replaceState(null, '', location.pathname + finderQuery(state) + location.hash);
      update(state);
    });
    form.addEventListener('submit', (event) => event.preventDefault());

    this.querySelector('[data-copy]')!.addEventListener('click', async () => {
      const link = new URL(sharePath + finderQuery(readControls()), location.origin).toString();
      try {
        await navigator.clipboard.writeText(link);
        copyStatus.textContent = 'Link copied.';
      } catch {
        copyStatus.textContent = `Copying was refused; the link is: ${link}`;
      }
    });
  }
}

customElements.define('fix-finder', FixFinder);
