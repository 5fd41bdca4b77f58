/**
 * What an error page and the error index show, derived from one `errors` entry: its title, its
 * addresses, the forms people type, and how each of its meanings is headed.
 */
import type {
  ErrorEntry,
  ErrorLink,
  ErrorMeaning,
  ErrorMeaningKind,
} from '../../content-model/schemas/error';
import { errorCodeForms } from '../../identifiers/hresult';
import { loggedNumberTitle, returnedCodeTitle } from './error-title';
import {
  errorCodeToolPath,
  errorPath,
  finderPath,
  guidePath,
  updatePath,
  logReaderPath,
} from '../../site/routes';
import { formatKbNumber } from '../../identifiers/kb-number';

const has = (entry: ErrorEntry, kind: ErrorMeaningKind) =>
  entry.meanings.some((meaning) => meaning.kind === kind);
const meaningOf = <K extends ErrorMeaningKind>(entry: ErrorEntry, kind: K) =>
  entry.meanings.find(
    (meaning): meaning is Extract<ErrorMeaning, { kind: K }> => meaning.kind === kind,
  );

/** True for numbers Windows or an installer returns, which have hex and HRESULT forms worth typing. */
export function isReturnedCode(entry: ErrorEntry): boolean {
  return has(entry, 'exit-code') || has(entry, 'system-error');
}

/**
 * Whether the page may say Windows Update shows the number in hex: only for a failing exit code,
 * the number an update's installer hands back to Windows Update (0x643 for 1603). A Win32 error
 * that fills a log message's field, or a success code, is not one Windows Update reports as such.
 */
export function windowsUpdateShowsHex(entry: ErrorEntry): boolean {
  return meaningOf(entry, 'exit-code')?.outcome === 'failure';
}

/**
 * "Error 1603 (0x643): ERROR_INSTALL_FAILURE" for a code a program returns; "Error 1935 in a setup
 * log" for a number met only (or mostly) as an Installer message.
 */
export function errorTitle(entry: ErrorEntry): string {
  const part = errorTitlePart(entry);
  return part.logged
    ? loggedNumberTitle(part.level, entry.code)
    : returnedCodeTitle(entry.code, part.name);
}

/**
 * What an error's title says besides its number: a returned code's name ('' when the sources give
 * none), or a setup-log number's level. An exit code is titled as one even when logs print it too.
 */
export function errorTitlePart(
  entry: ErrorEntry,
): { logged: false; name: string } | { logged: true; level: string } {
  const exit = meaningOf(entry, 'exit-code');
  if (exit) return { logged: false, name: exit.name };
  const message = meaningOf(entry, 'log-message');
  if (message) return { logged: true, level: message.level };
  return { logged: false, name: meaningOf(entry, 'system-error')!.name ?? '' };
}

/**
 * What stands for a log message's text where the research notes restate none (the schema's
 * `message` is absent): said as such, never quoted as Microsoft's words.
 */
export const MESSAGE_NOT_RESTATED =
  'A Windows Installer message in a setup log; the sources used here do not restate its text, which the log line itself carries.';

/** A log message's restated text, or the words that say the sources give none. */
export function messageText(meaning: Extract<ErrorMeaning, { kind: 'log-message' }>): string {
  return meaning.message ?? MESSAGE_NOT_RESTATED;
}

/** One line for the index, search results and the page description. */
export function errorSummary(entry: ErrorEntry): string {
  const [first] = entry.meanings;
  return first.kind === 'log-message' ? messageText(first) : first.meaning;
}

/** Addresses that lead to the page besides /errors/<decimal>/: the hex and HRESULT forms of returned codes. */
export function errorAliases(entry: ErrorEntry): string[] {
  if (!isReturnedCode(entry)) return [];
  const forms = errorCodeForms(entry.code);
  return [...new Set([forms.hex, forms.hresult])].filter((form) => form !== forms.decimal);
}

/** The forms full-text search should match on the page, as people type them. */
export function typedForms(entry: ErrorEntry): string[] {
  const forms = errorCodeForms(entry.code);
  if (!isReturnedCode(entry)) return [forms.decimal];
  return [
    ...new Set([
      forms.decimal,
      forms.hex,
      forms.hex.toLowerCase(),
      `${forms.hex.slice(2)}h`,
      forms.hresult,
      forms.hresult.slice(2),
      forms.signed,
      forms.unsigned,
    ]),
  ];
}

/** How a meaning is headed, on the page and in the decoder; the warning below tells them apart. */
export function meaningHeading(meaning: ErrorMeaning, code: number): string {
  switch (meaning.kind) {
    case 'exit-code':
      return `As an exit code: ${meaning.name}`;
    case 'system-error':
      return meaning.name
        ? `In the Win32 list of system errors: ${meaning.name}`
        : 'In the Win32 list of system errors';
    case 'log-message':
      return `In a setup log: ${meaning.level} ${code}.`;
  }
}

/**
 * The HRESULT form the page's section on .NET security updates gives a returned code no source
 * ties to those updates: the site's own arithmetic, as 1603 is 0x80070643, not a claim about what Windows Update
 * shows. Null for the codes that mean success (0, 3011), which leave nothing to explain there, for
 * log messages, and where sources speak. The page's table of forms still gives every code's.
 */
export function computedHresultForPatchSection(entry: ErrorEntry): string | null {
  const success = entry.meanings.some(
    (meaning) => meaning.kind !== 'log-message' && meaning.outcome === 'success',
  );
  if (success || !isReturnedCode(entry) || entry.forPatch.length > 0) return null;
  return errorCodeForms(entry.code).hresult;
}

/** The warning a number with two meanings carries (research notes, section 2.2); null when it has one. */
export function twoMeaningsWarning(entry: ErrorEntry): string | null {
  if (entry.meanings.length < 2) return null;
  if (entry.meanings.some((meaning) => meaning.kind === 'log-message' && !meaning.message))
    return `One number, ${entry.meanings.length} meanings: ${entry.code} is used in each of the places below, and the sources used here do not restate what it says in every one. Read the one that matches where you saw it.`;
  return `One number, ${entry.meanings.length} meanings: Microsoft's lists give ${entry.code} a different meaning in each of the places below. Read the one that matches where you saw it.`;
}

/** How to tell the meanings apart in a log: the research notes derive it from Microsoft's two lists. */
export const READING_RULE =
  'A number after `Error`, `Info` or `Note: 1:` in a setup log is a Windows Installer message; a number in a `System error`, `GetLastError`, `error code` or `LastError =` position is a Win32 system error, and the code a program or Windows Update returns is an exit code.';

export interface ErrorIndexGroup {
  kind: ErrorMeaningKind;
  heading: string;
  entries: ErrorEntry[];
}

const GROUPS: { kind: ErrorMeaningKind; heading: string }[] = [
  { kind: 'exit-code', heading: 'Exit codes of Windows Installer' },
  { kind: 'log-message', heading: 'Messages in setup logs' },
  { kind: 'system-error', heading: 'Win32 system errors' },
];

/**
 * The index: every number under each kind of meaning it has, numbers in order. `kinds` picks the
 * groups one page shows (the exit codes on one, what setup logs hold on another).
 */
export function errorIndexGroups(
  entries: ErrorEntry[],
  kinds: ErrorMeaningKind[] = GROUPS.map((group) => group.kind),
): ErrorIndexGroup[] {
  const sorted = [...entries].sort((a, b) => a.code - b.code);
  return GROUPS.filter(({ kind }) => kinds.includes(kind)).map(({ kind, heading }) => ({
    kind,
    heading,
    entries: sorted.filter((entry) => has(entry, kind)),
  }));
}

/** True when the research notes set the exit code in bold, singling it out for updates. */
export function mattersForPatches(entry: ErrorEntry): boolean {
  return meaningOf(entry, 'exit-code')?.patches ?? false;
}

const TOOLS = {
  finder: { href: finderPath(), label: 'the fix finder' },
  'error-code': { href: errorCodeToolPath(), label: 'the error-code decoder' },
  'log-reader': { href: logReaderPath, label: 'the setup-log reader' },
} as const;

/** Where a fact's link goes and what it says; guide titles come from the guides collection. */
export function errorLinkTarget(
  link: ErrorLink,
  guideTitles: ReadonlyMap<string, string>,
): { href: string; label: string; external: boolean } {
  if ('guide' in link)
    return {
      href: guidePath(link.guide),
      label: guideTitles.get(link.guide) ?? link.guide,
      external: false,
    };
  if ('kb' in link)
    return { href: updatePath(link.kb), label: formatKbNumber(link.kb), external: false };
  if ('error' in link)
    return { href: errorPath(link.error), label: `Error ${link.error}`, external: false };
  if ('tool' in link) return { ...TOOLS[link.tool], external: false };
  return { href: link.url, label: link.label, external: true };
}
