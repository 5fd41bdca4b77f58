/** What kind of page a search result is; indexed as a Pagefind filter and shown with each result. */
export const PAGE_TYPES = ['Update', 'Fix', 'Error', 'Guide', 'Tool', 'Bulletin'] as const;
export type PageType = (typeof PAGE_TYPES)[number];
