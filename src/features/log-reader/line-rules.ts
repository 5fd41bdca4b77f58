/**
 * The line forms that explain a setup failure, as the reference gives them (§2, §3.2, §4). Each
 * matcher reads one line and returns what it says, or null. They only read; deciding what a line
 * means is its rule's job (rules/), what the lines mean together analyse.ts's, and saying it in
 * words summary.ts's.
 */

/**
 * A Windows Installer engine line starts `MSI (s) (4C:D4) [16:44:54:463]: `; Microsoft's older
 * examples omit the time (`MSI (s) (40:A4): `) and some use `!` between the ids (`(54!70)`).
 */
const ENGINE_PREFIX =
  /^MSI \([A-Za-z]\) \([0-9A-Fa-f]{1,4}[:!][0-9A-Fa-f]{1,4}\)(?: \[[\d:.]+\])?: /;
/** .NET custom actions write their own lines with a date in front: `10/14/09 10:12:13 DDSet_…`. */
const DATED_PREFIX = /^\d{1,2}\/\d{1,2}\/\d{2,4} \d{1,2}:\d{2}:\d{2} /;

/** The message of a line, without the engine or date prefix. */
export function lineMessage(line: string): string {
  const engine = ENGINE_PREFIX.exec(line);
  if (engine) return line.slice(engine[0].length);
  const dated = DATED_PREFIX.exec(line);
  return dated ? line.slice(dated[0].length) : line;
}

/** True when the line is a Windows Installer engine line (only verbose logs have them). */
export function isEngineLine(line: string): boolean {
  return ENGINE_PREFIX.test(line);
}

/**
 * Cheap first test: a line that mentions none of these words is none of the forms below, so most
 * lines of a long log cost one regular expression.
 */
export const WORTH_READING =
  /Return value|Error \d|Info 1603|Note: 1:|returned actual error code|DDSet_|MainEngineThread|Product: |error status|local patch|Patch source|Internal (?:Exception|MSI error)|terminated prematurely|masked to|extended error code|encountered an error|did not complete|HRESULT|ERRORLOG|Installation failed for component|Action start|0x8[0-9a-f]{7}|error code is|failed with error|GetLastError|RunEngine|\(\) returned/i;

/** The time as the machine's locale writes it: `9:58:55`, `16:44:54`, and `4:44:54 PM` to be safe. */
const ACTION_TIME = String.raw`\d{1,2}:\d{2}:\d{2}(?:\s?[AP]M)?`;
const ACTION_START = new RegExp(String.raw`^Action start ${ACTION_TIME}: (.+?)\.?$`);
/** `Action ended 9:58:55: CheckCAServer. Return value 3.` */
const ACTION_ENDED = new RegExp(
  String.raw`^Action ended ${ACTION_TIME}: (.+?)\. Return value (\d+)\.?$`,
);

export function actionStart(message: string): string | null {
  return ACTION_START.exec(message)?.[1] ?? null;
}

export function actionEnded(message: string): { action: string; value: number } | null {
  const match = ACTION_ENDED.exec(message);
  return match ? { action: match[1], value: Number(match[2]) } : null;
}

/** `Error 1327. Invalid Drive: C:\`, `Info 1603. The file …`, also inside `Product: X -- Error 1327. …`. */
const INSTALLER_MESSAGE = /(?:^|-- )(Error|Info|Warning) (\d{3,5})\.\s*(.*)$/;

export function installerMessage(
  message: string,
): { level: 'Error' | 'Info' | 'Warning'; code: number; text: string } | null {
  const match = INSTALLER_MESSAGE.exec(message);
  return match
    ? {
        level: match[1] as 'Error' | 'Info' | 'Warning',
        code: Number(match[2]),
        text: match[3].trim(),
      }
    : null;
}

/**
 * `Note: 1: 2203 2: C:\x.mst 3: -2147287038`: field 1 is the message number, the others fill its
 * `[2]`, `[3]` … placeholders. Values may hold spaces and colons (`C:\`), so a marker counts only
 * when it is the next number in order.
 */
export function installerNote(
  message: string,
): { code: number; fields: Record<number, string> } | null {
  const start = message.indexOf('Note: 1: ');
  if (start === -1) return null;
  const body = message.slice(start + 'Note: '.length);
  const markers: { field: number; at: number; valueAt: number }[] = [];
  const marker = /(?:^|\s)(\d{1,2}): ?/g;
  let match: RegExpExecArray | null;
  while ((match = marker.exec(body))) {
    const field = Number(match[1]);
    if (field !== markers.length + 1) continue;
    markers.push({ field, at: match.index, valueAt: match.index + match[0].length });
  }
  const fields: Record<number, string> = {};
  markers.forEach((m, i) => {
    fields[m.field] = body
      .slice(m.valueAt, i + 1 < markers.length ? markers[i + 1].at : undefined)
      .trim();
  });
  const code = Number(fields[1]);
  return Number.isInteger(code) && /^\d{3,5}$/.test(fields[1] ?? '') ? { code, fields } : null;
}

/** `CustomAction X returned actual error code 1603 (note this may not be 100% accurate …)`. */
const CUSTOM_ACTION_ERROR = /^CustomAction (.+?) returned actual error code (-?\d+)(.*)$/;

export function customActionError(
  message: string,
): { action: string; code: number; translatedToSuccess: boolean } | null {
  const match = CUSTOM_ACTION_ERROR.exec(message);
  if (!match) return null;
  return {
    action: match[1],
    code: Number(match[2]),
    translatedToSuccess: /translated to success/i.test(match[3]),
  };
}

/** `DDSet_Error: Failed to install assembly '…' because of system error: …` (reference §2.5). */
export function ddsetError(message: string): string | null {
  const match = /^DDSet_Error: (.*)$/.exec(message);
  return match ? match[1].trim() : null;
}

/** `DDSet_Exit: InstallAssembly ended with return value 1603`. */
export function ddsetExit(message: string): { step: string; code: number } | null {
  const match = /^DDSet_Exit: (\S+) ended with return value (-?\d+)/.exec(message);
  return match ? { step: match[1], code: Number(match[2]) } : null;
}

/** `MainEngineThread is returning 1603`: the engine's exit code. */
export function engineReturn(message: string): number | null {
  const match = /^MainEngineThread is returning (-?\d+)/.exec(message);
  return match ? Number(match[1]) : null;
}

export type ProductOutcome = 'failed' | 'succeeded';

/** `Product: X -- Installation failed.`, `-- Configuration completed successfully.`, `-- Removal failed.` … */
const PRODUCT_RESULT =
  /Product: (.+?) -- (Installation|Configuration|Removal) (failed|(?:operation )?completed successfully|operation failed)\.?/;

export function productResult(
  message: string,
): { product: string; operation: string; outcome: ProductOutcome } | null {
  const match = PRODUCT_RESULT.exec(message);
  if (!match) return null;
  return {
    product: match[1],
    operation: match[2].toLowerCase(),
    outcome: match[3].endsWith('completed successfully') ? 'succeeded' : 'failed',
  };
}

/** `Product: X - Update 'Y' could not be installed. Error code 1603. …` (event 1023's text). */
export function updateNotInstalled(
  message: string,
): { product: string; update: string; code: number } | null {
  const match = /Product: (.+?) - Update '(.+?)' could not be installed\. Error code (-?\d+)/.exec(
    message,
  );
  return match ? { product: match[1], update: match[2], code: Number(match[3]) } : null;
}

/** `… Installation success or error status: 1603.` closing a product or update install. */
export function installationStatus(message: string): number | null {
  const match = /Installation success or error status: (-?\d+)/.exec(message);
  return match ? Number(match[1]) : null;
}

/** `Couldn't find local patch 'C:\WINDOWS\Installer\x.msp'. Looking for it at its source.` (KB 951950). */
export function missingLocalPatch(message: string): string | null {
  const match = /Couldn't find local patch '([^']*)'/.exec(message);
  return match ? match[1] : null;
}

export function resolvingPatchSource(message: string): boolean {
  return /Resolving Patch source/i.test(message);
}

/** The Installer itself crashed: no `Return value 3` follows (reference §3.2, "Internal crash"). */
export function internalError(message: string): string | null {
  const match =
    /(Internal Exception during install operation.*|Internal MSI error.*|Installer terminated prematurely.*)$/.exec(
      message,
    );
  return match ? match[1].trim() : null;
}

/** Update.exe lines start with elapsed seconds: `1448.406: …` (reference §4.1). */
const UPDATE_EXE_LINE = /^\d+\.\d{3}: (.*)$/;

export function updateExeMessage(line: string): string | null {
  return UPDATE_EXE_LINE.exec(line)?.[1] ?? null;
}

/** `Update.exe return code was masked to 0x643 for MSI custom action compliance.` */
export function updateExeMasked(message: string): number | null {
  const match = /return code was masked to (0x[0-9a-f]+)/i.exec(message);
  return match ? parseInt(match[1], 16) : null;
}

/** `Update.exe extended error code = 0xf01e`: no source gives these codes' meanings. */
export function updateExeExtended(message: string): string | null {
  const match = /extended error code = (0x[0-9a-f]+)/i.exec(message);
  return match ? match[1] : null;
}

/** `KB928843 Setup encountered an error: …` and `KB979309 installation did not complete.` */
export function updateExeFailure(message: string): string | null {
  const match = /(Setup encountered an error:.*|installation did not complete\.?)$/i.exec(message);
  return match ? match[0].trim() : null;
}

/** CBS.log: `… [HRESULT = 0x80070002 - ERROR_FILE_NOT_FOUND]`; success codes are not failures. */
export function cbsFailure(message: string): { hresult: number; name: string } | null {
  const match = /\[HRESULT = (0x[0-9a-f]{8})(?: - ([A-Z0-9_]+))?\]/i.exec(message);
  if (!match) return null;
  const hresult = parseInt(match[1], 16);
  return hresult >= 0x80000000 ? { hresult, name: match[2] ?? '' } : null;
}

/**
 * WindowsUpdate.log: Date, Time, PID, TID, Component, Text. KB 902093 gives only that order; the
 * separators and the forms of the date and time are the site's assumption, so any whitespace, a
 * date of digits joined by `-`, `/` or `.`, and a time with or without milliseconds are read.
 */
const WINDOWS_UPDATE_LINE =
  /^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}\s+\d{1,2}:\d{2}:\d{2}(?:[:.]\d{1,3})?\s+[0-9a-f]+\s+[0-9a-f]+\s+(\w+)\s+(.*)$/i;

export function windowsUpdateLine(line: string): { component: string; text: string } | null {
  const match = WINDOWS_UPDATE_LINE.exec(line);
  return match ? { component: match[1], text: match[2] } : null;
}

/** The first failure HRESULT (0x8…) a line names, written `0x80070643` or `80070643` after "error". */
export function failureHresult(text: string): number | null {
  const match = /\b0x(8[0-9a-f]{7})\b/i.exec(text);
  return match ? parseInt(match[1], 16) : null;
}

/** .NET setup logs: `[03/12/09,10:23:45] Component: …` (reference §4.2). */
const DOTNET_SETUP_LINE = /^\[\d{1,2}\/\d{1,2}\/\d{2,4},\s?\d{1,2}:\d{2}:\d{2}\] ([^:]+): (.*)$/;

export function dotnetSetupLine(line: string): { source: string; text: string } | null {
  const match = DOTNET_SETUP_LINE.exec(line);
  return match ? { source: match[1].trim(), text: match[2] } : null;
}

/** `***ERRORLOG EVENT*** : Error: …` in dd_dotnetfx35install.txt (Microsoft: search for it). */
export function errorlogEvent(message: string): string | null {
  const match = /\*{3}ERRORLOG EVENT\*{3}\s*:?\s*(.*)$/i.exec(message);
  return match ? match[1].trim() : null;
}

/** `Installation failed for component Microsoft .NET Framework 2.0a. MSI returned error code 1603`. */
export function componentFailed(
  message: string,
): { component: string; code: number | null } | null {
  const match =
    /Installation failed for component (.+?)\.(?:\s+MSI returned error code (-?\d+))?\s*$/i.exec(
      message,
    );
  return match
    ? { component: match[1], code: match[2] === undefined ? null : Number(match[2]) }
    : null;
}

/**
 * KB numbers in a file name, folder or path (`NDP1.1sp1-KB<number>-X86`, `KB<number>.log`) or in a
 * log's text. One space may follow "KB": a bulletin's deployment table prints a log's name as
 * `Microsoft .NET Framework 2.0-KB 1234567 _*-msi0.txt`.
 */
export function kbNumbersIn(text: string): string[] {
  return [...text.matchAll(/kb ?(\d{6,7})(?!\d)/gi)].map((m) => m[1]);
}
