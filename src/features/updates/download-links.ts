/**
 * Links to Microsoft's own download sites. The bulletin links every package to a Download Center
 * page by FamilyID; the Update Catalog can be searched by KB number. Which links may be stored
 * (https, official hosts, never a file) is a schema rule: downloadLinkProblem in
 * src/content-model/schemas/value-rules.ts.
 */
import type { Architecture } from '../../content-model/schemas/shared';

const FAMILY_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The FamilyID in a Download Center link (`details.aspx?familyid=…`), or null. */
export function familyIdOf(url: string): string | null {
  const id = new URL(url).searchParams.get('familyid');
  return id && FAMILY_ID.test(id) ? id.toLowerCase() : null;
}

/** The Update Catalog search for one KB: a stable link that survives retired Download Center pages. */
export function updateCatalogSearchUrl(kbDigits: string): string {
  return `https://www.catalog.update.microsoft.com/Search.aspx?q=KB${kbDigits}`;
}

/**
 * Whether a FamilyID shown with these packages is in doubt. The localized bulletins give the x86
 * package's FamilyID to the x64 and Itanium packages as well; whether the English bulletin had
 * separate ones is unconfirmed. It is in doubt for a 64-bit package of its own, not for .NET 1.1's
 * one x86 package, which 64-bit Windows runs too.
 */
export function familyIdUnconfirmedFor(
  installers: Partial<Record<Architecture, string>>,
  shown: Architecture[],
): boolean {
  return shown.some(
    (architecture) =>
      architecture !== 'x86' &&
      installers[architecture] !== undefined &&
      installers[architecture] !== installers.x86,
  );
}
