/**
 * How the site's marks on a statement look, for the components (Unconfirmed.astro,
 * SiteReading.astro) and for the markup scripts write (the finder's answer, the log reader's
 * report). Spaces, not margins, set a mark off from the words beside it, so that it reads apart
 * (to a screen reader, in copied text) as well as looks apart.
 */
const BADGE = 'inline-block rounded px-1.5 py-0.5 text-xs font-semibold';

export const UNCONFIRMED_MARK_CLASS = `${BADGE} bg-amber-100 text-amber-900 dark:bg-amber-900/50 dark:text-amber-100`;
export const SITE_READING_MARK_CLASS = `${BADGE} bg-slate-200 text-slate-900 dark:bg-slate-700 dark:text-slate-100`;
/** The reason given after an Unconfirmed mark. */
export const MARK_REASON_CLASS = 'text-sm text-slate-600 dark:text-slate-400';
