/** The status line under the search field once full-text results are on screen. */
export interface ResultsShown {
  query: string;
  /** Full-text results on screen, the identifier's page not counted. */
  shown: number;
  /** Pages Pagefind found. */
  total: number;
  /** A KB number, bulletin id or error code was answered above the results. */
  identifier: boolean;
}

export function resultsStatus({ query, shown, total, identifier }: ResultsShown): string {
  if (total === 0) return identifier ? 'No other page found.' : `Nothing found for “${query}”.`;
  const pages = `${total} page${total === 1 ? '' : 's'} found`;
  return shown < total ? `${pages}, ${shown} shown.` : `${pages}.`;
}
