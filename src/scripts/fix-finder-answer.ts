/**
 * The finder at work: fits the choices to the Windows chosen, answers, keeps the answer's address,
 * reads a pasted registry listing. Loaded by src/scripts/fix-finder.ts when there is something to
 * answer (a shared link, a Windows the browser reports) or when the visitor first uses the form.
 */
import { EXTERNAL_MARK, EXTERNAL_REL, externalLinkNote } from '../lib/external-links';
import { answerFinder, suggestFromUserAgent, unavailableForChoice, type FinderAnswer } from '../lib/finder';
import { finderQuery, hasFinderParameters, readFinderState, type FinderState } from '../lib/finder-state';
import { finderHint } from '../lib/finder-hints';
import { unpackFixTable, withRegistry, type PackedFixTable, type RegistryPart } from '../lib/finder-table';
import type { FixTable, FixTablePackage } from '../lib/fix-table';
import { familyIdUnconfirmedFor } from '../lib/download-links';
import { formatKbNumber } from '../lib/kb-number';
import { downloadWording, logFolderWording, type Wording } from '../lib/package-wording';
import { combinationPath, finderPath, finderRegistryPath, kbPath } from '../lib/routes';
import type { Architecture, Source } from '../schemas/shared';
import { readUserAgent } from '../lib/user-agent';
import { badge, h } from './dom';

const LINK = 'text-sky-800 underline underline-offset-2 dark:text-sky-300';
const SMALL = 'mt-1 text-sm text-slate-700 dark:text-slate-300';

/** A link to Microsoft's site, marked the way src/components/ExternalLink.astro marks one. */
function externalLink(href: string, text: string) {
  return h(
    'a',
    { class: LINK, href, rel: EXTERNAL_REL },
    text,
    h('span', { 'aria-hidden': 'true' }, ` ${EXTERNAL_MARK}`),
    h('span', { class: 'sr-only' }, ` (${externalLinkNote(href) ?? 'opens another site'})`),
  );
}

const sourceLine = (source: Source, says?: string) =>
  h('p', { class: SMALL }, 'Source: ', source.url ? externalLink(source.url, source.title) : source.title, says ? `: “${says}”` : '');

const readingLine = (reading: string | undefined) => reading && h('p', { class: SMALL }, badge("Site's reading"), reading);

/** The Unconfirmed mark with its reason in words, as src/components/Unconfirmed.astro renders it. */
const unconfirmed = (why: string): Node[] => [badge('Unconfirmed'), h('span', { class: 'text-sm text-slate-600 dark:text-slate-400' }, why)];

/** Wording from src/lib/package-wording.ts, as DOM nodes. */
const wordingNodes = (wording: Wording) => wording.map((part) => (typeof part === 'string' ? part : h('code', {}, part.code)));

function downloadLinks(pkg: FixTablePackage, architecture: Architecture) {
  const wording = downloadWording(pkg.kb, pkg.downloadCenter, familyIdUnconfirmedFor(pkg.installers, [architecture]));
  return h(
    'div',
    { class: 'mt-2 text-sm' },
    h(
      'p',
      { class: 'flex flex-wrap gap-x-4 gap-y-1' },
      wording.downloadCenter && externalLink(wording.downloadCenter.href, wording.downloadCenter.label),
      externalLink(wording.updateCatalog.href, wording.updateCatalog.label),
    ),
    wording.familyId &&
      h(
        'p',
        { class: 'mt-1' },
        'Download Center FamilyID: ',
        h('code', { class: 'font-mono break-all' }, wording.familyId.id),
        ' ',
        ...(wording.familyId.unconfirmed ? unconfirmed(wording.familyId.unconfirmed) : []),
      ),
    h('p', { class: 'mt-1' }, `${wording.availability.text} `, ...unconfirmed(wording.availability.unconfirmed)),
  );
}

function logFolder(pkg: FixTablePackage) {
  const wording = logFolderWording(pkg.kb, pkg.logFolder);
  return h('p', { class: 'mt-2 text-sm' }, ...wordingNodes(wording.sentence), ' ', ...(wording.unconfirmed ? unconfirmed(wording.unconfirmed) : []));
}

/** Fixed wording lives in the component's <template> elements, so that it is HTML, not script. */
type Copy = (name: 'choose' | 'tick' | 'many-fixes' | 'site-reading' | 'not-detected') => Node;

function renderAnswer(answer: FinderAnswer | undefined, state: FinderState, headingTag: 'h2' | 'h3', copy: Copy): Node[] {
  if (!answer) return [copy('choose')];
  const { os } = answer;
  const nodes: Node[] = [h(headingTag, { class: 'text-lg font-semibold' }, `Answer for ${os.name}`)];
  if (answer.osNote) nodes.push(h('p', { class: 'mt-2' }, answer.osNote));
  if (state.frameworks.length === 0 && !answer.osNote) {
    nodes.push(copy('tick'));
  }
  for (const fix of answer.fixes) {
    const kb = formatKbNumber(fix.kb);
    nodes.push(
      h(
        'section',
        { class: 'mt-4 rounded-lg border border-sky-200 bg-sky-50 p-4 dark:border-sky-900 dark:bg-sky-950/40', 'aria-label': `Install ${kb}` },
        h('p', { class: 'font-semibold' }, 'Install ', h('a', { class: LINK, href: kbPath(fix.kb) }, kb), `: ${fix.package.title}`),
        ...fix.windowsOwn.map((own) =>
          h(
            'div',
            { class: 'mt-2' },
            h('p', {}, own.sentence, own.included.except ? ` (Not for ${own.included.except}.)` : ''),
            sourceLine(own.included.source, own.included.says),
            readingLine(own.included.siteReading),
            copy('site-reading'),
          ),
        ),
        fix.frameworks.length > 0 &&
          h(
            'ul',
            { class: 'mt-1 list-disc pl-5 text-sm' },
            ...fix.frameworks.map(({ framework, via }) =>
              h(
                'li',
                {},
                // A version answered through the level it runs on has no page of its own: link that level's.
                h('a', { class: LINK, href: combinationPath(os.id, (via ?? framework).id) }, `For ${framework.name}`),
                via ? ` — it runs on ${via.name} here, and ${kb} is the package for that.` : '',
              ),
            ),
          ),
        h('p', { class: 'mt-2 text-sm' }, 'Package: ', h('code', { class: 'font-mono' }, fix.installer)),
        downloadLinks(fix.package, os.architecture),
        logFolder(fix.package),
      ),
    );
  }
  if (answer.fixes.length > 1) nodes.push(copy('many-fixes'));
  for (const { included, framework, kb } of answer.conditional) {
    nodes.push(
      h(
        'div',
        { class: 'mt-4 rounded-lg border border-slate-300 p-4 dark:border-slate-700' },
        h('p', {}, `If ${included.onlyWhen}, .NET ${framework.shortName} is part of Windows and needs ${formatKbNumber(kb)}: tick ${framework.shortName} above.`),
        sourceLine(included.source, included.says),
      ),
    );
  }
  for (const note of answer.notes) {
    nodes.push(
      h(
        'div',
        { class: 'mt-4 rounded-lg border border-slate-300 p-4 dark:border-slate-700' },
        h('p', {}, note.message),
        note.unavailable && sourceLine(note.unavailable.source),
        readingLine(note.unavailable?.siteReading),
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

/**
 * Runs the finder in `root` (a <fix-finder>) from the packed table. `startedByVisitor`: the visitor's first
 * use of the form loaded it, so the controls as they are now are the choice.
 */
export function runFinder(root: HTMLElement, packed: PackedFixTable, startedByVisitor: boolean) {
  const table = unpackFixTable(packed);
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
  const copy: Copy = (name) => root.querySelector<HTMLTemplateElement>(`template[data-copy-of="${name}"]`)!.content.cloneNode(true);
  /** Renders what the last paste showed for the current answer; loaded with the paste reader, on first use. */
  let showReading: ((answer: FinderAnswer | undefined) => Node[]) | undefined;

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
  /** Offers only the .NET versions that can be on the chosen Windows; the reason is the hint's. */
  const fitFrameworks = () => {
    const unavailable = unavailableForChoice(table, osSelect.value, (archSelect.value || undefined) as Architecture | undefined).map((u) => u.framework.id);
    for (const box of checkboxes) {
      box.disabled = unavailable.includes(box.value);
      if (box.disabled) box.checked = false;
      if (box.disabled) box.setAttribute('aria-describedby', 'finder-unavailable');
      else box.removeAttribute('aria-describedby');
    }
  };
  /** Says what comes with the chosen Windows and why versions are not offered. */
  const showHint = () => {
    const current = osSelect.value ? finderHint(table, osSelect.value, archSelect.value || undefined) : undefined;
    hint.querySelector('[data-hint-own]')!.textContent = current ? current.windowsOwnText : '';
    hint.querySelector('[data-hint-unavailable]')!.replaceChildren(...(current ? current.unavailableTexts.map((text) => h('p', {}, text)) : []));
    hint.hidden = !current || (current.unavailableTexts.length === 0 && !current.windowsOwnText);
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
    fitFrameworks();
  };
  /** Answers for `state`, which may still hold a version the controls no longer offer: its note says why. */
  const update = (state: FinderState) => {
    const answer = answerFinder(table, state);
    const nodes = renderAnswer(answer, state, root.dataset.answerHeading === 'h2' ? 'h2' : 'h3', copy);
    // The box is a live region: the same words put in again (the first-view script's "Choose your
    // Windows version", once this code has loaded) would be read out a second time.
    if (nodes.map((node) => node.textContent).join('') !== answerBox.textContent) answerBox.replaceChildren(...nodes);
    share.hidden = !answer;
    if (showReading) registryStatus.replaceChildren(...showReading(answer));
    // The answer's own address, whichever page the finder is on; <copy-link> copies it.
    const link = finderPath(finderQuery(state));
    copyLink.dataset.href = link;
    copyLink.querySelector('a')?.setAttribute('href', link);
    copyLink.querySelector('[role="status"]')!.textContent = '';
  };
  const remember = (state: FinderState) => history.replaceState(null, '', location.pathname + finderQuery(state) + location.hash);

  const params = new URLSearchParams(location.search);
  let initial: FinderState;
  if (hasFinderParameters(params)) {
    const { state, ignored } = readFinderState(params, table);
    showState((initial = state));
    if (ignored.length > 0) {
      const notice = root.querySelector<HTMLElement>('[data-ignored]')!;
      notice.textContent = `Part of this link was not understood and is ignored: ${ignored.map((i) => `${i.name} “${i.value}”`).join(', ')}.`;
      notice.hidden = false;
      remember(state);
    }
  } else if (startedByVisitor) {
    // Fit the controls to what the visitor chose before the finder had loaded.
    showState(readControls());
    initial = readControls();
    remember(initial);
  } else {
    const detected = root.querySelector<HTMLElement>('[data-detected]')!;
    const userAgent = readUserAgent(navigator.userAgent);
    const suggestion = suggestFromUserAgent(table, userAgent);
    if (suggestion) {
      showState(suggestion.state);
      const chosen = [
        osSelect.value && osSelect.selectedOptions[0]!.text,
        archSelect.selectedOptions[0]!.text,
        ...checkboxes.filter((b) => b.checked).map((b) => `.NET ${b.nextElementSibling!.textContent}`),
      ].filter(Boolean);
      detected.replaceChildren(
        `Detected from your browser — change if wrong: ${chosen.join(', ')}.` +
          (suggestion.candidates.length > 0
            ? ` Windows NT ${userAgent.ntVersion} can be ${suggestion.candidates.map((c) => c.name).join(', ')}: choose yours.`
            : ''),
        ...unconfirmed(
          'What a browser reports is a guess: which .NET service pack some of its version tokens mean, and that servers report the same Windows NT version as their desktop twins, are not confirmed.',
        ),
      );
    } else {
      detected.replaceChildren(copy('not-detected'));
    }
    detected.hidden = false;
    initial = readControls();
  }
  showHint();
  update(initial);

  form.addEventListener('change', (event) => {
    if (event.target === registryOutput) return;
    if (event.target === osSelect) fitArchitectures();
    if (event.target === osSelect || event.target === archSelect) {
      fitFrameworks();
      showHint();
    }
    const state = readControls();
    remember(state);
    update(state);
  });

  /** The reader and the registry keys it matches load on first use: most visits never paste. */
  let reader: Promise<[typeof import('../lib/installed-frameworks'), FixTable]> | undefined;
  form.querySelector('[data-read-registry]')!.addEventListener('click', async () => {
    reader ??= Promise.all([
      import('../lib/installed-frameworks'),
      fetch(finderRegistryPath).then(async (response) => {
        if (!response.ok) throw new Error(`${response.status}`);
        return withRegistry(table, (await response.json()) as RegistryPart);
      }),
    ]);
    let loaded: [typeof import('../lib/installed-frameworks'), FixTable];
    try {
      loaded = await reader;
    } catch {
      reader = undefined;
      registryStatus.replaceChildren(h('p', { class: 'font-semibold text-red-800 dark:text-red-300' }, 'The registry keys to compare with could not be loaded. Check the connection and try again.'));
      return;
    }
    const [{ describeReading, readInstalledFrameworks }, fullTable] = loaded;
    const reading = readInstalledFrameworks(registryOutput.value, fullTable.frameworks);
    showReading = (answer) =>
      describeReading(fullTable, reading, answer && fullTable.operatingSystems.find((os) => os.id === answer.os.id)).map((line) =>
        h('p', line.error ? { class: 'font-semibold text-red-800 dark:text-red-300' } : {}, line.unconfirmed ? badge('Unconfirmed') : '', line.text),
      );
    registryOutput.setAttribute('aria-invalid', String(reading.found.length === 0 && reading.unmatched.length === 0));
    let state = readControls();
    if (reading.found.length > 0) {
      state = { ...state, frameworks: reading.found.map((f) => f.framework.id) };
      showState(state);
      remember(state);
    }
    update(state);
  });
}
