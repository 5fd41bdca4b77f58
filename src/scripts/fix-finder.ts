/**
 * The finder's first-view script: small, because most visits answer nothing before the visitor
 * chooses. The finder itself (src/scripts/fix-finder-answer.ts) and its table load at once when
 * there is something to answer — a shared link, or a browser that reports a Windows the bulletin
 * covers — and otherwise on the visitor's first use of the form. Home and the finder share both
 * files, so a visitor fetches them once.
 */
import { hasFinderParameters } from '../lib/finder-state';
import type { PackedFixTable } from '../lib/finder-table';
import { finderTablePath } from '../lib/routes';
import { readUserAgent } from '../lib/user-agent';

class FixFinder extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector<HTMLFormElement>('[data-finder-form]')!;
    const osSelect = form.querySelector<HTMLSelectElement>('select[name="os"]')!;
    const copy = (name: string) => this.querySelector<HTMLTemplateElement>(`template[data-copy-of="${name}"]`)!.content.cloneNode(true);
    let started: Promise<void> | undefined;
    let running = false;
    const start = (startedByVisitor: boolean) =>
      (started ??= Promise.all([
        import('./fix-finder-answer'),
        fetch(finderTablePath).then((response) => {
          if (!response.ok) throw new Error(`${response.status}`);
          return response.json() as Promise<PackedFixTable>;
        }),
      ]).then(
        ([{ runFinder }, packed]) => {
          runFinder(this, packed, startedByVisitor);
          running = true;
        },
        () => {
          started = undefined;
          this.querySelector('[data-answer]')!.replaceChildren(copy('not-loaded'));
        },
      ));

    const covered = osSelect.dataset.ntVersions!.split(' ');
    const ntVersion = readUserAgent(navigator.userAgent).ntVersion;
    if (hasFinderParameters(new URLSearchParams(location.search)) || (ntVersion && covered.includes(ntVersion))) {
      void start(false);
    } else {
      const detected = this.querySelector<HTMLElement>('[data-detected]')!;
      detected.replaceChildren(copy('not-detected'));
      detected.hidden = false;
      this.querySelector('[data-answer]')!.replaceChildren(copy('choose'));
      for (const type of ['focusin', 'pointerdown', 'change']) form.addEventListener(type, () => void start(true), { once: true });
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
