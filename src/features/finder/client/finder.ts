/**
 * The finder's first-view script: small, because most visits answer nothing before the visitor
 * chooses. A shared link naming one Windows and at most one .NET version shows its answer saved
 * at build time (src/pages/finder/answers/), a few hundred bytes, before anything else loads. The
 * finder itself (src/features/finder/client/answer.ts) and its table load then, or at once for any
 * other link or a browser that reports a Windows the bulletin covers, and otherwise on the
 * visitor's first use of the form. Home and the finder share both files, so a visitor fetches them once.
 */
import { hasFinderParameters, singleChoice, type SingleChoice } from '../state';
import type { PackedFixTables } from '../packed-table';
import type { Markup } from '../../../site/markup';
import { finderAnswerPath, finderTablePath } from '../../../site/routes';
import { readReportableWindowsList, readUserAgent, windowsReportedBy } from '../user-agent';
import { fetchJson } from '../../../site/client/fetch-json';
import { copyOf, markupNodes } from '../../../site/client/markup-nodes';

/**
 * Whether the form offers every id of a link's choice: the saved answers are exactly the form's
 * Windows entries, each with its architectures, by none or one of its .NET versions. Any other
 * value (`os=constructor`, ten thousand digits) would only fetch a missing file; the finder
 * reports it as ignored instead.
 */
function formOffers(form: HTMLFormElement, choice: SingleChoice): boolean {
  const release = [...form.querySelectorAll<HTMLOptionElement>('select[name="os"] option')].find(
    (option) => option.value === choice.release,
  );
  const frameworks = [...form.querySelectorAll<HTMLInputElement>('input[name="fw"]')].map(
    (box) => box.value,
  );
  return (
    (release?.dataset.architectures?.split(' ').includes(choice.architecture) ?? false) &&
    (choice.framework === undefined || frameworks.includes(choice.framework))
  );
}

class FixFinder extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector<HTMLFormElement>('[data-finder-form]')!;
    const osSelect = form.querySelector<HTMLSelectElement>('select[name="os"]')!;
    const answerBox = this.querySelector<HTMLElement>('[data-answer]')!;
    const copy = (name: string) => copyOf(this, name);
    let started: Promise<void> | undefined;
    let running = false;
    // A choice the visitor makes while a shared link's answer is still loading wins over the link.
    let changedByVisitor = false;
    form.addEventListener('change', () => (changedByVisitor = true), { once: true });
    const start = (startedByVisitor: boolean) =>
      (started ??= Promise.all([
        import('./answer'),
        fetchJson<PackedFixTables>(finderTablePath),
      ]).then(
        ([{ runFinder }, packed]) => {
          runFinder(this, packed, startedByVisitor || changedByVisitor);
          running = true;
        },
        () => {
          started = undefined;
          answerBox.replaceChildren(copy('not-loaded'));
        },
      ));

    const params = new URLSearchParams(location.search);
    const choice = singleChoice(params);
    if (choice && formOffers(form, choice)) {
      // The saved answer first; the finder then takes over with the same answer, which it does not
      // put in again (the box is a live region).
      fetchJson<Markup[]>(finderAnswerPath(choice.release, choice.architecture, choice.framework))
        .then((markup) => {
          if (started || changedByVisitor) return;
          osSelect.value = choice.release;
          form.querySelector<HTMLSelectElement>('select[name="arch"]')!.value = choice.architecture;
          for (const box of form.querySelectorAll<HTMLInputElement>('input[name="fw"]'))
            box.checked = box.value === choice.framework;
          answerBox.replaceChildren(
            ...markupNodes(markup, this, {
              heading: this.dataset.answerHeading!,
              subheading: this.dataset.answerSubheading!,
            }),
          );
        })
        .catch(() => undefined)
        .finally(() => void start(false));
    } else if (
      hasFinderParameters(params) ||
      windowsReportedBy(
        readReportableWindowsList(osSelect.dataset.reportable!),
        readUserAgent(navigator.userAgent),
      ).length > 0
    ) {
      void start(false);
    } else {
      const detected = this.querySelector<HTMLElement>('[data-detected]')!;
      detected.replaceChildren(copy('not-detected'));
      detected.hidden = false;
      answerBox.replaceChildren(copy('choose'));
      for (const type of ['focusin', 'pointerdown', 'change'])
        form.addEventListener(type, () => void start(true), { once: true });
    }
    form.addEventListener('submit', (event) => event.preventDefault());
    // A paste read before the finder had loaded is read once it has: the click is not lost.
    const read = form.querySelector<HTMLButtonElement>('[data-read-registry]')!;
    read.addEventListener('click', () => {
      if (!running) void start(true).then(() => running && read.click());
    });
  }
}

customElements.define('fix-finder', FixFinder);
