/**
 * Every page type, one sample of it, and what its first view may weigh: the one list that the
 * byte-budget check (tools/budgets/check.ts, in `npm test`) and `npm run bench` read.
 *
 * A new page type is one line here. The check fails when a sample page is missing from dist/, when a
 * type has no built page, and when a built page matches no line, so a page type cannot ship without a budget.
 */
import type { OpensWith } from './first-view.ts';

export const KB = 1024;

/** What one TCP initial congestion window carries (10 segments): the whole page in one round trip. */
export const ONE_ROUND_TRIP = 14 * KB;
/** Home and the finder carry the finder's table and script. */
export const WITH_FINDER = 20 * KB;
/** Inline JavaScript a page runs before the visitor acts (the starter), compressed. */
export const STARTER = 1 * KB;

export interface PageBudget {
  name: string;
  /**
   * One built page of this type, as a visitor's address; Lighthouse opens it too. Where a page
   * type's pages are the catalogue's (updates, fixes, bulletins), none is named here, which would
   * tie tools to content: the heaviest built page of the type is the sample.
   */
  sample?: string;
  /** Every built page of this type (its address, without query). */
  pages: RegExp;
  /** First view, compressed: HTML, CSS, the scripts it runs as it loads, and what `opens` adds. */
  budget: number;
  /**
   * A page whose tool works as it opens may load its script at once; every other page runs
   * nothing before the visitor acts but the inline starter.
   */
  tool: boolean;
  /**
   * What the page fetches as it opens at its sample's address beyond what its HTML runs, weighed
   * with it: the search page opened with a query runs search at once, and its answer must arrive in
   * the same round trip. (`npm run bench` measures the same in the browser, until the answer shows.)
   */
  opens?: OpensWith;
}

export const PAGE_BUDGETS: PageBudget[] = [
  { name: 'home', sample: '/', pages: /^\/$/, budget: WITH_FINDER, tool: true },
  { name: 'finder', sample: '/finder/', pages: /^\/finder\/$/, budget: WITH_FINDER, tool: true },
  {
    name: 'finder, shared answer',
    sample: '/finder/?os=windows-xp-sp2-sp3&arch=x86&fw=net-1-1-sp1',
    pages: /^\/finder\/$/,
    budget: WITH_FINDER,
    tool: true,
  },
  {
    name: 'update page',
    pages: /^\/kb\/\d+\/$/,
    budget: ONE_ROUND_TRIP,
    tool: false,
  },
  {
    name: 'update address as typed',
    pages: /^\/kb\/kb\d+\/$/i,
    budget: ONE_ROUND_TRIP,
    tool: false,
  },
  { name: 'update list', sample: '/kb/', pages: /^\/kb\/$/, budget: ONE_ROUND_TRIP, tool: false },
  {
    name: 'fix page',
    pages: /^\/fix\/[^/]+\/[^/]+\/[^/]+\/$/,
    budget: ONE_ROUND_TRIP,
    tool: false,
  },
  {
    name: 'fix address from before the second bulletin',
    pages: /^\/fix\/[^/]+\/[^/]+\/$/,
    budget: ONE_ROUND_TRIP,
    tool: false,
  },
  { name: 'fix list', sample: '/fix/', pages: /^\/fix\/$/, budget: ONE_ROUND_TRIP, tool: false },
  {
    name: 'bulletin list',
    sample: '/bulletins/',
    pages: /^\/bulletins\/$/,
    budget: ONE_ROUND_TRIP,
    tool: false,
  },
  {
    name: 'bulletin details',
    pages: /^\/bulletins\/[^/]+\/details\/$/,
    budget: ONE_ROUND_TRIP,
    tool: false,
  },
  {
    name: 'bulletin',
    pages: /^\/bulletins\/[^/]+\/$/,
    budget: ONE_ROUND_TRIP,
    tool: false,
  },
  {
    name: 'guide',
    sample: '/guides/reinstall-dotnet-in-order/',
    pages: /^\/guides\/[^/]+\/$/,
    budget: ONE_ROUND_TRIP,
    tool: false,
  },
  {
    name: 'guide list',
    sample: '/guides/',
    pages: /^\/guides\/$/,
    budget: ONE_ROUND_TRIP,
    tool: false,
  },
  {
    name: 'error page',
    sample: '/errors/1603/',
    pages: /^\/errors\/\d+\/$/,
    budget: ONE_ROUND_TRIP,
    tool: false,
  },
  {
    name: 'error address as typed',
    sample: '/errors/0x643/',
    pages: /^\/errors\/0x[0-9a-f]+\/$/i,
    budget: ONE_ROUND_TRIP,
    tool: false,
  },
  {
    name: 'error list',
    sample: '/errors/',
    pages: /^\/errors\/(in-logs\/)?$/,
    budget: ONE_ROUND_TRIP,
    tool: false,
  },
  {
    name: 'error-code decoder',
    sample: '/tools/error-code/?code=0x80070643',
    pages: /^\/tools\/error-code\/$/,
    budget: ONE_ROUND_TRIP,
    tool: true,
  },
  {
    name: 'setup-log reader',
    sample: '/tools/log-reader/',
    pages: /^\/tools\/log-reader\/$/,
    budget: ONE_ROUND_TRIP,
    tool: true,
  },
  {
    name: 'search',
    // A KB-shaped query answered from the identifier list (no update of the site has this number).
    sample: '/search/?q=KB123456',
    pages: /^\/search\/$/,
    budget: ONE_ROUND_TRIP,
    tool: true,
    opens: { templateAttribute: 'data-search-script', data: ['/search/kbs.json'] },
  },
  {
    name: 'not found',
    sample: '/404.html',
    pages: /^\/404\.html$/,
    budget: ONE_ROUND_TRIP,
    tool: true,
  },
];

/** The page's address without its query: what a static host serves for it. */
export const pathOf = (address: string) => address.split('?')[0];
