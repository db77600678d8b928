import { createHash } from 'node:crypto';
import { pagePath } from '../site/paths.ts';
import type { CarnetEvent } from '../../schema/event.ts';
import type { PersonRole, Session, SessionKind } from '../../schema/session.ts';
import { addMinutes, localDay } from '../time/dates.ts';
import { instantAt } from '../time/zoned.ts';

export { zonedIso } from '../time/zoned.ts';

/** A person on stage, as the exports show them. */
export interface ExportPerson {
  id: string;
  name: string;
  role: PersonRole;
  /** Absolute URL of the person's page. */
  url: string;
}

/** A link attached to a session in the exports (slides, replay). */
export interface ExportLink {
  kind: 'slides' | 'replay';
  url: string;
  title: string;
}

/** One session, with every reference resolved and every URL absolute. */
export interface ExportSession {
  /** `<event>/<slug>`. */
  id: string;
  slug: string;
  title: string;
  kind: SessionKind;
  language: string;
  summary?: string | undefined;
  code?: string | undefined;
  start?: Date | undefined;
  durationMinutes?: number | undefined;
  room?: { id: string; name: string } | undefined;
  track?: { id: string; name: string } | undefined;
  people: ExportPerson[];
  topics: string[];
  links: ExportLink[];
  /** Absolute URL of the note. */
  url: string;
  hasNotes: boolean;
  replay: 'available' | 'pending' | 'not-recorded';
}

/** A session that the schedule formats can place: it has a start and a length. */
export type ScheduledSession = ExportSession & { start: Date; durationMinutes: number };

/** An event and its published sessions, ready for any export. */
export interface ExportEvent {
  id: string;
  name: string;
  shortName: string;
  startDate: string;
  endDate: string;
  timeZone: string;
  language: string;
  description: string;
  website?: string | undefined;
  venue: CarnetEvent['venue'];
  rooms: { id: string; name: string }[];
  tracks: { id: string; name: string }[];
  /** Absolute URL of the event page. */
  url: string;
  /** Absolute URL of the site's root, ending with a slash. */
  siteUrl: string;
  /** Sessions in programme order. */
  sessions: ExportSession[];
}

/** What `toExportEvent` reads: an event view from the site, or the same built by hand in tests. */
export interface ExportSource {
  id: string;
  data: CarnetEvent;
  sessions: readonly {
    slug: string;
    data: Session;
    hasNotes: boolean;
    replay: { state: 'available'; href: string } | { state: 'pending' | 'not-recorded' };
  }[];
}

/** Resolves an event's references (rooms, tracks, people) and makes every URL absolute. */
export function toExportEvent(
  source: ExportSource,
  /** Everyone sessions name; a person with `listed: false` is left out of the exports' people. */
  speakers: ReadonlyMap<string, { name?: string | undefined; listed?: boolean }>,
  site: string | URL,
  labels: { slides: string; replay: string } = { slides: 'Slides', replay: 'Replay' },
): ExportEvent {
  // The site's address keeps its sub-path (https://org.github.io/carnet/): paths resolve under it.
  const siteUrl = new URL(site).href.replace(/\/?$/, '/');
  const absolute = (path: string) => new URL(path.replace(/^\//, ''), siteUrl).href;
  const { data } = source;
  const byId = <T extends { id: string }>(list: readonly T[], id: string | undefined) => (id ? list.find((item) => item.id === id) : undefined);
  return {
    id: source.id,
    name: data.name,
    shortName: data.shortName,
    startDate: data.startDate,
    endDate: data.endDate,
    timeZone: data.timeZone,
    language: data.language,
    description: data.description,
    website: data.website,
    venue: data.venue,
    rooms: data.rooms.map(({ id, name }) => ({ id, name })),
    tracks: data.tracks.map(({ id, name }) => ({ id, name })),
    url: absolute(pagePath.event(source.id)),
    siteUrl,
    sessions: source.sessions.map((session) => {
      const room = byId(data.rooms, session.data.room);
      const track = byId(data.tracks, session.data.track);
      const links: ExportLink[] = [];
      if (session.data.slides) links.push({ kind: 'slides', url: session.data.slides, title: labels.slides });
      if (session.replay.state === 'available') links.push({ kind: 'replay', url: session.replay.href, title: labels.replay });
      return {
        id: `${source.id}/${session.slug}`,
        slug: session.slug,
        title: session.data.title,
        kind: session.data.kind,
        language: session.data.language,
        summary: session.data.summary,
        code: session.data.code,
        start: session.data.start,
        durationMinutes: session.data.durationMinutes,
        room: room && { id: room.id, name: room.name },
        track: track && { id: track.id, name: track.name },
        people: session.data.people
          .filter((person) => speakers.get(person.id)?.listed !== false)
          .map((person) => ({
            id: person.id,
            name: speakers.get(person.id)?.name ?? person.id,
            role: person.role,
            url: absolute(pagePath.speaker(person.id)),
          })),
        topics: session.data.topics,
        links,
        url: absolute(pagePath.session(source.id, session.slug)),
        hasNotes: session.hasNotes,
        replay: session.replay.state,
      };
    }),
  };
}

/** Sessions with a start and a length: the only ones a timetable (frab, C3VOC, iCalendar) can place. */
export function scheduled(event: ExportEvent): ScheduledSession[] {
  return event.sessions.filter((s): s is ScheduledSession => s.start !== undefined && s.durationMinutes !== undefined);
}

/** The end of a scheduled session. */
export function endOf(session: ScheduledSession): Date {
  return addMinutes(session.start, session.durationMinutes);
}

/**
 * A name-based UUID (version 5, RFC 4122) for a URL: the same session keeps the same guid
 * from one build to the next, which is what conference apps use to keep favourites.
 */
export function uuidFor(url: string): string {
  const namespace = Buffer.from('6ba7b8119dad11d180b400c04fd430c8', 'hex'); // RFC 4122 URL namespace
  const hash = createHash('sha1').update(namespace).update(url).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/**
 * Positive integer ids for sessions, stable across builds (derived from the session id, not
 * its position), unique within the event. frab and C3VOC still require a numeric `id`.
 */
export function numericIds(sessions: readonly { id: string }[]): Map<string, number> {
  const ids = new Map<string, number>();
  const taken = new Set<number>();
  for (const session of [...sessions].sort((a, b) => a.id.localeCompare(b.id))) {
    let value = (createHash('sha1').update(session.id).digest().readUInt32BE(0) % 899_999) + 100_000;
    while (taken.has(value)) value = value === 999_999 ? 100_000 : value + 1;
    taken.add(value);
    ids.set(session.id, value);
  }
  return ids;
}

/**
 * The conference acronym in the form both C3VOC schemas accept: letters, digits and
 * underscores, at least four characters (`kcd_france_2023`).
 */
export function acronymOf(eventId: string): string {
  return eventId.replace(/-/g, '_').padEnd(4, '_');
}

/** A session slug both schemas accept: `<acronym>-<slug>`, each part four characters or more. */
export function vocSlug(event: ExportEvent, session: ExportSession): string {
  return `${acronymOf(event.id)}-${session.slug.padEnd(4, '0')}`;
}

/** Minutes as the formats write durations, "01:30". */
export function hhmm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Every calendar day from `start` to `end` (YYYY-MM-DD), both included. */
export function daysBetween(start: string, end: string): string[] {
  const days: string[] = [];
  for (let day = new Date(`${start}T00:00:00Z`); day <= new Date(`${end}T00:00:00Z`); day = new Date(day.getTime() + 86_400_000)) {
    days.push(day.toISOString().slice(0, 10));
  }
  return days;
}

/** A short fingerprint of what an export says, used as its `version`: it changes when the schedule does. */
export function versionOf(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 12);
}

/** One day of the timetable: its sessions by room, rooms in the event's order. */
export interface TimetableDay {
  index: number;
  date: string;
  /** Local midnight, or the first start when earlier sessions run over from the day before. */
  start: Date;
  /** Local end of the day, or the last end when a session runs past midnight. */
  end: Date;
  rooms: { id: string; name: string; sessions: ScheduledSession[] }[];
}

/**
 * The timetable the frab and C3VOC formats share: every day of the event (empty days too, so
 * an event without times still lists its dates), each with its rooms and scheduled sessions.
 * A scheduled session without a room is put in a room named after the venue: both formats
 * file every session under a room.
 */
export function timetable(event: ExportEvent): TimetableDay[] {
  const sessions = scheduled(event);
  const dayOf = (session: ScheduledSession) => localDay(session.start, event.timeZone);
  const dates = [...new Set([...daysBetween(event.startDate, event.endDate), ...sessions.map(dayOf)])].sort();
  const venueRoom = { id: '', name: event.venue.name };
  const roomsInOrder = [...event.rooms, venueRoom];
  return dates.map((date, i) => {
    const today = sessions.filter((session) => dayOf(session) === date);
    const midnight = instantAt(date, '00:00', event.timeZone);
    const lastSecond = instantAt(date, '23:59:59', event.timeZone);
    const rooms = roomsInOrder
      .map((room) => ({ ...room, sessions: today.filter((s) => (s.room?.id ?? '') === room.id) }))
      .filter((room) => room.sessions.length > 0);
    return {
      index: i + 1,
      date,
      start: midnight,
      end: new Date(Math.max(lastSecond.getTime(), ...today.map((s) => endOf(s).getTime()))),
      rooms,
    };
  });
}
