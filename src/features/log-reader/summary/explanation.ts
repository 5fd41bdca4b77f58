/**
 * How the lines that explain a failure read in the report: what each says, in the log's own
 * words or its message's, with links to the pages of its codes. A custom action and a failed
 * call belong to the product, so the report says whose documentation explains their codes.
 */
import type { EvidenceGroup } from '../action-evidence';
import type { CodeCatalogue } from '../code-catalogue';
import { fillMessage } from '../code-catalogue';
import type { FoldedReason } from '../diagnosis';
import { ROUTINE_MEASURED_ON } from '../diagnosis';
import { dialogFields } from '../evidence';
import { linkForCode } from './code-links';
import { hex } from './finding-words';
import type { Sentence } from './report';

/** `line 713`, or `lines 711–713 (2 times)` for a repeated line. */
export function linesOf(group: EvidenceGroup): string {
  return group.count === 1
    ? `line ${group.lastLine}`
    : `lines ${group.firstLine}–${group.lastLine} (${group.count} times)`;
}

/** A short name for the line, as a title. */
export function evidenceTitle(group: EvidenceGroup): string {
  switch (group.kind) {
    case 'installer-error':
      return `Error ${group.code}`;
    case 'internal-error':
      return `Internal error ${group.code} (DEBUG: Error)`;
    case 'error-dialog':
      return `The installer’s error dialog, code ${group.code}`;
    case 'product-message':
      return `${group.subject}’s own message`;
    case 'custom-action-failed':
      return `The custom action ${group.subject ?? '(unnamed)'} returned ${group.code}`;
    case 'call-failed':
      return `${group.subject} failed with ${hex(group.code!)}`;
    case 'custom-action-message':
      return 'The .NET Framework custom action’s error (DDSet_Error)';
    case 'installer-note':
      return `Note on message ${group.code}`;
  }
}

const messageLink = (catalogue: CodeCatalogue, code: number): Sentence => {
  const info = catalogue[String(code)];
  return info ? [{ label: String(code), href: info.url }] : [String(code)];
};

/** What the line says, and what follows from it, as a sentence with links. */
export function evidenceWords(group: EvidenceGroup, catalogue: CodeCatalogue): Sentence {
  const { evidence } = group.latest;
  const code = group.code;
  switch (group.kind) {
    case 'installer-error':
      return ['Error ', ...messageLink(catalogue, code!), `: “${evidence.text}”`];
    case 'internal-error':
      return ['Internal error ', ...messageLink(catalogue, code!), ` (DEBUG): “${evidence.text}”`];
    case 'error-dialog': {
      const template = catalogue[String(code)]?.message;
      const filled =
        template && evidence.arguments !== undefined
          ? fillMessage(template, dialogFields(evidence.arguments, template))
          : undefined;
      return [
        'The installer’s error dialog, code ',
        ...messageLink(catalogue, code!),
        filled ? `, with its arguments filled in: “${filled}”` : `: “${evidence.text}”`,
      ];
    }
    case 'product-message':
      return [
        `The product says: “${evidence.text}”. These are its own words: its vendor’s documentation explains them.`,
      ];
    case 'custom-action-failed':
      return [
        `The custom action ${group.subject ?? 'that ran here'} failed with code `,
        ...linkForCode(catalogue, code!, 'exit'),
        `. It belongs to the product, not to Windows Installer: the product’s own log or its vendor’s documentation explains what it does and why it returned that code.`,
      ];
    case 'call-failed':
      return callWords(group, catalogue);
    case 'custom-action-message':
      return [`The .NET Framework custom action says: “${evidence.text}”`];
    case 'installer-note': {
      const template = catalogue[String(code)]?.message;
      return [
        'Note on message ',
        ...messageLink(catalogue, code!),
        template ? `: “${fillMessage(template, evidence.fields ?? {})}”` : '.',
      ];
    }
  }
}

/** A failed call's number, decoded: an HRESULT of FACILITY_WIN32 carries a Windows error (reference §1.1). */
function callWords(group: EvidenceGroup, catalogue: CodeCatalogue): Sentence {
  const { evidence } = group.first;
  const value = group.code!;
  const said = evidence.text ? ` (“${evidence.text}”)` : '';
  if (evidence.win32 === undefined)
    return [`${group.subject} failed with ${hex(value)}${said}; the site has no page for it.`];
  const info = catalogue[String(evidence.win32)];
  const meaning = info?.system
    ? `${info.system.name ? `, ${info.system.name}` : ''}: ${info.system.meaning}`
    : info?.exit
      ? `, ${info.exit.name}: ${info.exit.meaning}`
      : '';
  return [
    `${group.subject} failed with ${hex(value)}${said}, which carries the Windows error `,
    ...(info ? [{ label: String(evidence.win32), href: info.url }] : [String(evidence.win32)]),
    meaning.endsWith('.') ? meaning : `${meaning}.`,
  ];
}

/** Why a line of the failed action is folded away, in words, with the corpus counts. */
export function foldedWords(reason: FoldedReason): string {
  switch (reason.why) {
    case 'routine':
      return `Routine: it appears in ${reason.counts.successfulLogs} of ${ROUTINE_MEASURED_ON.successfulLogs} successful installs the site measured, and in ${reason.counts.failingLogsOutside} of ${ROUTINE_MEASURED_ON.failingLogs} failed ones away from the failure.`;
    case 'outcome':
      return 'It announces how the run ended, not why.';
    case 'same-as-error':
      return `It is the note of error ${reason.code}, shown above.`;
  }
}
