/**
 * An error page's title, from the few facts it is made of. Apart from src/features/errors/error-pages.ts so
 * that search builds the same title in the browser from its error list, which then carries only
 * what the number does not give: a returned code's name, a setup-log number's level.
 */
import { hexOf } from '../../identifiers/error-code';

/** "Error 1603 (0x643): ERROR_INSTALL_FAILURE", or "Error 1603 (0x643)" without a name. */
export function returnedCodeTitle(code: number, name: string): string {
  return name ? `Error ${code} (${hexOf(code)}): ${name}` : `Error ${code} (${hexOf(code)})`;
}

/** "Error 1935 in a setup log", "Info 2898 in a setup log". */
export function loggedNumberTitle(level: string, code: number): string {
  return `${level} ${code} in a setup log`;
}
