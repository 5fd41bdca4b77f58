/**
 * Renders the log reader's report with DOM calls and text nodes only: every string in it may
 * come from the log, which is hostile input. It defines <log-report>, where the reader shows a
 * report; the reader loads it with the first log it reads (src/features/log-reader/LogReaderReportScript.astro),
 * so the page's first view carries none of it.
 */
import { forumPostText } from '../forum-post';
import type { Advice, Report, ReportFinding, Sentence } from '../summary/report';
import { logReaderPath } from '../../../site/routes';
import { MARK_REASON_CLASS, UNCONFIRMED_MARK_CLASS } from '../../../site/marks';
import { h } from '../../../site/client/dom';

const LINK = 'text-sky-800 underline underline-offset-2 dark:text-sky-300';
const ROLE_LABELS: Record<ReportFinding['role'], string> = {
  failure: 'Where it failed',
  explains: 'Explains the failure',
  'not-a-failure': 'Not a failure',
  other: '',
  routine: '',
};
const BUTTON =
  'rounded-md border border-slate-400 px-4 py-1.5 font-semibold hover:bg-slate-100 dark:border-slate-500 dark:hover:bg-slate-800';

function sentence(parts: Sentence, tag: 'p' | 'li' = 'p', attributes: Record<string, string> = {}) {
  return h(
    tag,
    attributes,
    ...parts.map((part) =>
      typeof part === 'string' ? part : h('a', { href: part.href, class: LINK }, part.label),
    ),
  );
}

/** The site's Unconfirmed mark and its reason, as src/site/components/Unconfirmed.astro renders them. */
const unconfirmed = (why: string) => [
  ' ',
  h('span', { 'data-unconfirmed': '', class: UNCONFIRMED_MARK_CLASS }, 'Unconfirmed'),
  ' ',
  h('span', { class: MARK_REASON_CLASS }, why),
];

function advice(item: Advice) {
  const li = sentence(item.source ? [...item.says, ` (${item.source})`] : item.says, 'li');
  if (item.unconfirmed) li.append(...unconfirmed(item.unconfirmed));
  return li;
}

function section(title: string, ...children: (Node | false)[]) {
  return h('section', { class: 'mt-4' }, h('h3', { class: 'font-semibold' }, title), ...children);
}

function renderFinding(finding: ReportFinding) {
  const label = ROLE_LABELS[finding.role];
  return h(
    'li',
    {
      class: 'rounded-md border border-slate-300 p-3 dark:border-slate-700',
      'data-line': String(finding.line),
      'data-role': finding.role,
    },
    h(
      'h3',
      { class: 'font-semibold' },
      `Line ${finding.line}: ${finding.title}`,
      ...(label
        ? [
            ' ',
            h(
              'span',
              {
                class:
                  'rounded bg-slate-200 px-1.5 py-0.5 text-xs text-slate-900 dark:bg-slate-700 dark:text-slate-100',
              },
              label,
            ),
          ]
        : []),
    ),
    finding.unconfirmed && h('p', {}, ...unconfirmed(finding.unconfirmed)),
    ...finding.details.map((details) => sentence(details, 'p', { class: 'mt-1 text-sm' })),
    h(
      'pre',
      {
        class:
          'mt-2 overflow-x-auto whitespace-pre-wrap break-all rounded bg-slate-100 p-2 text-xs text-slate-900 dark:bg-slate-900 dark:text-slate-100',
        tabindex: '0',
        // A named region: a <pre> has no role of its own that a name may be given to.
        role: 'region',
        'aria-label': `Lines around line ${finding.line}`,
      },
      ...finding.context.map((line) =>
        h(
          line.line === finding.line ? 'strong' : 'span',
          { class: 'block' },
          `${String(line.line).padStart(6)}  ${line.text}`,
        ),
      ),
    ),
  );
}

/** The report as elements: summary first, then each line found with its neighbours. */
function renderReport(report: Report, name: string): HTMLElement[] {
  const nodes = [
    h('h2', { class: 'text-xl font-semibold', 'data-report-heading': '' }, `What ${name} says`),
    h(
      'p',
      { class: 'mt-2 text-lg font-semibold', 'data-headline': '', 'data-outcome': report.outcome },
      report.headline,
    ),
    report.about.length > 0 &&
      h(
        'ul',
        { class: 'mt-2 text-sm', 'data-about': '' },
        ...report.about.map((s) => sentence(s, 'li')),
      ),
    report.whatFailed.length > 0 &&
      section('What failed', ...report.whatFailed.map((s) => sentence(s))),
    report.causes.length > 0 &&
      section(
        'Likely cause',
        h('ul', { class: 'list-disc pl-5', 'data-causes': '' }, ...report.causes.map(advice)),
      ),
    report.todo.length > 0 &&
      section(
        'What to do',
        h('ul', { class: 'list-disc pl-5', 'data-todo': '' }, ...report.todo.map(advice)),
      ),
    report.outcome === 'failed' && forumPost(report),
    report.findings.length > 0 && findingsSection(report),
  ];
  return nodes.filter((node): node is HTMLElement => node !== false);
}

/** The lines found, what explains the failure first; the failed action's routine lines folded away. */
function findingsSection(report: Report) {
  const shown = report.findings.filter((f) => f.role !== 'routine');
  const routine = report.findings.filter((f) => f.role === 'routine');
  return h(
    'section',
    { class: 'mt-6' },
    h('h2', { class: 'text-xl font-semibold' }, `Lines found (${shown.length})`),
    h('ol', { class: 'mt-2 space-y-3', 'data-findings': '' }, ...shown.map(renderFinding)),
    routine.length > 0 &&
      h(
        'details',
        { class: 'mt-4', 'data-routine': '' },
        h(
          'summary',
          { class: 'cursor-pointer font-semibold' },
          `Other lines of the failed action (${routine.length}): routine, or only how it ended`,
        ),
        h('ol', { class: 'mt-2 space-y-3' }, ...routine.map(renderFinding)),
      ),
    ...report.leftOut.map((text) => h('p', { class: 'mt-2 text-sm' }, text)),
  );
}

/**
 * Copies the diagnosis as plain text, saying first what it holds. Where the clipboard cannot be
 * written, the text is shown selected, to copy by hand.
 */
function forumPost(report: Report) {
  const text = forumPostText(report, location.origin, logReaderPath);
  const status = h('p', { role: 'status', class: 'mt-2 text-sm' });
  const button = h(
    'button',
    { type: 'button', class: BUTTON, 'data-copy-report': '' },
    'Copy for a forum post',
  );
  const show = () => {
    const box = h('textarea', {
      readonly: '',
      rows: '8',
      'aria-label': 'The text to post',
      class:
        'mt-2 w-full rounded-md border border-slate-400 p-2 font-mono text-xs dark:border-slate-500 dark:bg-slate-900',
      'data-copy-text': '',
    });
    box.value = text;
    status.before(box);
    status.textContent =
      'The browser did not let the page copy: the text is selected, copy it with Ctrl+C.';
    box.focus();
    box.select();
  };
  button.addEventListener('click', () => {
    if (!navigator.clipboard) return show();
    navigator.clipboard
      .writeText(text)
      .then(
        () =>
          (status.textContent =
            'Copied: the headline, where it failed and the lines that explain it.'),
        show,
      );
  });
  return section(
    'Ask for help',
    h(
      'p',
      { class: 'text-sm' },
      'The text holds the headline, where it failed, the lines that explain it and the links to their pages; nothing else of the log. Those lines may hold user names and paths: read it before you post it.',
    ),
    h('div', { class: 'mt-2' }, button),
    status,
  );
}

export class LogReport extends HTMLElement {
  show(report: Report, name: string) {
    this.replaceChildren(...renderReport(report, name));
  }
}

customElements.define('log-report', LogReport);
