/** How the report names each kind of finding: in a count of left-out lines, and as a title. */
import type { Finding, FindingKind } from '../finding';

export const FINDING_NAMES: Record<FindingKind, string> = {
  'action-failed': '“Return value 3”',
  'action-cancelled': '“Return value 2”',
  'installer-error': 'Error',
  'installer-note': 'Note',
  'file-in-use': '“Info 1603”',
  'custom-action-error': 'custom action',
  'custom-action-ignored': 'ignored custom action',
  'ddset-error': 'DDSet_Error',
  'ddset-exit': 'DDSet_Exit',
  'engine-return': 'MainEngineThread',
  'product-result': 'Product',
  'update-not-installed': 'update result',
  'installation-status': 'installation status',
  'missing-local-patch': 'missing patch',
  'resolving-patch-source': 'patch source',
  'internal-error': 'internal error',
  'update-exe-masked': 'Update.exe masked code',
  'update-exe-extended': 'Update.exe extended code',
  'update-exe-failure': 'Update.exe failure',
  'cbs-failure': 'CBS failure',
  'windows-update-error': 'Windows Update error',
  'setup-errorlog': 'ERRORLOG EVENT',
  'component-failed': 'component failure',
};

/** An HRESULT as Microsoft writes it: `0x80070643`. */
export const hex = (value: number) => `0x${value.toString(16).toUpperCase().padStart(8, '0')}`;

export const FINDING_TITLE: Record<FindingKind, (f: Finding) => string> = {
  'action-failed': (f) => `the action ${f.subject} failed (Return value 3)`,
  'action-cancelled': (f) => `the action ${f.subject} was cancelled (Return value 2)`,
  'installer-error': (f) => `Windows Installer error ${f.code}`,
  'installer-note': (f) => `Note on message ${f.code}`,
  'file-in-use': () => 'a file was in use (Info 1603): not a failure; a restart may be needed',
  'custom-action-error': (f) => `the custom action ${f.subject} returned ${f.code}`,
  'custom-action-ignored': (f) =>
    `the custom action ${f.subject} returned ${f.code}, “translated to success”: an ignored failure`,
  'ddset-error': () => 'the .NET custom action reports an error (DDSet_Error)',
  'ddset-exit': (f) => `the .NET custom action step ${f.subject} returned ${f.code}`,
  'engine-return': (f) => `Windows Installer returned ${f.code}`,
  'product-result': (f) =>
    `${f.subject}: ${f.outcome === 'failed' ? 'failed' : 'completed successfully'}`,
  'update-not-installed': (f) =>
    `the update “${f.subject}” could not be installed (error ${f.code})`,
  'installation-status': (f) => `installation status ${f.code}`,
  'missing-local-patch': (f) => `the cached patch ${f.subject} is missing`,
  'resolving-patch-source': () => 'Windows Installer looks for the patch at its source',
  'internal-error': () => 'Windows Installer stopped with an internal error',
  'update-exe-masked': () => 'Update.exe reported 0x643 in place of its own code',
  'update-exe-extended': (f) => `Update.exe extended error code ${f.subject}`,
  'update-exe-failure': (f) => `Update.exe: ${f.subject}`,
  'cbs-failure': (f) => `failure code ${hex(f.code!)}${f.subject ? ` (${f.subject})` : ''}`,
  'windows-update-error': (f) => `${f.subject} reports ${hex(f.code!)}`,
  'setup-errorlog': (f) =>
    `ERRORLOG EVENT: the component ${f.subject} failed${f.code === undefined ? '' : ` with ${f.code}`}`,
  'component-failed': (f) =>
    `the component ${f.subject} failed${f.code === undefined ? '' : ` with ${f.code}`}`,
};
