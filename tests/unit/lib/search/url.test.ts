import { describe, expect, it } from 'vitest';
import {
  describeResults,
  EMPTY_SEARCH,
  facetCountQueries,
  facetValues,
  formatSearch,
  isActive,
  MAX_QUERY_LENGTH,
  parseSearch,
  resultType,
  sameSearch,
  searchHref,
  toggleFilter,
  toPagefind,
  withFilter,
  type SearchState,
} from '../../../../src/lib/search/url.ts';

const filterOnlyState = () => toggleFilter(EMPTY_SEARCH, 'speaker', 'Aurélie Vache');

const strings = {
  countZero: 'Aucun résultat',
  countOne: '1 résultat',
  countMany: '{count} résultats',
  forQuery: 'pour « {query} »',
  filtersOne: 'avec 1 filtre',
  filtersMany: 'avec {count} filtres',
};

describe('parseSearch', () => {
  it('reads the words, every filter value and the sort', () => {
    expect(parseSearch('?q=secrets&speaker=Aur%C3%A9lie+Vache&speaker=S%C3%A9bastien+Blanc&event=KCD+France+2023&sort=newest')).toEqual({
      query: 'secrets',
      filters: { speaker: ['Aurélie Vache', 'Sébastien Blanc'], event: ['KCD France 2023'] },
      sort: 'newest',
    });
  });

  it('ignores unknown parameters, empty values, duplicates and an unknown sort', () => {
    expect(parseSearch('utm_source=x&q=&topic=&topic=S%C3%A9curit%C3%A9&topic=S%C3%A9curit%C3%A9&sort=random')).toEqual({
      query: '',
      filters: { topic: ['Sécurité'] },
      sort: 'relevance',
    });
  });

  it('tidies the words and cuts an overlong query', () => {
    expect(parseSearch('q=%20%20hugo%20%0A%20lassiege%20').query).toBe('hugo lassiege');
    expect(parseSearch(`q=${'a'.repeat(500)}`).query).toHaveLength(MAX_QUERY_LENGTH);
  });

  it('accepts URLSearchParams as well as a string', () => {
    expect(parseSearch(new URLSearchParams({ q: 'backstage', kind: 'Conférence' }))).toEqual({
      query: 'backstage',
      filters: { kind: ['Conférence'] },
      sort: 'relevance',
    });
  });
});

describe('formatSearch', () => {
  it('round-trips through parseSearch', () => {
    const state: SearchState = { query: 'lassiège', filters: { topic: ['Culture DevOps'], speaker: ['Hugo Lassiège'] }, sort: 'oldest' };
    expect(parseSearch(formatSearch(state))).toEqual(state);
  });

  it('writes parameters in a fixed order with sorted values, so one search has one URL', () => {
    const a: SearchState = { query: 'k8s', filters: { speaker: ['Zineb Benhiba', 'Aurélie Vache'], event: ['KCD France 2023'] }, sort: 'relevance' };
    const b: SearchState = { query: ' k8s ', filters: { event: ['KCD France 2023'], speaker: ['Aurélie Vache', 'Zineb Benhiba'] }, sort: 'relevance' };
    expect(formatSearch(a)).toBe('q=k8s&event=KCD+France+2023&speaker=Aur%C3%A9lie+Vache&speaker=Zineb+Benhiba');
    expect(sameSearch(a, b)).toBe(true);
  });

  it('leaves out the default sort and empty parts', () => {
    expect(formatSearch(EMPTY_SEARCH)).toBe('');
    expect(searchHref(EMPTY_SEARCH)).toBe('/search/');
    expect(searchHref({ ...EMPTY_SEARCH, query: 'a&b=c' })).toBe('/search/?q=a%26b%3Dc');
  });
});

describe('filters', () => {
  it('toggles a value on and off, dropping the filter when empty', () => {
    const on = toggleFilter(EMPTY_SEARCH, 'speaker', 'Aurélie Vache');
    expect(on.filters).toEqual({ speaker: ['Aurélie Vache'] });
    const two = toggleFilter(on, 'speaker', 'Julie Hourcade');
    expect(two.filters.speaker).toEqual(['Aurélie Vache', 'Julie Hourcade']);
    expect(toggleFilter(toggleFilter(two, 'speaker', 'Julie Hourcade'), 'speaker', 'Aurélie Vache').filters).toEqual({});
    // The input state is left as it was.
    expect(on.filters).toEqual({ speaker: ['Aurélie Vache'] });
  });

  it('replaces a filter’s values', () => {
    const state = withFilter(EMPTY_SEARCH, 'kind', ['Lightning talk', 'Keynote', 'Keynote']);
    expect(state.filters.kind).toEqual(['Keynote', 'Lightning talk']);
    expect(withFilter(state, 'kind', []).filters).toEqual({});
  });

  it('counts a search as active with words or with a filter only', () => {
    expect(isActive(EMPTY_SEARCH)).toBe(false);
    expect(isActive({ ...EMPTY_SEARCH, query: '   ' })).toBe(false);
    expect(isActive({ ...EMPTY_SEARCH, sort: 'newest' })).toBe(false);
    expect(isActive({ ...EMPTY_SEARCH, query: 'cilium' })).toBe(true);
    expect(isActive({ ...EMPTY_SEARCH, query: 'go' })).toBe(true);
    // One letter is not searched: it matches nearly everything.
    expect(isActive({ ...EMPTY_SEARCH, query: ' k ' })).toBe(false);
    expect(isActive(toggleFilter(EMPTY_SEARCH, 'replay', 'disponible'))).toBe(true);
  });
});

describe('toPagefind', () => {
  it('ORs the values of one filter and ANDs the filters', () => {
    const state: SearchState = { query: 'kubernetes', filters: { event: ['KCD France 2023', 'CND France 2026'], kind: ['Keynote'] }, sort: 'relevance' };
    expect(toPagefind(state)).toEqual({
      term: 'kubernetes',
      options: { filters: { event: { any: ['KCD France 2023', 'CND France 2026'] }, kind: { any: ['Keynote'] } } },
    });
  });

  it('sorts by date when asked, and newest first when there are no words to rank by', () => {
    expect(toPagefind({ ...EMPTY_SEARCH, query: 'xy', sort: 'newest' }).options.sort).toEqual({ date: 'desc' });
    expect(toPagefind({ ...EMPTY_SEARCH, query: 'xy', sort: 'oldest' }).options.sort).toEqual({ date: 'asc' });
    expect(toPagefind({ ...EMPTY_SEARCH, query: 'xy' }).options.sort).toBeUndefined();
    const filterOnly = toPagefind(toggleFilter(EMPTY_SEARCH, 'speaker', 'Aurélie Vache'));
    expect(filterOnly.term).toBeNull();
    expect(filterOnly.options.sort).toEqual({ date: 'desc' });
    expect(toPagefind({ ...filterOnlyState(), query: 'k' }).term).toBeNull();
  });

  it('asks each selected filter’s counts without its own selection', () => {
    const state: SearchState = { query: 'k8s', filters: { event: ['KCD France 2023'], speaker: ['Aurélie Vache'] }, sort: 'relevance' };
    const queries = facetCountQueries(state);
    expect(queries.map((q) => q.key)).toEqual(['event', 'speaker']);
    expect(queries[0]!.query.options.filters).toEqual({ speaker: { any: ['Aurélie Vache'] } });
    expect(queries[1]!.query.options.filters).toEqual({ event: { any: ['KCD France 2023'] } });
    expect(facetCountQueries(EMPTY_SEARCH)).toEqual([]);
  });
});

describe('facetValues', () => {
  it('puts ticked values first, then orders by count and name, dropping empty values', () => {
    expect(facetValues({ Zeta: 2, Alpha: 2, Gamma: 5, Empty: 0, Élan: 2, Picked: 1 }, ['Empty', 'Unknown', 'Picked'])).toEqual([
      { value: 'Picked', count: 1, selected: true },
      { value: 'Empty', count: 0, selected: true },
      { value: 'Unknown', count: 0, selected: true },
      { value: 'Gamma', count: 5, selected: false },
      { value: 'Alpha', count: 2, selected: false },
      { value: 'Élan', count: 2, selected: false },
      { value: 'Zeta', count: 2, selected: false },
    ]);
    expect(facetValues(undefined)).toEqual([]);
  });
});

describe('results', () => {
  it('tells sessions, speakers and topics apart by address', () => {
    expect(resultType('/kcd-france-2023/creer-un-plugin-kubectl/')).toBe('session');
    expect(resultType('/speakers/aurelie-vache/')).toBe('speaker');
    expect(resultType('https://carnet.example.org/topics/secrets/')).toBe('topic');
  });

  it('describes the results for the status line', () => {
    expect(describeResults(0, { ...EMPTY_SEARCH, query: 'zzz' }, strings)).toBe('Aucun résultat pour « zzz ».');
    expect(describeResults(1, toggleFilter(EMPTY_SEARCH, 'kind', 'Keynote'), strings)).toBe('1 résultat avec 1 filtre.');
    const state: SearchState = { query: 'secrets', filters: { event: ['A'], kind: ['B', 'C'] }, sort: 'relevance' };
    expect(describeResults(12, state, strings)).toBe('12 résultats pour « secrets » avec 3 filtres.');
  });
});
