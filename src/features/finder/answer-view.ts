/**
 * The finder's answer as markup (src/site/markup.ts): written once, used twice. The build saves it
 * for every Windows entry with one .NET version or none (src/pages/finder/answers/), so that a
 * shared link shows its answer before the finder's code arrives; the browser makes it for any
 * other choice (src/features/finder/client/answer.ts).
 */
import { familyIdUnconfirmedFor } from '../updates/download-links';
import { EXTERNAL_MARK, EXTERNAL_REL, externalLinkNote } from '../../site/external-links';
import type { FinderAnswer, FinderAnswers } from './answer';
import { listInWords } from '../bulletins/revisions';
import { servedNoteSentence, type FixTableUpdate } from '../fixes/fix-table';
import { formatKbNumber } from '../../identifiers/kb-number';
import {
  MARK_REASON_CLASS,
  SITE_READING_MARK_CLASS,
  UNCONFIRMED_MARK_CLASS,
} from '../../site/marks';
import { element, type Markup } from '../../site/markup';
import {
  downloadWording,
  logFolderWording,
  otherLogFolderWording,
  type Wording,
} from '../updates/package-wording';
import { bulletinPath, fixPath, updatePath } from '../../site/routes';
import type { Architecture, Source } from '../../content-model/schemas/shared';

const LINK = 'text-sky-800 underline underline-offset-2 dark:text-sky-300';
const SMALL = 'mt-1 text-sm text-slate-700 dark:text-slate-300';
const NOTE = 'mt-4 rounded-lg border border-slate-300 p-4 dark:border-slate-700';

/** Wording the answer takes as it stands in the page's templates (FixFinder.astro). */
export type AnswerCopy = 'choose' | 'tick' | 'many-fixes' | 'site-reading';
const copy = (name: AnswerCopy) => ({ copy: name });

/** The answer's headings, named by their place: markupToHtml gives them the levels of the page they are on. */
const ANSWER_HEADING = 'heading';
const BULLETIN_HEADING = 'subheading';

/** The same marks as src/site/components/Unconfirmed.astro and SiteReading.astro, for statements the finder makes. */
export const badge = (label: 'Unconfirmed' | "Site's reading") =>
  element(
    'span',
    label === 'Unconfirmed'
      ? // data-unconfirmed is what the dist/ and browser checks look for beside every unconfirmed fact.
        { 'data-unconfirmed': '', class: UNCONFIRMED_MARK_CLASS }
      : { class: SITE_READING_MARK_CLASS },
    label,
  );

/** The Unconfirmed mark with its reason in words, as src/site/components/Unconfirmed.astro renders it. */
export const unconfirmed = (why: string): Markup[] => [
  ' ',
  badge('Unconfirmed'),
  ' ',
  element('span', { class: MARK_REASON_CLASS }, why),
];

/** A link to Microsoft's site, marked the way src/site/components/ExternalLink.astro marks one. */
function externalLink(href: string, text: string) {
  return element(
    'a',
    { class: LINK, href, rel: EXTERNAL_REL },
    text,
    element('span', { 'aria-hidden': 'true' }, ` ${EXTERNAL_MARK}`),
    element('span', { class: 'sr-only' }, ` (${externalLinkNote(href) ?? 'opens another site'})`),
  );
}

const sourceLine = (source: Source, says?: string) =>
  element(
    'p',
    { class: SMALL },
    'Source: ',
    source.url ? externalLink(source.url, source.title) : source.title,
    says ? `: “${says}”` : '',
  );

const readingLine = (reading: string | undefined) =>
  reading && element('p', { class: SMALL }, badge("Site's reading"), ' ', reading);

/** Wording from src/features/updates/package-wording.ts, as markup. */
const wordingMarkup = (wording: Wording) =>
  wording.map((part) => (typeof part === 'string' ? part : element('code', {}, part.code)));

function downloadLinks(update: FixTableUpdate, architecture: Architecture) {
  const wording = downloadWording(
    update.kb,
    update.downloadCenter,
    familyIdUnconfirmedFor(update.installers, [architecture]),
  );
  return element(
    'div',
    { class: 'mt-2 text-sm' },
    element(
      'p',
      { class: 'flex flex-wrap gap-x-4 gap-y-1' },
      wording.downloadCenter &&
        externalLink(wording.downloadCenter.href, wording.downloadCenter.label),
      externalLink(wording.updateCatalog.href, wording.updateCatalog.label),
    ),
    wording.familyId &&
      element(
        'p',
        { class: 'mt-1' },
        'Download Center FamilyID: ',
        element('code', { class: 'font-mono break-all' }, wording.familyId.id),
        ...(wording.familyId.unconfirmed ? unconfirmed(wording.familyId.unconfirmed) : []),
      ),
    element(
      'p',
      { class: 'mt-1' },
      wording.availability.text,
      ...unconfirmed(wording.availability.unconfirmed),
    ),
  );
}

/** Where the update's setup logs are, as its page says (src/features/updates/LogLocations.astro). */
function logFolders(update: FixTableUpdate) {
  const wording = logFolderWording(update.kb, update.logFolder);
  const other = update.otherLogFolder && otherLogFolderWording(update.otherLogFolder);
  return [
    element(
      'p',
      { class: 'mt-2 text-sm' },
      ...wordingMarkup(wording.sentence),
      ...(wording.unconfirmed ? unconfirmed(wording.unconfirmed) : []),
    ),
    other &&
      element(
        'p',
        { class: 'mt-1 text-sm' },
        ...wordingMarkup(other.sentence),
        ...unconfirmed(other.unconfirmed),
      ),
  ];
}

/**
 * What the answer box shows for `answers`; `ticked`: how many .NET versions are ticked;
 * `everyBulletinHref`: where the same choice is answered for every bulletin, when a link narrowed it to one.
 */
export function answerMarkup(
  answers: FinderAnswers | undefined,
  ticked: number,
  everyBulletinHref?: string,
): Markup[] {
  if (!answers) return [copy('choose')];
  const markup: Markup[] = [
    element(ANSWER_HEADING, { class: 'text-lg font-semibold' }, `Answer for ${answers.os.name}`),
  ];
  if (ticked === 0) markup.push(copy('tick'));
  if (everyBulletinHref)
    markup.push(
      element(
        'p',
        { class: 'mt-2' },
        `Only ${listInWords(answers.bulletins.map((b) => b.bulletin.code))} is answered, as the link asks: `,
        element('a', { class: LINK, href: everyBulletinHref }, 'answer for every bulletin'),
        '.',
      ),
    );
  for (const answer of answers.bulletins)
    markup.push(
      // A region per bulletin, named by it, so that a screen reader's list of regions names each.
      element(
        'section',
        { 'aria-label': `${answer.bulletin.code} for ${answers.os.name}` },
        ...bulletinAnswerMarkup(answer),
      ),
    );
  if (answers.bulletins.flatMap((b) => b.fixes).length > 1) markup.push(copy('many-fixes'));
  return markup;
}

/** One bulletin's part of the answer, under a heading naming the bulletin. */
function bulletinAnswerMarkup(answer: FinderAnswer): Markup[] {
  const { os, bulletin } = answer;
  const markup: Markup[] = [
    element(
      BULLETIN_HEADING,
      { class: 'mt-6 font-semibold' },
      element('a', { class: LINK, href: bulletinPath(bulletin.id) }, bulletin.code),
      `: ${bulletin.title}`,
    ),
  ];
  if (answer.osNote) markup.push(element('p', { class: 'mt-2' }, answer.osNote));
  else if (
    answer.fixes.length === 0 &&
    answer.notes.length === 0 &&
    answer.conditional.length === 0
  )
    markup.push(
      element(
        'p',
        { class: 'mt-2' },
        `No update of ${bulletin.code} for what this Windows itself includes.`,
      ),
    );
  for (const fix of answer.fixes) {
    const kb = formatKbNumber(fix.kb);
    markup.push(
      element(
        'section',
        {
          class:
            'mt-4 rounded-lg border border-sky-200 bg-sky-50 p-4 dark:border-sky-900 dark:bg-sky-950/40',
          'aria-label': `Install ${kb}`,
        },
        element(
          'p',
          { class: 'font-semibold' },
          'Install ',
          element('a', { class: LINK, href: updatePath(fix.kb) }, kb),
          `: ${fix.update.title}`,
        ),
        ...fix.windowsOwn.map((own) =>
          element(
            'div',
            { class: 'mt-2' },
            element(
              'p',
              {},
              own.sentence,
              own.included.except ? ` (Not for ${own.included.except}.)` : '',
            ),
            sourceLine(own.included.source, own.included.says),
            readingLine(own.included.siteReading),
            copy('site-reading'),
          ),
        ),
        fix.frameworks.length > 0 &&
          element(
            'ul',
            { class: 'mt-1 list-disc pl-5 text-sm' },
            ...fix.frameworks.map(({ framework, via, note }) =>
              element(
                'li',
                {},
                // A version answered through the level it runs on has no page of its own: link that level's.
                element(
                  'a',
                  { class: LINK, href: fixPath(bulletin.id, os.id, (via ?? framework).id) },
                  `For ${framework.name}`,
                ),
                via ? ` — it runs on ${via.name} here, and ${kb} is the update for that.` : '',
                note && ' ',
                note && element('span', { class: 'block' }, servedNoteSentence(note)),
              ),
            ),
          ),
        element(
          'p',
          { class: 'mt-2 text-sm' },
          'Package: ',
          element('code', { class: 'font-mono' }, fix.installer),
        ),
        downloadLinks(fix.update, os.architecture),
        ...logFolders(fix.update),
      ),
    );
  }
  for (const { included, framework, kbs } of answer.conditional) {
    markup.push(
      element(
        'div',
        { class: NOTE },
        element(
          'p',
          {},
          `If ${included.onlyWhen}, .NET ${framework.shortName} is part of Windows and needs ${listInWords(kbs.map(formatKbNumber))}: tick ${framework.shortName} above.`,
        ),
        sourceLine(included.source, included.says),
      ),
    );
  }
  for (const note of answer.notes) {
    markup.push(
      element(
        'div',
        { class: NOTE },
        element('p', {}, note.message),
        note.unavailable && sourceLine(note.unavailable.source),
        readingLine(note.unavailable?.siteReading),
        note.alternatives.length > 0 &&
          element(
            'ul',
            { class: 'mt-2 list-disc pl-5 text-sm' },
            ...note.alternatives.map((alt) =>
              element(
                'li',
                {},
                element(
                  'a',
                  { class: LINK, href: fixPath(bulletin.id, os.id, alt.framework.id) },
                  alt.framework.name,
                ),
                ': ',
                ...alt.kbs.flatMap((kb, i) => [
                  i > 0 ? ' and ' : '',
                  element('a', { class: LINK, href: updatePath(kb) }, formatKbNumber(kb)),
                ]),
              ),
            ),
          ),
      ),
    );
  }
  return markup;
}
