/**
 * What a line of a Windows Installer log says about why setup failed, ranked the way an
 * experienced setup engineer (or Microsoft's wilogutl.exe) reads it: an error the installer
 * showed first, then a product's own message, then a custom action that failed, then a system
 * call's own failure, and only then the installer's `Note:` lines, most of which every
 * successful install prints too. Each rule reads one line's message (without the engine prefix,
 * see line-rules.ts) and returns its evidence, or null; the first rule that matches wins.
 */
import { installerMessage, installerNote, customActionError, productResult } from './line-rules';
import { win32CodeOf } from '../../identifiers/error-code';

/** 1 explains best. */
export type EvidenceRank = 1 | 2 | 3 | 4 | 5;

export type EvidenceKind =
  /** `Error 1310. …`, also inside `Product: X -- Error 1310. …`. */
  | 'installer-error'
  /** `DEBUG: Error 2235:  Database: …`, an internal error the package's authoring caused. */
  | 'internal-error'
  /** The installer's dialog text `… The error code is 2235. The arguments are: , Action, …`. */
  | 'error-dialog'
  /** `Product: X -- <the product's own words>`, neither a result line nor an Installer error. */
  | 'product-message'
  /** `CustomAction X returned actual error code 1603`, not translated to success. */
  | 'custom-action-failed'
  /** A call's own failure: `X:  Error 0x80070057: …`, `… failed with error: -2147024891`, `GetLastError = 5`. */
  | 'call-failed'
  /** A custom action's own error line without a number: `DDSet_Error: Failed to install assembly …`. */
  | 'custom-action-message'
  /** `Note: 1: 2262 2: Error 3: -2147287038`. */
  | 'installer-note';

export interface Evidence {
  kind: EvidenceKind;
  rank: EvidenceRank;
  /** The Installer message number, or for a failed call the number it reports (32 bits, unsigned). */
  code?: number;
  /** For a failed call: the Win32 error the number carries (0x80070005 → 5), when it carries one. */
  win32?: number;
  /** A note's `[2]`, `[3]` … fields. */
  fields?: Record<number, string>;
  /** An error dialog's arguments as written (`, Action, SELECT …`): they fill `[2]`, `[3]` … (dialogFields). */
  arguments?: string;
  /** Who speaks: the custom action, the product, or the function that failed. */
  subject?: string;
  /** The words of the line that say what went wrong. */
  text: string;
}

type EvidenceRule = (message: string) => Evidence | null;

/** `DEBUG: Error 2235:  Database: . Column 'Action' not present …`. */
const INTERNAL_ERROR = /^DEBUG: Error (\d{3,5}):\s*(.*)$/;
/** The dialog Windows Installer shows for an internal error; its arguments fill `[2]`, `[3]` … */
const ERROR_DIALOG = /The error code is (\d{3,5})\.(?:\s*The arguments are: (.*))?$/;
/** `Product: X -- text`. */
const PRODUCT_LINE = /^Product: (.+?) -- (.+)$/;
/** WiX-style custom action lines: `WixQuietExec64:  Error 0x80070057: invalid command line …`. */
const CALL_ERROR = /^([A-Za-z_][\w.:]*):\s+Error (0x[0-9a-fA-F]{8}):\s*(.*)$/;
/** `SHELL32::SHGetKnownFolderPath failed with error: -2147024891`, `… failed with error 0x2`. */
const FAILED_WITH_ERROR = /^(.*?)\s*failed with error:?\s*(-?\d+|0x[0-9a-fA-F]+)\b(.*)$/i;
/** `… GetLastError = 5`, `GetLastError() returned 5`. */
const GET_LAST_ERROR = /GetLastError(?:\(\))?\s*(?:=|returned)\s*(\d+)/i;
/** `IAssemblyCache->InstallAssembly() returned -2147024864`: a call that returned a failure HRESULT. */
const CALL_RETURNED = /([\w:>.-]+\(\)) returned (-\d{6,}|0x[89a-fA-F][0-9a-fA-F]{7})\b/;
/** `DDSet_Error: Failed to install assembly …`, the .NET Framework custom action's own error (reference §2.5). */
const DDSET_ERROR = /^DDSet_Error: (.*)$/;

/** A number as a log writes it (signed or unsigned decimal, or hex) as its unsigned 32 bits. */
export function callErrorValue(written: string): number | null {
  const value = /^0x/i.test(written) ? parseInt(written, 16) : Number(written);
  if (!Number.isSafeInteger(value) || value < -0x80000000 || value > 0xffffffff) return null;
  return value >>> 0;
}

function callFailure(subject: string, written: string, text: string): Evidence | null {
  const code = callErrorValue(written);
  if (code === null || code === 0) return null;
  const win32 = win32CodeOf(code);
  return {
    kind: 'call-failed',
    rank: 4,
    code,
    ...(win32 === null ? {} : { win32 }),
    subject,
    text: text.trim(),
  };
}

/**
 * The rules in the order they are tried: a line that is a product's line carrying an Installer
 * error is an Installer error, not the product's own words.
 */
export const EVIDENCE_RULES: readonly EvidenceRule[] = [
  function installerError(message) {
    const found = installerMessage(message);
    if (found?.level !== 'Error') return null;
    const product = PRODUCT_LINE.exec(message);
    return {
      kind: 'installer-error',
      rank: 1,
      code: found.code,
      ...(product ? { subject: product[1] } : {}),
      text: found.text,
    };
  },
  function internalError(message) {
    const match = INTERNAL_ERROR.exec(message);
    return match
      ? { kind: 'internal-error', rank: 1, code: Number(match[1]), text: match[2].trim() }
      : null;
  },
  function errorDialog(message) {
    const match = ERROR_DIALOG.exec(message);
    if (!match) return null;
    const product = PRODUCT_LINE.exec(message);
    return {
      kind: 'error-dialog',
      rank: 1,
      code: Number(match[1]),
      ...(match[2] === undefined ? {} : { arguments: match[2] }),
      ...(product ? { subject: product[1] } : {}),
      text: message.slice(product ? message.indexOf(' -- ') + 4 : 0).trim(),
    };
  },
  function productMessage(message) {
    const match = PRODUCT_LINE.exec(message);
    if (!match || productResult(message)) return null;
    return { kind: 'product-message', rank: 2, subject: match[1], text: match[2].trim() };
  },
  function customActionFailed(message) {
    const found = customActionError(message);
    if (!found || found.translatedToSuccess || found.code === 0) return null;
    // RemoveExistingProducts logs its own failure as a custom action without a name.
    const name = found.action.trim();
    return {
      kind: 'custom-action-failed',
      rank: 3,
      code: found.code,
      ...(name ? { subject: name } : {}),
      text: message,
    };
  },
  function callError(message) {
    const match = CALL_ERROR.exec(message);
    return match ? callFailure(match[1], match[2], match[3]) : null;
  },
  function failedWithError(message) {
    const match = FAILED_WITH_ERROR.exec(message);
    return match ? callFailure(match[1].trim(), match[2], message) : null;
  },
  function getLastError(message) {
    const match = GET_LAST_ERROR.exec(message);
    return match ? callFailure('GetLastError', match[1], message) : null;
  },
  function callReturned(message) {
    const match = CALL_RETURNED.exec(message);
    return match ? callFailure(match[1], match[2], message) : null;
  },
  function dotnetCustomActionError(message) {
    const match = DDSET_ERROR.exec(message);
    return match
      ? { kind: 'custom-action-message', rank: 4, subject: 'DDSet', text: match[1].trim() }
      : null;
  },
  function note(message) {
    const found = installerNote(message);
    return found
      ? { kind: 'installer-note', rank: 5, code: found.code, fields: found.fields, text: message }
      : null;
  },
];

/**
 * An error dialog's arguments as the fields of its message: `, Action, SELECT …` fills `[2]`
 * (empty), `[3]` Action and `[4]` the query. The dialog joins them with ", ", which a last value
 * (a query, a path) may hold too, so the message's own highest placeholder says where to stop.
 */
export function dialogFields(written: string, template: string): Record<number, string> {
  const highest = Math.max(1, ...[...template.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1])));
  const values = written.split(', ');
  const fields: Record<number, string> = {};
  for (let field = 2; field <= highest && values.length > 0; field++) {
    fields[field] = (field === highest ? values.splice(0).join(', ') : values.shift()!).trim();
  }
  return fields;
}

/** The evidence one line's message gives, or null. */
export function evidenceOf(message: string): Evidence | null {
  for (const rule of EVIDENCE_RULES) {
    const found = rule(message);
    if (found) return found;
  }
  return null;
}
