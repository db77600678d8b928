// The programme page's behaviour (<carnet-programme>, markup in src/pages/programme.astro): the
// reader's own list, or a list shared by link, drawn from the listed events' programme files.
// Nothing leaves the page: the files are the site's own, and the list travels only in the link
// the reader copies.
import { pluralForm, type PluralForms } from '../i18n/plural.ts';
import { isPast, type ProgrammeEvent, type ProgrammeSession } from '../lib/watchlist/data.ts';
import { decodeList, encodeList, merged, type SessionId } from '../lib/watchlist/list.ts';
import { loadProgramme, onProgrammeChange, saveProgramme } from './programme-store.ts';
import { attachWatchButtons } from './watch.ts';

export interface ProgrammeStrings {
  locale: string;
  empty: string;
  emptyLink: string;
  upcoming: string;
  toWatch: string;
  untimed: string;
  missing: string;
  loadFailed: string;
  hasNote: string;
  hasReplay: string;
  marks: PluralForms;
  calendarName: string;
  calendarLeft: PluralForms;
  copied: string;
  added: string;
  badLink: string;
}

const capitalised = (text: string, locale: string) => text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
const fill = (text: string, values: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

class CarnetProgramme extends HTMLElement {
  #strings!: ProgrammeStrings;
  #base = '/';
  /** A page's link in this page's language and under the site's base, from its path (`/<event>/<slug>/`). */
  #link = (path: string) => path;
  readonly #events = new Map<string, Promise<ProgrammeEvent | undefined>>();
  #drawing = 0;

  connectedCallback() {
    this.#strings = JSON.parse(this.dataset.strings ?? '{}') as ProgrammeStrings;
    this.#base = this.dataset.base ?? '/';
    const home = this.dataset.home ?? this.#base;
    this.#link = (path) => `${home}${path.replace(/^\//, '')}`;
    this.querySelector('[data-needs-script]')?.remove();
    window.addEventListener('hashchange', () => void this.#draw());
    onProgrammeChange(() => void this.#draw());
    this.querySelector('[data-copy]')!.addEventListener('click', () => void this.#copy());
    this.querySelector('[data-show-qr]')!.addEventListener('click', () => void this.#showQr());
    this.querySelector('[data-calendar]')!.addEventListener('click', () => void this.#downloadCalendar());
    this.querySelector('[data-add-shared]')!.addEventListener('click', () => this.#addShared());
    void this.#draw();
  }

  /** The event's programme file, fetched once per page. */
  #event(id: string): Promise<ProgrammeEvent | undefined> {
    let known = this.#events.get(id);
    if (!known) {
      known = fetch(`${this.#base}${id}/programme.json`)
        .then((response) => (response.ok ? (response.json() as Promise<ProgrammeEvent>) : undefined))
        .catch(() => undefined);
      this.#events.set(id, known);
    }
    return known;
  }

  async #eventsOf(list: readonly SessionId[]): Promise<Map<string, ProgrammeEvent | undefined>> {
    const ids = [...new Set(list.map((id) => id.split('/')[0]!))];
    return new Map(await Promise.all(ids.map(async (id) => [id, await this.#event(id)] as const)));
  }

  get #shareLink(): string {
    return `${location.origin}${this.dataset.page ?? `${this.#base}programme/`}#${encodeList(loadProgramme())}`;
  }

  async #draw() {
    const drawing = ++this.#drawing;
    const payload = location.hash.slice(1);
    const decoded = payload ? decodeList(payload) : undefined;
    const bad = this.querySelector<HTMLElement>('[data-bad-link]')!;
    bad.hidden = !decoded || decoded.ok;
    bad.textContent = decoded && !decoded.ok ? this.#strings.badLink : '';
    const shared = decoded?.ok ? decoded.list : undefined;
    const own = loadProgramme();
    const list = shared ?? own;
    const events = await this.#eventsOf(list);
    if (drawing !== this.#drawing) return;

    this.querySelector<HTMLElement>('[data-shared]')!.hidden = !shared;
    this.querySelector<HTMLElement>('[data-own]')!.hidden = Boolean(shared);
    const target = this.querySelector<HTMLElement>(shared ? '[data-shared-list]' : '[data-own-list]')!;
    target.replaceChildren(...this.#listNodes(list, events, !shared));
    if (!shared) {
      this.querySelector<HTMLElement>('[data-share]')!.hidden = own.length === 0;
      this.querySelector<HTMLInputElement>('[data-share-link]')!.value = own.length > 0 ? this.#shareLink : '';
      this.querySelector<HTMLCanvasElement>('[data-qr]')!.hidden = true;
      this.querySelector('[data-show-qr]')!.setAttribute('aria-expanded', 'false');
      attachWatchButtons(target);
      this.#keepOffline(events);
    }
  }

  /** Asks the service worker, when there is one, to keep the listed events' pages for offline reading. */
  #keepOffline(events: Map<string, ProgrammeEvent | undefined>) {
    const urls = [...events.values()].flatMap((event) => (event ? [new URL(this.#link(event.url), location.href).href] : []));
    if (urls.length > 0) navigator.serviceWorker?.controller?.postMessage({ type: 'CACHE_URLS', payload: { urlsToCache: urls } });
  }

  /** The list, grouped: upcoming events by day and time, past events as replays to watch. */
  #listNodes(list: readonly SessionId[], events: Map<string, ProgrammeEvent | undefined>, withStars: boolean): Node[] {
    const strings = this.#strings;
    if (list.length === 0) {
      const empty = element('p', 'notice', `${strings.empty} `);
      const link = element('a', undefined, strings.emptyLink);
      link.href = this.dataset.events ?? `${this.#base}events/`;
      empty.append(link);
      return [empty];
    }
    const wanted = new Set<string>(list);
    const today = new Intl.DateTimeFormat('en-CA').format(new Date());
    const upcoming = element('section');
    const past = element('section');
    const missing: string[] = [];
    for (const [id, event] of events) {
      if (!event) {
        const failed = element('p', 'notice', fill(strings.loadFailed, { event: id }));
        upcoming.append(failed);
        continue;
      }
      const sessions = event.sessions.filter((session) => wanted.has(session.id));
      for (const listed of list) if (listed.startsWith(`${id}/`) && !sessions.some((s) => s.id === listed)) missing.push(listed);
      if (sessions.length === 0) continue;
      (isPast(event, today) ? past : upcoming).append(this.#eventBlock(event, sessions, isPast(event, today), withStars));
    }
    const nodes: Node[] = [];
    if (upcoming.childElementCount > 0) nodes.push(element('h2', undefined, strings.upcoming), upcoming);
    if (past.childElementCount > 0) nodes.push(element('h2', undefined, strings.toWatch), past);
    for (const id of missing) {
      const line = element('p', 'notice', fill(strings.missing, { id }));
      if (withStars) line.append(' ', this.#star(id));
      nodes.push(line);
    }
    return nodes;
  }

  #eventBlock(event: ProgrammeEvent, sessions: ProgrammeSession[], past: boolean, withStars: boolean): HTMLElement {
    const strings = this.#strings;
    const block = element('div', 'event-block');
    const heading = element('h3');
    const link = element('a', undefined, event.name);
    link.href = this.#link(event.url);
    heading.append(link);
    block.append(heading);
    const day = new Intl.DateTimeFormat(strings.locale, { weekday: 'long', day: 'numeric', month: 'long', timeZone: event.timeZone });
    const time = new Intl.DateTimeFormat(strings.locale, { hour: '2-digit', minute: '2-digit', timeZone: event.timeZone });
    const ordered = [...sessions].sort((a, b) => (a.start ?? '\uffff').localeCompare(b.start ?? '\uffff'));
    let list: HTMLUListElement | undefined;
    let shownDay: string | undefined;
    for (const session of ordered) {
      const start = session.start ? new Date(session.start) : undefined;
      const dayText = past ? '' : start ? capitalised(day.format(start), strings.locale) : strings.untimed;
      if (!list || dayText !== shownDay) {
        if (dayText) block.append(element('h4', 'day', dayText));
        list = element('ul', 'entries');
        block.append(list);
        shownDay = dayText;
      }
      const item = element('li', past ? 'entry past' : 'entry');
      const end = start && session.durationMinutes ? new Date(start.getTime() + session.durationMinutes * 60_000) : undefined;
      const when = element('span', 'when', start ? `${time.format(start)}${end ? `–${time.format(end)}` : ''}` : '');
      const body = element('div');
      const title = element('a', 'title', session.title);
      title.href = this.#link(session.url);
      body.append(title);
      const facts = [session.room, session.people.join(', ')].filter(Boolean).join(' · ');
      if (facts) body.append(element('p', undefined, facts));
      const badges = element('p');
      if (session.replay) badges.append(element('span', 'badge', strings.hasReplay));
      if (session.hasNote) badges.append(element('span', 'badge', strings.hasNote));
      if (session.marks > 0)
        badges.append(element('span', 'badge', pluralForm(strings.marks, session.marks, strings.locale).replace('{count}', String(session.marks))));
      if (badges.childElementCount > 0) body.append(badges);
      // A replay is watched whenever one likes: its slot no longer matters.
      if (past) item.append(body);
      else item.append(when, body);
      if (withStars) item.append(this.#star(session.id));
      list.append(item);
    }
    return block;
  }

  #star(id: string): HTMLElement {
    const template = this.querySelector<HTMLTemplateElement>('template[data-star-template]')!;
    const button = template.content.firstElementChild!.cloneNode(true) as HTMLButtonElement;
    button.dataset.watch = id;
    return button;
  }

  async #copy() {
    const input = this.querySelector<HTMLInputElement>('[data-share-link]')!;
    const status = this.querySelector('[data-copied]')!;
    try {
      await navigator.clipboard.writeText(input.value);
      status.textContent = this.#strings.copied;
    } catch {
      // No clipboard (an insecure page, a refusal): the link is selected for the reader to copy.
      input.select();
    }
  }

  async #showQr() {
    const canvas = this.querySelector<HTMLCanvasElement>('[data-qr]')!;
    const button = this.querySelector('[data-show-qr]')!;
    if (!canvas.hidden) {
      canvas.hidden = true;
      button.setAttribute('aria-expanded', 'false');
      return;
    }
    // Loaded on demand: the page needs it only when a reader asks for the code.
    const { toCanvas } = await import('qrcode');
    await toCanvas(canvas, this.#shareLink, { margin: 2, width: 264, errorCorrectionLevel: 'M' });
    canvas.hidden = false;
    button.setAttribute('aria-expanded', 'true');
  }

  async #downloadCalendar() {
    const list = loadProgramme();
    const [{ programmeCalendar }, events] = await Promise.all([import('../lib/watchlist/calendar.ts'), this.#eventsOf(list)]);
    const known = [...events.values()].filter((event): event is ProgrammeEvent => Boolean(event));
    const { text, left } = programmeCalendar(known, list, { name: this.#strings.calendarName, origin: location.origin, link: this.#link, stamp: new Date() });
    this.querySelector('[data-calendar-left]')!.textContent =
      left.length > 0 ? pluralForm(this.#strings.calendarLeft, left.length, this.#strings.locale).replace('{count}', String(left.length)) : '';
    const link = element('a');
    link.href = URL.createObjectURL(new Blob([text], { type: 'text/calendar' }));
    link.download = 'programme.ics';
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  }

  #addShared() {
    const decoded = decodeList(location.hash.slice(1));
    if (!decoded.ok) return;
    if (saveProgramme(merged(loadProgramme(), decoded.list))) this.querySelector('[data-added]')!.textContent = this.#strings.added;
  }
}

customElements.define('carnet-programme', CarnetProgramme);
