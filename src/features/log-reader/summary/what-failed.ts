/** The report's "what failed": the failure line, the product it failed, and the code it ended with. */
import type { LogAnalysis } from '../analyse';
import type { CodeCatalogue } from '../code-catalogue';
import type { Finding } from '../finding';
import { linkForCode } from './code-links';
import { FINDING_TITLE } from './finding-words';
import type { Sentence } from './report';

export function whatFailed(analysis: LogAnalysis, catalogue: CodeCatalogue): Sentence[] {
  const first = analysis.firstFailure;
  if (!first) return [];
  return [
    ...whereItFailed(analysis, first),
    ...nestedSession(analysis),
    ...failedProduct(analysis, first),
    ...endingCode(analysis, first, catalogue),
  ];
}

/** A failure inside the uninstall an upgrade runs, and the outer action it made fail. */
function nestedSession(analysis: LogAnalysis): Sentence[] {
  const nested = analysis.failedAction?.nested;
  if (!nested) return [];
  const { session } = nested;
  const product = session.product ? ` of ${session.product}` : '';
  const what =
    session.insideAction === 'RemoveExistingProducts'
      ? `the uninstall of the older version${product}, which the upgrade’s action RemoveExistingProducts runs as a session of its own (from line ${session.line})`
      : `a nested session${product}, which the action ${session.insideAction} runs (from line ${session.line})`;
  const sentences: Sentence[] = [[`This failure is inside ${what}.`]];
  if (analysis.outerFailure)
    sentences.push([
      `Because of it, the install’s own action ${analysis.outerFailure.name} failed at line ${analysis.outerFailure.line}.`,
    ]);
  return sentences;
}

/** The first failure, and for a failed action the next few, since Microsoft says to focus on the first. */
function whereItFailed(analysis: LogAnalysis, first: Finding): Sentence[] {
  if (first.kind !== 'action-failed')
    return [
      [
        `There is no “Return value 3”. The failure shows at line ${first.line}: ${FINDING_TITLE[first.kind](first)}.`,
      ],
    ];
  const sentences: Sentence[] = [
    [
      `The first “Return value 3” is at line ${first.line}: the action ${first.subject} failed. Microsoft's advice is to focus on the first one; there may be several.`,
    ],
  ];
  const later = analysis.findings
    .filter((f) => f.kind === 'action-failed' && f !== first)
    .slice(0, 3);
  if (later.length > 0)
    sentences.push([`Then: ${later.map((f) => `${f.subject} (line ${f.line})`).join(', ')}.`]);
  return sentences;
}

function failedProduct(analysis: LogAnalysis, first: Finding): Sentence[] {
  const product = analysis.findings.find(
    (f) => f.kind === 'product-result' && f.outcome === 'failed' && f.line >= first.line,
  );
  return product?.subject ? [[`Product: ${product.subject} (line ${product.line}).`]] : [];
}

/** The exit code of the last line that states one, unless that line is the failure itself. */
function endingCode(analysis: LogAnalysis, first: Finding, catalogue: CodeCatalogue): Sentence[] {
  const ending = [...analysis.findings]
    .reverse()
    .find(
      (f) =>
        (f.kind === 'engine-return' || f.kind === 'installation-status') && f.code !== undefined,
    );
  if (ending?.code === undefined || ending === first) return [];
  const ended: Sentence = [
    `At line ${ending.line} it ended with code `,
    ...linkForCode(catalogue, ending.code, 'exit'),
  ];
  // An action can fail while the run as a whole goes on to succeed: say so rather than hide it.
  if (catalogue[String(ending.code)]?.exit?.success && first.kind === 'action-failed')
    ended.push(
      ` That is a success code: the engine returned success although the action ${first.subject} failed.`,
    );
  return [ended];
}
