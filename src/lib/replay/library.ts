// The replay library's logic: counts per event and the filters, shared by the page (build)
// and its filter element (browser).

/** How many of an event's sessions have a replay, are waiting for one, or were not filmed. */
export interface ReplayCounts {
  available: number;
  pending: number;
  notRecorded: number;
}

export function countReplays(states: readonly { state: 'available' | 'pending' | 'not-recorded' }[]): ReplayCounts {
  const counts: ReplayCounts = { available: 0, pending: 0, notRecorded: 0 };
  for (const { state } of states) counts[state === 'not-recorded' ? 'notRecorded' : state]++;
  return counts;
}

/** What the reader can filter on; each item of the list carries these as data attributes. */
export const FILTER_FIELDS = ['event', 'topic', 'language', 'kind'] as const;
export type FilterField = (typeof FILTER_FIELDS)[number];

/** A replay as the filters see it: one value per field, several topics. */
export interface Filterable {
  event: string;
  topics: readonly string[];
  language: string;
  kind: string;
}

/** The values chosen, by field; an empty or missing value lets everything through. */
export type Filter = Partial<Record<FilterField, string>>;

export function matches(item: Filterable, filter: Filter): boolean {
  return (
    (!filter.event || item.event === filter.event) &&
    (!filter.topic || item.topics.includes(filter.topic)) &&
    (!filter.language || item.language === filter.language) &&
    (!filter.kind || item.kind === filter.kind)
  );
}

/** Reads a filter from a query string (`?event=kcd-france-2023&kind=talk`), keeping known fields only. */
export function filterFromQuery(search: string): Filter {
  const params = new URLSearchParams(search);
  const filter: Filter = {};
  for (const field of FILTER_FIELDS) {
    const value = params.get(field);
    if (value) filter[field] = value;
  }
  return filter;
}

/** The query string for a filter, empty when nothing is chosen, so a filtered view can be shared. */
export function queryFromFilter(filter: Filter): string {
  const params = new URLSearchParams();
  for (const field of FILTER_FIELDS) if (filter[field]) params.set(field, filter[field]!);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** A choice in one of the filter menus. */
export interface FilterOption {
  value: string;
  label: string;
}

/** A menu's choices in alphabetical order of their labels, as readers of `locale` sort them ("Écologie" before "Front-end"). */
export function sortOptions(options: readonly FilterOption[], locale: string): FilterOption[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  return [...options].sort((a, b) => collator.compare(a.label, b.label));
}
