/**
 * The rules a stored value must pass, as plain functions: the schemas enforce them, and the
 * features and identifiers import them from here (schemas are the ground floor and import no feature). No zod
 * here, so that the browser scripts which share a rule do not bundle the schema library.
 */

/** Microsoft KB numbers of this era have six digits; seven-digit ones exist for newer articles. */
const KB_DIGITS = /^\d{6,7}$/;

/** True for the stored form of a KB number: six or seven digits, nothing else. */
export function isStoredKbNumber(value: string): boolean {
  return KB_DIGITS.test(value);
}

/** The hosts of Microsoft's own download sites: the Download Center and the Update Catalog. */
export const OFFICIAL_DOWNLOAD_HOSTS = [
  'www.microsoft.com',
  'download.microsoft.com',
  'www.catalog.update.microsoft.com',
] as const;

const INSTALLER_FILE = /\.(exe|msu|msi|msp|cab|zip)$/i;

/**
 * Why a download link is not acceptable, or null when it is. The bulletins link every package to a
 * Download Center page by FamilyID; no direct file URL is confirmed for any of their packages, so a
 * link that points at a file is refused.
 */
export function downloadLinkProblem(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `"${url}" is not a URL`;
  }
  if (parsed.protocol !== 'https:') return `"${url}" must use https`;
  if (!(OFFICIAL_DOWNLOAD_HOSTS as readonly string[]).includes(parsed.hostname)) {
    return `"${url}" is not on an official Microsoft download host (${OFFICIAL_DOWNLOAD_HOSTS.join(', ')})`;
  }
  if (INSTALLER_FILE.test(parsed.pathname)) {
    return `"${url}" points straight at a file; no direct file URL is confirmed, link the Download Center page instead`;
  }
  return null;
}
