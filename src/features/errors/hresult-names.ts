/**
 * HRESULTs outside FACILITY_WIN32 that setup logs print and the research notes name (section 1.1,
 * from Microsoft's COM error-code pages). Win32 codes have pages of their own; these only get a
 * name in the decoder.
 */
export interface NamedHresult {
  name: string;
  meaning?: string;
}

export const NAMED_HRESULTS: ReadonlyMap<number, NamedHresult> = new Map([
  [0x80030002, { name: 'STG_E_FILENOTFOUND', meaning: 'The file could not be found.' }],
  [0x80030003, { name: 'STG_E_PATHNOTFOUND' }],
  [0x80030005, { name: 'STG_E_ACCESSDENIED', meaning: 'Access denied.' }],
  [
    0x80070005,
    { name: 'E_ACCESSDENIED', meaning: 'Access denied: the HRESULT form of Win32 error 5.' },
  ],
]);
