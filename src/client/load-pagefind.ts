// Browser side: loads Pagefind's search API from the bundle `astro build` writes to
// dist/pagefind/. Loaded on demand (the header box gaining focus, the search page opening),
// never with the page, so pages that are not searched pay nothing.

/** The part of Pagefind's JS API Carnet uses (https://pagefind.app/docs/api/). */
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: Record<string, unknown>): Promise<PagefindSearch>;
  filters(): Promise<FilterCounts>;
}

/** Counts per filter value, per filter. */
export type FilterCounts = Record<string, Record<string, number>>;

export interface PagefindSearch {
  results: { id: string; score: number; data(): Promise<PagefindResult> }[];
  /** Counts of the results with each further value selected. */
  filters: FilterCounts;
  /** Counts of the results before any filter. */
  totalFilters: FilterCounts;
}

export interface PagefindResult {
  url: string;
  /** Safe HTML: entities encoded, matched words in <mark>. */
  excerpt: string;
  /** Raw text: never inserted as HTML. */
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  /** The page's indexed text, plain (never inserted as HTML). */
  content: string;
  /** Positions, in words from the top of `content`, of the words that matched. */
  locations: number[];
  /** How many words `content` holds. */
  word_count: number;
}

/**
 * Ranking: a word in the title or among the people on stage counts more than one in the note,
 * so "lassiege" brings Hugo Lassiège's sessions before notes that quote him.
 * No web worker: it costs one more download (12 KB gzipped) and, measured with
 * `npm run bench:search`, made results slower to show, not faster, up to 5,000 notes.
 */
const OPTIONS = {
  // Results come back with the paths they were indexed under (/speakers/ada/), not prefixed with
  // the folder the bundle is served from (Pagefind's default): the search page adds the base and
  // the reader's language itself (src/client/search-page.ts), and tells speakers from sessions by path.
  baseUrl: '/',
  noWorker: true,
  excerptLength: 26,
  excerptEllipsis: '…',
  ranking: { metaWeights: { title: 5, people: 3, topics: 1.5 } },
};

let loading: Promise<Pagefind> | undefined;

/** Pagefind, imported and initialised once per page; a failed load is retried on the next call. */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const url = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}pagefind/pagefind.js`;
    // The bundle only exists after a build: Vite must not try to resolve it.
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.options(OPTIONS);
    await pagefind.init();
    return pagefind;
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
