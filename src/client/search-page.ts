// The search page's behaviour (<search-page>, markup and styles in src/components/SearchPage.astro):
// reads the search from the URL, asks Pagefind, and draws the results and the filters from the
// page's <template> elements.
import { loadPagefind, type FilterCounts, type Pagefind, type PagefindResult, type PagefindSearch } from './load-pagefind.ts';
import { setShortcutEnabled, shortcutEnabled } from './shortcut.ts';
import { attachWatchButtons } from './watch.ts';
import { sessionIdOfPath } from '../lib/watchlist/list.ts';
import { visibleExcerpt } from '../lib/search/excerpt.ts';
import { formatDayRange } from '../lib/time/dates.ts';
import { localisedPath, withBase } from '../lib/site/paths.ts';
import { curlApostrophes } from '../lib/search/text.ts';
import {
  countSelected,
  describeResults,
  EMPTY_SEARCH,
  facetCountQueries,
  facetValues,
  formatSearch,
  isActive,
  parseSearch,
  resultType,
  SEARCH_FILTERS,
  searchHref,
  toggleFilter,
  toPagefind,
  type FilterKey,
  type SearchPageStrings,
  type SearchSort,
  type SearchState,
} from '../lib/search/url.ts';

/** Results drawn at once, and added by "show more". */
const PAGE = 10;
/** Values a long filter shows before "show all". */
const FOLDED = 8;
/** Screen readers hear the count once the reader pauses, not at every key. */
const ANNOUNCE_DELAY = 600;

/** A copy of the first element of one of the page's <template> elements. */
function clone<T extends HTMLElement = HTMLElement>(root: ParentNode, name: string): T {
  const template = root.querySelector<HTMLTemplateElement>(`template[data-${name}-template]`)!;
  return template.content.firstElementChild!.cloneNode(true) as T;
}

/** The part of a cloned template marked data-slot="name". */
const slot = (element: ParentNode, name: string) => element.querySelector<HTMLElement>(`[data-slot="${name}"]`)!;

class SearchPage extends HTMLElement {
  #strings!: SearchPageStrings;
  #state: SearchState = EMPTY_SEARCH;
  #pagefind?: Pagefind;
  /** Bumped by every search, so a slow answer never overwrites a newer one. */
  #run = 0;
  /** True while the reader types: keystrokes then share one history entry. */
  #typing = false;
  #shown = PAGE;
  #results: { data(): Promise<PagefindResult> }[] = [];
  #unfolded = new Set<FilterKey>();
  /** Every filter value with its number of sessions, before any search. */
  #totals?: FilterCounts;
  #announceTimer?: ReturnType<typeof setTimeout>;

  #input!: HTMLInputElement;
  #status!: HTMLElement;
  #layout!: HTMLElement;
  #list!: HTMLOListElement;
  #facets!: HTMLElement;
  #sort!: HTMLSelectElement;
  #clear!: HTMLButtonElement;
  #more!: HTMLButtonElement;

  connectedCallback() {
    this.#strings = JSON.parse(this.dataset.strings ?? '{}');
    const $ = <T extends HTMLElement>(selector: string) => this.querySelector<T>(selector)!;
    this.#input = $('[data-search-input]');
    this.#status = $('[data-status]');
    this.#layout = $('[data-layout]');
    this.#list = $('[data-results]');
    this.#facets = $('[data-facets]');
    this.#sort = $('[data-sort]');
    this.#clear = $('[data-clear]');
    this.#more = $('[data-more]');

    $('form').addEventListener('submit', (event) => {
      event.preventDefault();
      this.#typing = false;
      this.#go({ ...this.#state, query: this.#input.value }, 'replace', 0);
    });
    this.#input.addEventListener('input', () => {
      const mode = this.#typing ? 'replace' : 'push';
      this.#typing = true;
      this.#go({ ...this.#state, query: this.#input.value }, mode, ANNOUNCE_DELAY);
    });
    this.#input.addEventListener('blur', () => (this.#typing = false));
    this.#sort.addEventListener('change', () => this.#go({ ...this.#state, sort: this.#sort.value as SearchSort }, 'push'));
    this.#clear.addEventListener('click', () => {
      this.#go({ ...this.#state, filters: {} }, 'push');
      this.#input.focus();
    });
    this.#more.addEventListener('click', () => this.#showMore());
    this.#facets.addEventListener('change', (event) => {
      const box = event.target as HTMLInputElement;
      this.#go(toggleFilter(this.#state, box.dataset.key as FilterKey, box.value), 'push');
    });
    this.#facets.addEventListener('click', (event) => {
      const toggle = (event.target as HTMLElement).closest<HTMLButtonElement>('[data-unfold]');
      if (!toggle) return;
      const key = toggle.dataset.unfold as FilterKey;
      if (this.#unfolded.has(key)) this.#unfolded.delete(key);
      else this.#unfolded.add(key);
      void this.#search(0);
    });
    // Chips refine the search in place; a modified click still opens a new tab.
    this.#list.addEventListener('click', (event) => {
      const chip = (event.target as HTMLElement).closest<HTMLAnchorElement>('a[data-key]');
      if (!chip || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey || event.button !== 0) return;
      event.preventDefault();
      this.#go(parseSearch(new URL(chip.href).search), 'push');
    });
    window.addEventListener('popstate', () => this.#load());

    const shortcut = $<HTMLInputElement>('#search-shortcut');
    shortcut.checked = shortcutEnabled();
    shortcut.addEventListener('change', () => setShortcutEnabled(shortcut.checked));
    $('[data-shortcut]').hidden = false;
    // On a phone the filters would push the results off screen: they start folded there.
    if (matchMedia('(max-width: 48rem)').matches) $<HTMLDetailsElement>('[data-facets-panel]').open = false;

    this.#load();
  }

  /** Takes the search from the address bar: on arrival, reload, back and forward. */
  #load() {
    this.#state = parseSearch(location.search);
    this.#typing = false;
    this.#input.value = this.#state.query;
    history.replaceState(history.state, '', searchHref(this.#state, location.pathname) + location.hash);
    void this.#search(0);
  }

  /** Moves to a new search: the URL first (so it can be shared as soon as it shows), then the results. */
  #go(state: SearchState, mode: 'push' | 'replace', announceDelay = 0) {
    const changed = formatSearch(state) !== formatSearch(this.#state);
    this.#state = state;
    if (changed) {
      const href = searchHref(state, location.pathname);
      if (mode === 'push') history.pushState(null, '', href);
      else history.replaceState(null, '', href);
    }
    this.#shown = PAGE;
    void this.#search(announceDelay);
  }

  async #search(announceDelay: number) {
    const run = ++this.#run;
    const state = this.#state;
    this.#sort.value = state.sort;
    if (!this.#pagefind) this.#announce(this.#strings.loading, 0);
    let pagefind: Pagefind;
    try {
      pagefind = this.#pagefind ??= await loadPagefind();
      // Pagefind counts filter values only once their chunks are loaded, and filters() loads them.
      this.#totals ??= await pagefind.filters();
    } catch {
      this.#announce(this.#strings.unavailable, 0);
      this.#layout.hidden = true;
      return;
    }
    if (!isActive(state)) {
      // Nothing asked yet: the filters alone, with every session counted, to browse by.
      if (run !== this.#run) return;
      this.#results = [];
      this.#drawFacets(this.#totals);
      this.#list.replaceChildren();
      this.#more.hidden = true;
      this.#layout.hidden = false;
      this.#announce(this.#strings.prompt, 0);
      this.#rendered(state);
      return;
    }
    const main = toPagefind(state);
    const facetQueries = facetCountQueries(state);
    let search: PagefindSearch;
    let counts: FilterCounts;
    let page: PagefindResult[];
    try {
      const [found, ...own] = await Promise.all([
        pagefind.search(main.term, main.options),
        ...facetQueries.map(({ query }) => pagefind.search(query.term, query.options)),
      ]);
      search = found!;
      counts = { ...search.filters };
      facetQueries.forEach(({ key }, i) => (counts[key] = own[i]!.filters[key] ?? {}));
      page = await Promise.all(search.results.slice(0, this.#shown).map((result) => result.data()));
    } catch {
      // Results failed to download (connection lost, site redeployed meanwhile).
      if (run === this.#run) this.#announce(this.#strings.unavailable, 0);
      return;
    }
    if (run !== this.#run) return;
    this.#results = search.results;
    this.#list.replaceChildren(...page.map((result) => this.#drawResult(result)));
    this.#more.hidden = this.#results.length <= page.length;
    this.#drawFacets(counts);
    this.#layout.hidden = false;
    this.#announce(describeResults(search.results.length, state, this.#strings), announceDelay);
    this.#rendered(state);
  }

  /** Marks the search drawn, for the tests and the benchmark that wait on it. */
  #rendered(state: SearchState) {
    this.dataset.rendered = formatSearch(state);
    this.dispatchEvent(new CustomEvent('search-rendered', { bubbles: true }));
  }

  async #showMore() {
    const from = this.#shown;
    this.#shown += PAGE;
    const run = this.#run;
    let page: PagefindResult[];
    try {
      page = await Promise.all(this.#results.slice(from, this.#shown).map((result) => result.data()));
    } catch {
      this.#shown = from;
      this.#announce(this.#strings.unavailable, 0);
      return;
    }
    if (run !== this.#run) return;
    const items = page.map((result) => this.#drawResult(result));
    this.#list.append(...items);
    this.#more.hidden = this.#results.length <= this.#shown;
    // The button may have gone: the reader carries on from the first new result.
    items[0]?.querySelector('a')?.focus();
  }

  #announce(text: string, delay: number) {
    clearTimeout(this.#announceTimer);
    if (delay === 0) this.#status.textContent = text;
    else this.#announceTimer = setTimeout(() => (this.#status.textContent = text), delay);
  }

  /**
   * A result's link in the reader's language, under the site's base: the index holds the default
   * language's pages only (src/lib/search/pages.ts), by their path in the site.
   */
  #link(url: string): string {
    const { language, defaultLanguage } = this.#strings;
    return withBase(localisedPath(url, language, defaultLanguage), import.meta.env.BASE_URL);
  }

  /** A filter value as the page's language says it; the value itself stays the index's. */
  #label(key: FilterKey, value: string): string {
    return this.#strings.values[key]?.[value] ?? value;
  }

  /** A session's day or days, written in the page's locale (from `days`, YYYY-MM-DD/YYYY-MM-DD), else as indexed. */
  #dates(meta: PagefindResult['meta']): string | undefined {
    const [start, end] = meta.days?.split('/') ?? [];
    return start && end ? formatDayRange(start, end, this.#strings.locale) : meta.date;
  }

  #drawResult(result: PagefindResult): HTMLElement {
    const { meta } = result;
    const type = resultType(result.url);
    const details =
      type === 'session'
        ? [meta.kind && this.#label('kind', meta.kind), meta.event, this.#dates(meta)].filter(Boolean).join(' · ')
        : type === 'speaker'
          ? this.#strings.typeSpeaker
          : this.#strings.typeTopic;
    const item = clone(this, 'result');
    const title = slot(item, 'title') as HTMLAnchorElement;
    title.href = this.#link(result.url);
    title.textContent = curlApostrophes(meta.title ?? result.url);
    slot(item, 'details').textContent = details;
    // Pagefind encodes the page text and adds only <mark>, and so does visibleExcerpt: safe as HTML.
    const excerpt = visibleExcerpt({ ...result, tailWords: Number(meta.tailWords ?? 0) });
    const quote = slot(item, 'excerpt');
    if (excerpt) quote.innerHTML = curlApostrophes(excerpt);
    else quote.remove();
    const star = slot(item, 'star');
    const session = type === 'session' ? sessionIdOfPath(new URL(result.url, location.href).pathname) : undefined;
    if (session) {
      star.querySelector<HTMLButtonElement>('button')!.dataset.watch = session;
      attachWatchButtons(star);
    } else star.remove();
    const article = item.querySelector('article')!;
    const chips = (key: FilterKey, label: string) => {
      const values = result.filters[key] ?? [];
      if (values.length === 0) return;
      const list = clone(this, 'chips');
      list.setAttribute('aria-label', label);
      for (const value of values) {
        const state = this.#state.filters[key]?.includes(value) ? this.#state : toggleFilter(this.#state, key, value);
        const chip = clone(this, 'chip');
        const link = chip.querySelector('a')!;
        link.href = searchHref(state, location.pathname);
        link.dataset.key = key;
        slot(chip, 'prefix').textContent = `${this.#strings.filterBy} `;
        slot(chip, 'value').textContent = this.#label(key, value);
        list.append(chip);
      }
      article.append(list);
    };
    chips('speaker', this.#strings.chipsPeople);
    chips('topic', this.#strings.chipsTopics);
    return item;
  }

  #drawFacets(counts: FilterCounts) {
    const focused = document.activeElement instanceof HTMLElement && this.#facets.contains(document.activeElement) ? document.activeElement : null;
    const refocus =
      focused && (focused.dataset.key ? { key: focused.dataset.key, value: (focused as HTMLInputElement).value } : { unfold: focused.dataset.unfold });
    const groups: HTMLElement[] = [];
    for (const key of SEARCH_FILTERS) {
      const selected = this.#state.filters[key] ?? [];
      const values = facetValues(counts[key], selected);
      if (values.length === 0) continue;
      const unfolded = this.#unfolded.has(key);
      const hidden = values.length - FOLDED;
      // Folded, a long list keeps its first values and whatever is ticked.
      const visible = unfolded || hidden <= 1 ? values : values.filter((v, i) => i < FOLDED || v.selected);
      const items = visible.map(({ value, count, selected: checked }, i) => {
        const item = clone(this, 'value');
        const box = item.querySelector('input')!;
        box.id = `facet-${key}-${i}`;
        box.value = value;
        box.dataset.key = key;
        box.checked = checked;
        item.querySelector('label')!.htmlFor = box.id;
        slot(item, 'value').textContent = this.#label(key, value);
        slot(item, 'count').textContent = `(${count})`;
        return item;
      });
      const group = clone(this, 'facet');
      slot(group, 'legend').textContent = this.#strings.filters[key];
      group.querySelector('ul')!.append(...items);
      if (hidden > 1) {
        const button = clone<HTMLButtonElement>(this, 'unfold');
        button.dataset.unfold = key;
        button.setAttribute('aria-expanded', String(unfolded));
        button.textContent = unfolded ? this.#strings.showFewer : this.#strings.showAll.replace('{count}', String(values.length - visible.length));
        group.append(button);
      }
      groups.push(group);
    }
    this.#facets.replaceChildren(...groups);
    this.#clear.hidden = countSelected(this.#state) === 0;
    // Redrawing must not drop the reader's focus: it goes back to the same control.
    if (refocus) {
      const selector =
        'unfold' in refocus
          ? `[data-unfold="${CSS.escape(refocus.unfold ?? '')}"]`
          : `input[data-key="${CSS.escape(refocus.key ?? '')}"][value="${CSS.escape(refocus.value)}"]`;
      this.#facets.querySelector<HTMLElement>(selector)?.focus();
    }
  }
}
customElements.define('search-page', SearchPage);
