/**
 * The finder at work: fits the choices to the Windows chosen, answers, keeps the answer's address,
 * reads a pasted registry listing. Loaded by src/features/finder/client/finder.ts when there is something to
 * answer (a shared link, a Windows the browser reports) or when the visitor first uses the form.
 */
import {
  answerFinder,
  suggestFromUserAgent,
  unavailableForChoice,
  type FinderAnswers,
} from '../answer';
import { answerMarkup, badge, unconfirmed } from '../answer-view';
import { finderQuery, hasFinderParameters, readFinderState, type FinderState } from '../state';
import { finderHint } from '../hints';
import {
  unpackFixTables,
  withRegistry,
  type PackedFixTables,
  type RegistryPart,
} from '../packed-table';
import type { FixTable } from '../../fixes/fix-table';
import { finderPath, finderRegistryPath } from '../../../site/routes';
import type { Architecture } from '../../../content-model/schemas/shared';
import { readUserAgent } from '../user-agent';
import { h } from '../../../site/client/dom';
import { fetchJson } from '../../../site/client/fetch-json';
import { copyOf, markupNodes } from '../../../site/client/markup-nodes';

/**
 * The most pasted text the registry box reads, in characters. What the commands print is a few
 * KB: the outputs in tests/fixtures/reg-query-outputs.ts are 0.3 to 1 KB, and a machine with
 * every .NET from 1.0 to 4.x, each with its language and component subkeys, in both registry
 * views, prints by our estimate under 20 KB (not measured on such a machine). Reading megabytes
 * froze the page (1 to 2 s for 5 MB), so text over 64 KB is no such output and is refused unread.
 */
const REGISTRY_PASTE_LIMIT = 64 * 1024;

/** Refusal of a paste over the limit, which is no output of the commands. */
const tooLongMessage = (length: number) =>
  `The pasted text is ${(length / 1024 / 1024).toFixed(1)} MB: more than the ${REGISTRY_PASTE_LIMIT / 1024} KB the finder reads, and far more than the few KB the command prints. It was not read and the box was emptied: paste only what the command printed.`;

/**
 * Runs the finder in `root` (a <fix-finder>) from the packed tables. `startedByVisitor`: the visitor used the form before it
 * loaded (also while a shared link was being answered), so the controls as they are now are the choice.
 */
export function runFinder(root: HTMLElement, packed: PackedFixTables, startedByVisitor: boolean) {
  const tables = unpackFixTables(packed);
  // Every bulletin's table lists the same Windows and .NET entries: the form's choices.
  const table = tables[0];
  const form = root.querySelector<HTMLFormElement>('[data-finder-form]')!;
  const osSelect = form.querySelector<HTMLSelectElement>('select[name="os"]')!;
  const archSelect = form.querySelector<HTMLSelectElement>('select[name="arch"]')!;
  const checkboxes = [...form.querySelectorAll<HTMLInputElement>('input[name="fw"]')];
  const hint = form.querySelector<HTMLElement>('[data-hint]')!;
  const registryOutput = form.querySelector<HTMLTextAreaElement>('[data-registry-output]')!;
  const registryStatus = form.querySelector<HTMLElement>('[data-registry-status]')!;
  const answerBox = root.querySelector<HTMLElement>('[data-answer]')!;
  const share = root.querySelector<HTMLElement>('[data-share]')!;
  const copyLink = share.querySelector<HTMLElement>('copy-link')!;
  const copy = (name: string) => copyOf(root, name);
  const headingTags = {
    heading: root.dataset.answerHeading!,
    subheading: root.dataset.answerSubheading!,
  };
  /** Renders what the last paste showed for the current answer; loaded with the paste reader, on first use. */
  let showReading: ((answer: FinderAnswers | undefined) => Node[]) | undefined;
  /** The one bulletin a shared link narrowed the answer to; kept while the visitor changes the choice. */
  let narrowedTo: string | undefined;

  /** Offers only the architectures the chosen release has, and picks the only one. */
  const fitArchitectures = () => {
    const available = osSelect.selectedOptions[0]?.dataset.architectures?.split(' ') ?? [];
    for (const option of archSelect.options) {
      // `disabled` as well as `hidden`: some browsers show hidden options anyway.
      option.hidden = option.disabled =
        option.value !== '' && available.length > 0 && !available.includes(option.value);
    }
    if (archSelect.selectedOptions[0]?.hidden) archSelect.value = '';
    if (available.length === 1) archSelect.value = available[0]!;
  };
  /** Offers only the .NET versions that can be on the chosen Windows; the reason is the hint's. */
  const fitFrameworks = () => {
    const unavailable = unavailableForChoice(
      table,
      osSelect.value,
      (archSelect.value || undefined) as Architecture | undefined,
    ).map((u) => u.framework.id);
    for (const box of checkboxes) {
      box.disabled = unavailable.includes(box.value);
      if (box.disabled) box.checked = false;
      if (box.disabled) box.setAttribute('aria-describedby', 'finder-unavailable');
      else box.removeAttribute('aria-describedby');
    }
  };
  /** Says what comes with the chosen Windows and why versions are not offered. */
  const showHint = () => {
    const current = osSelect.value
      ? finderHint(table, osSelect.value, archSelect.value || undefined)
      : undefined;
    hint.querySelector('[data-hint-own]')!.textContent = current ? current.windowsOwnText : '';
    hint
      .querySelector('[data-hint-unavailable]')!
      .replaceChildren(
        ...(current ? current.unavailableTexts.map((text) => h('p', {}, text)) : []),
      );
    hint.hidden = !current || (current.unavailableTexts.length === 0 && !current.windowsOwnText);
  };
  const readControls = (): FinderState => ({
    ...(osSelect.value ? { release: osSelect.value } : {}),
    ...(archSelect.value ? { architecture: archSelect.value as Architecture } : {}),
    frameworks: checkboxes.filter((box) => box.checked).map((box) => box.value),
    ...(narrowedTo ? { bulletin: narrowedTo } : {}),
  });
  const showState = (state: FinderState) => {
    osSelect.value = state.release ?? '';
    fitArchitectures();
    if (state.architecture) archSelect.value = state.architecture;
    for (const box of checkboxes) box.checked = state.frameworks.includes(box.value);
    fitFrameworks();
  };
  /** Answers for `state`, which may still hold a version the controls no longer offer: its note says why. */
  const showAnswer = (state: FinderState) => {
    const answer = answerFinder(tables, state);
    const everyBulletin = state.bulletin
      ? finderPath(finderQuery({ ...state, bulletin: undefined }))
      : undefined;
    const nodes = markupNodes(
      answerMarkup(answer, state.frameworks.length, everyBulletin),
      root,
      headingTags,
    );
    // The box is a live region: the same words put in again (the first-view script's "Choose your
    // Windows version", once this code has loaded) would be read out a second time.
    if (nodes.map((node) => node.textContent).join('') !== answerBox.textContent)
      answerBox.replaceChildren(...nodes);
    share.hidden = !answer;
    if (showReading) registryStatus.replaceChildren(...showReading(answer));
    // The answer's own address, whichever page the finder is on; <copy-link> copies it.
    const link = finderPath(finderQuery(state));
    copyLink.dataset.href = link;
    copyLink.querySelector('a')?.setAttribute('href', link);
    copyLink.querySelector('[role="status"]')!.textContent = '';
  };
  const remember = (state: FinderState) =>
    history.replaceState(null, '', location.pathname + finderQuery(state) + location.hash);

  const params = new URLSearchParams(location.search);
  let initial: FinderState;
  if (startedByVisitor) {
    // Fit the controls to what the visitor chose before the finder had loaded.
    showState(readControls());
    initial = readControls();
    remember(initial);
  } else if (hasFinderParameters(params)) {
    const { state, ignored } = readFinderState(params, tables);
    narrowedTo = state.bulletin;
    showState((initial = state));
    if (ignored.length > 0) {
      const notice = root.querySelector<HTMLElement>('[data-ignored]')!;
      notice.textContent = `Part of this link was not understood and is ignored: ${ignored.map((i) => `${i.name} “${i.value}”`).join(', ')}.`;
      notice.hidden = false;
      remember(state);
    }
  } else {
    const detected = root.querySelector<HTMLElement>('[data-detected]')!;
    const userAgent = readUserAgent(navigator.userAgent);
    const suggestion = suggestFromUserAgent(table, userAgent);
    if (suggestion) {
      showState(suggestion.state);
      const chosen = [
        osSelect.value && osSelect.selectedOptions[0].text,
        archSelect.selectedOptions[0].text,
        ...checkboxes
          .filter((b) => b.checked)
          .map((b) => `.NET ${b.nextElementSibling!.textContent}`),
      ].filter(Boolean);
      detected.replaceChildren(
        `Detected from your browser — change if wrong: ${chosen.join(', ')}.` +
          (suggestion.candidates.length > 0
            ? ` Windows NT ${userAgent.ntVersion} can be ${suggestion.candidates.map((c) => c.name).join(', ')}: choose yours.`
            : ''),
        ...markupNodes(
          unconfirmed(
            'What a browser reports is a guess: which .NET service pack some of its version tokens mean, and that servers report the same Windows NT version as their desktop twins, are not confirmed.',
          ),
          root,
        ),
      );
    } else {
      detected.replaceChildren(copy('not-detected'));
    }
    detected.hidden = false;
    initial = readControls();
  }
  showHint();
  showAnswer(initial);

  form.addEventListener('change', (event) => {
    if (event.target === registryOutput) return;
    if (event.target === osSelect) fitArchitectures();
    if (event.target === osSelect || event.target === archSelect) {
      fitFrameworks();
      showHint();
    }
    const state = readControls();
    remember(state);
    showAnswer(state);
  });

  /** The reader and the registry keys it matches load on first use: most visits never paste. */
  let reader: Promise<[typeof import('../installed-frameworks'), FixTable]> | undefined;
  /** Says that a text of `length` characters is too long to be the commands' output. */
  const refuseAsTooLong = (length: number) => {
    // Held in the box, megabytes slowed every later click (0.6 s each for 5 MB), and emptying it took 0.1 to 0.4 s.
    registryOutput.value = '';
    registryOutput.setAttribute('aria-invalid', 'true');
    showReading = undefined;
    registryStatus.replaceChildren(
      h('p', { class: 'font-semibold text-red-800 dark:text-red-300' }, tooLongMessage(length)),
    );
  };
  // A paste over the limit never enters the box; text typed or dropped there is checked on reading.
  registryOutput.addEventListener('paste', (event) => {
    const length = event.clipboardData?.getData('text/plain').length ?? 0;
    if (length <= REGISTRY_PASTE_LIMIT) return;
    event.preventDefault();
    refuseAsTooLong(length);
  });
  form.querySelector('[data-read-registry]')!.addEventListener('click', async () => {
    if (registryOutput.value.length > REGISTRY_PASTE_LIMIT) {
      refuseAsTooLong(registryOutput.value.length);
      return;
    }
    reader ??= Promise.all([
      import('../installed-frameworks'),
      fetchJson<RegistryPart>(finderRegistryPath).then((registry) => withRegistry(table, registry)),
    ]);
    let loaded: [typeof import('../installed-frameworks'), FixTable];
    try {
      loaded = await reader;
    } catch {
      reader = undefined;
      registryStatus.replaceChildren(
        h(
          'p',
          { class: 'font-semibold text-red-800 dark:text-red-300' },
          'The registry keys to compare with could not be loaded. Check the connection and try again.',
        ),
      );
      return;
    }
    const [{ describeReading, readInstalledFrameworks }, fullTable] = loaded;
    const reading = readInstalledFrameworks(registryOutput.value, fullTable.frameworks);
    showReading = (answer) =>
      describeReading(
        fullTable,
        reading,
        answer && fullTable.operatingSystems.find((os) => os.id === answer.os.id),
      ).map((line) =>
        h(
          'p',
          line.error ? { class: 'font-semibold text-red-800 dark:text-red-300' } : {},
          ...(line.unconfirmed ? markupNodes([badge('Unconfirmed'), ' '], root) : []),
          line.text,
        ),
      );
    registryOutput.setAttribute(
      'aria-invalid',
      String(reading.found.length === 0 && reading.unmatched.length === 0),
    );
    let state = readControls();
    if (reading.found.length > 0) {
      state = { ...state, frameworks: reading.found.map((f) => f.framework.id) };
      showState(state);
      remember(state);
    }
    showAnswer(state);
  });
}
