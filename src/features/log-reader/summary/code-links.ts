/** Codes as the report links them: to the code's page, with the meaning the catalogue gives. */
import { errorCodeForms } from '../../../identifiers/hresult';
import type { CodeCatalogue, CodeInfo } from '../code-catalogue';
import type { FindingKind } from '../finding';
import type { Sentence } from './report';

/** Finding kinds whose code is an exit code (as opposed to an Installer message number). */
export const EXIT_CODE_KINDS: ReadonlySet<FindingKind> = new Set([
  'engine-return',
  'installation-status',
  'custom-action-error',
  'custom-action-ignored',
  'ddset-exit',
  'update-not-installed',
  'update-exe-masked',
  'setup-errorlog',
  'component-failed',
]);

/** The codes of a finding as links to their pages, with the meaning the catalogue gives. */
export function linkForCode(
  catalogue: CodeCatalogue,
  code: number,
  as: 'exit' | 'message',
): Sentence {
  const info: CodeInfo | undefined = catalogue[String(code)];
  const label = as === 'exit' && code > 9 ? `${code} (${errorCodeForms(code).hex})` : String(code);
  const link: Sentence = info ? [{ label, href: info.url }] : [label];
  if (as === 'exit' && info?.exit) return [...link, `, ${info.exit.name}: ${info.exit.meaning}`];
  return link;
}
