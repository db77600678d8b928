// The state of the search page and its URL (/search/?q=…&speaker=…), both ways, and the
// options Pagefind is asked with. Pure, so the page, the tests and the header box agree.

/** The filters session pages carry (`data-pagefind-filter`), in the order the page shows them. */
export const SEARCH_FILTERS = ['event', 'kind', 'topic', 'speaker', 'track', 'language', 'replay'] as const;
export type FilterKey = (typeof SEARCH_FILTERS)[number];

/** Result orders: Pagefind's relevance, or the session date (`data-pagefind-sort="date:…"`). */
export const SEARCH_SORTS = ['relevance', 'newest', 'oldest'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

/** The URL parameter that holds the words searched. */
export const QUERY_PARAM = 'q';
/** The URL parameter that holds the sort, left out for relevance. */
export const SORT_PARAM = 'sort';
/** Longer queries are cut: nobody types them, and they only cost time. */
export const MAX_QUERY_LENGTH = 200;
/**
 * Shorter queries are not searched: one letter matches nearly every page, and fetching their
 * excerpts on the way to a real word would cost the reader bytes for nothing.
 */
export const MIN_QUERY_LENGTH = 2;

export interface SearchState {
  /** The words as typed, trimmed; empty when the reader only filters. */
  query: string;
  /** Selected values per filter; within a filter any value matches, across filters all must. */
  filters: Partial<Record<FilterKey, string[]>>;
  sort: SearchSort;
}

export const EMPTY_SEARCH: SearchState = { query: '', filters: {}, sort: 'relevance' };

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

function isSort(value: string): value is SearchSort {
  return (SEARCH_SORTS as readonly string[]).includes(value);
}

function cleanQuery(query: string): string {
  return query.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH);
}

/** The words Pagefind is asked for: none while the query is too short to search. */
function searchedWords(query: string): string {
  const clean = cleanQuery(query);
  return clean.length >= MIN_QUERY_LENGTH ? clean : '';
}

/** One canonical list: trimmed, no empties, no duplicates, sorted so equal searches share a URL. */
function cleanValues(values: Iterable<string>): string[] {
  const kept = new Set<string>();
  for (const value of values) {
    const clean = value.trim();
    if (clean) kept.add(clean);
  }
  return [...kept].sort(collator.compare);
}

/** Reads a search from a URL's query string; unknown parameters and bad values are ignored. */
export function parseSearch(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const filters: SearchState['filters'] = {};
  for (const key of SEARCH_FILTERS) {
    const values = cleanValues(params.getAll(key));
    if (values.length > 0) filters[key] = values;
  }
  const sort = params.get(SORT_PARAM) ?? '';
  return { query: cleanQuery(params.get(QUERY_PARAM) ?? ''), filters, sort: isSort(sort) ? sort : 'relevance' };
}

/** Writes a search as a query string (without "?"), parameters in a fixed order. */
export function formatSearch(state: SearchState): string {
  const params = new URLSearchParams();
  const query = cleanQuery(state.query);
  if (query) params.set(QUERY_PARAM, query);
  for (const key of SEARCH_FILTERS) {
    for (const value of cleanValues(state.filters[key] ?? [])) params.append(key, value);
  }
  if (state.sort !== 'relevance') params.set(SORT_PARAM, state.sort);
  return params.toString();
}

/** The search page's address for a search: what a shared link or the header box points to. */
export function searchHref(state: SearchState, path = '/search/'): string {
  const query = formatSearch(state);
  return query ? `${path}?${query}` : path;
}

/** True when two states are the same search (same URL). */
export function sameSearch(a: SearchState, b: SearchState): boolean {
  return formatSearch(a) === formatSearch(b);
}

/** The state with `value` of `key` selected if it was not, unselected if it was. */
export function toggleFilter(state: SearchState, key: FilterKey, value: string): SearchState {
  const current = state.filters[key] ?? [];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return withFilter(state, key, next);
}

/** The state with the values of one filter replaced (none: the filter is dropped). */
export function withFilter(state: SearchState, key: FilterKey, values: readonly string[]): SearchState {
  const filters = { ...state.filters };
  const clean = cleanValues(values);
  if (clean.length > 0) filters[key] = clean;
  else delete filters[key];
  return { ...state, filters };
}

/** How many filter values are selected. */
export function countSelected(state: SearchState): number {
  return SEARCH_FILTERS.reduce((sum, key) => sum + (state.filters[key]?.length ?? 0), 0);
}

/** True when there is something to search for: words, or at least one filter. */
export function isActive(state: SearchState): boolean {
  return searchedWords(state.query) !== '' || countSelected(state) > 0;
}

/** What Pagefind's `search(term, options)` is called with. */
export interface PagefindQuery {
  /** null asks Pagefind for every page that passes the filters. */
  term: string | null;
  options: {
    filters: Partial<Record<FilterKey, { any: string[] }>>;
    sort?: { date: 'asc' | 'desc' };
  };
}

/** Turns a state into a Pagefind call; `without` leaves one filter out (see `facetCountQueries`). */
export function toPagefind(state: SearchState, without?: FilterKey): PagefindQuery {
  const filters: PagefindQuery['options']['filters'] = {};
  for (const key of SEARCH_FILTERS) {
    const values = state.filters[key];
    if (key !== without && values && values.length > 0) filters[key] = { any: [...values] };
  }
  const query = searchedWords(state.query);
  const options: PagefindQuery['options'] = { filters };
  // Without words there is no relevance to rank by: filtered sessions come newest first.
  if (state.sort === 'oldest') options.sort = { date: 'asc' };
  else if (state.sort === 'newest' || query === '') options.sort = { date: 'desc' };
  return { term: query === '' ? null : query, options };
}

/**
 * Values of a filter combine with "any", so a filter's counts must not be narrowed by its own
 * selection: once "KCD France 2023" is ticked, "CND France 2026" should still say how many
 * results ticking it too would add. Each filter with a selection gets its counts from the same
 * search without it; the others take theirs from the main search.
 */
export function facetCountQueries(state: SearchState): { key: FilterKey; query: PagefindQuery }[] {
  return SEARCH_FILTERS.filter((key) => (state.filters[key]?.length ?? 0) > 0).map((key) => ({ key, query: toPagefind(state, key) }));
}

export interface FacetValue {
  value: string;
  count: number;
  selected: boolean;
}

/**
 * The values a filter offers: those with results, plus the selected ones even at zero (so
 * the reader can untick them). Ticked values come first, so they stay in sight, then the
 * others with most results first, then alphabetically.
 */
export function facetValues(counts: Record<string, number> | undefined, selected: readonly string[] = []): FacetValue[] {
  const all = new Map<string, number>();
  for (const [value, count] of Object.entries(counts ?? {})) if (count > 0) all.set(value, count);
  for (const value of selected) if (!all.has(value)) all.set(value, 0);
  return [...all]
    .map(([value, count]) => ({ value, count, selected: selected.includes(value) }))
    .sort((a, b) => Number(b.selected) - Number(a.selected) || b.count - a.count || collator.compare(a.value, b.value));
}

/** What a result is, from its address: speaker and topic pages have their own folders. */
export function resultType(url: string): 'session' | 'speaker' | 'topic' {
  const path = url.replace(/^https?:\/\/[^/]+/, '');
  if (path.startsWith('/speakers/')) return 'speaker';
  if (path.startsWith('/topics/')) return 'topic';
  return 'session';
}

/** The sentences the status line is made of, from the dictionaries. */
export interface StatusStrings {
  countZero: string;
  countOne: string;
  countMany: string;
  forQuery: string;
  filtersOne: string;
  filtersMany: string;
}

/** Every sentence the search page's script shows, handed over from the dictionaries. */
export interface SearchPageStrings extends StatusStrings {
  prompt: string;
  loading: string;
  unavailable: string;
  showAll: string;
  showFewer: string;
  filterBy: string;
  chipsPeople: string;
  chipsTopics: string;
  typeSpeaker: string;
  typeTopic: string;
  /** The name of each filter, as its group's legend. */
  filters: Record<FilterKey, string>;
  /** The page's interface language and the site's default one, whose pages the index holds. */
  language: string;
  defaultLanguage: string;
  /** The locale dates are written in. */
  locale: string;
  /**
   * Filter values and result details as the page's language says them, by the default
   * language's word the index holds ("Conférence" is "Talk"); empty on the default language's pages.
   */
  values: Partial<Record<FilterKey, Record<string, string>>>;
}

/** "3 résultats pour « secrets » avec 1 filtre": what the status line says, and screen readers announce. */
export function describeResults(count: number, state: SearchState, strings: StatusStrings): string {
  const fill = (text: string, values: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
  const parts = [count === 0 ? strings.countZero : count === 1 ? strings.countOne : fill(strings.countMany, { count })];
  const query = searchedWords(state.query);
  if (query) parts.push(fill(strings.forQuery, { query }));
  const selected = countSelected(state);
  if (selected > 0) parts.push(selected === 1 ? strings.filtersOne : fill(strings.filtersMany, { count: selected }));
  return `${parts.join(' ')}.`;
}
