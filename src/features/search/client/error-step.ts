/**
 * The search panel's error step: error codes typed in any form, answered from the error lists.
 * Its script sits in a <template> of its own (src/features/search/SearchErrorStepScript.astro) that the panel
 * (src/features/search/client/panel.ts) clones for the first query with a digit that is no KB number, so
 * that the error-code reader is no part of the first step: the search page opened with a KB
 * number in its address must arrive in one round trip (issue 14: 14 KB), and an error code typed
 * in search within 5 KB. It defines <search-error-step>.
 */
import { readErrorCode } from '../../../identifiers/error-code';
import { errorPageAnswer, findErrorPage, mayBeErrorCode } from '../error-codes';
import type { IdentifierAnswer, IdentifierList, SearchIdentifiers } from '../identifiers';
import { searchErrorNamePath } from '../../../site/routes';

export class SearchErrorStep extends HTMLElement {
  /** The panel's list loader, set by the panel: it fetches each list once. */
  loadList!: <L extends IdentifierList>(list: L) => Promise<SearchIdentifiers[L]>;

  /**
   * The page of an error code the site explains; null for anything else. Setup-log numbers are
   * fetched only when no returned code matches, a returned code's name only once it is found.
   */
  async answer(query: string): Promise<IdentifierAnswer | null> {
    if (!mayBeErrorCode(query)) return null;
    const returned = await this.loadList('returned');
    const page =
      findErrorPage(query, returned) ??
      (readErrorCode(query).length > 0
        ? findErrorPage(query, returned, await this.loadList('logged'))
        : null);
    if (!page) return null;
    if (page.level) return errorPageAnswer(page, '');
    const response = await fetch(searchErrorNamePath(page.code));
    if (!response.ok) throw new Error(response.statusText);
    return errorPageAnswer(page, (await response.json()) as string);
  }
}

customElements.define('search-error-step', SearchErrorStep);
