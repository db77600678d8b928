import { SESSION_KINDS, type SessionKind } from '../../schema/session.ts';
import { localDay, localTime } from '../time/dates.ts';

/** What the schedule needs to know of a session. */
export interface Schedulable {
  id: string;
  title: string;
  kind: SessionKind;
  start?: Date | undefined;
  durationMinutes?: number | undefined;
  room?: string | undefined;
}

/** Sessions in programme order: by start time, then room order, then kind (keynotes first), then title. */
export function programmeOrder<T extends Schedulable>(sessions: readonly T[], rooms: readonly string[] = [], locale = 'fr'): T[] {
  const collator = new Intl.Collator(locale);
  const roomIndex = (room?: string) => (room ? rooms.indexOf(room) : -1);
  const kindIndex = (kind: SessionKind) => SESSION_KINDS.indexOf(kind);
  return [...sessions].sort(
    (a, b) =>
      (a.start?.getTime() ?? Infinity) - (b.start?.getTime() ?? Infinity) ||
      roomIndex(a.room) - roomIndex(b.room) ||
      kindIndex(a.kind) - kindIndex(b.kind) ||
      collator.compare(a.title, b.title),
  );
}

/** Sessions grouped by kind, kinds in programme order (keynotes first), empty kinds left out. */
export function groupByKind<T extends Schedulable>(sessions: readonly T[], locale = 'fr'): { kind: SessionKind; sessions: T[] }[] {
  const ordered = programmeOrder(sessions, [], locale);
  return SESSION_KINDS.map((kind) => ({ kind, sessions: ordered.filter((s) => s.kind === kind) })).filter((group) => group.sessions.length > 0);
}

/**
 * Height of one minute in the desktop timetable, in CSS pixels. Eight keeps a 10-minute
 * lightning talk 80 px tall, room for five short lines: a 150-character title fits whole
 * (tests/e2e/schedule.spec.ts checks that no card clips its text). A 45-minute talk is 360 px.
 */
export const PX_PER_MINUTE = 8;

/**
 * Most rooms a timetable has: beyond five, columns in the page's 72rem are too narrow for a
 * lightning talk's title, and the schedule stays a list by time slot on every screen.
 */
export const MAX_TIMETABLE_ROOMS = 5;

/** A time with no session in any room for at least this long is shown as a break. */
export const MIN_BREAK_MINUTES = 15;

/**
 * A break with no session in it is drawn at most this many minutes tall (80 px): a coffee
 * break or a long lunch is one labelled band, not a screen of nothing. Sessions keep their true
 * heights; the band says the break's times.
 */
export const DRAWN_BREAK_MINUTES = 10;

/** A break given by the organisers, as an interval. */
export interface NamedBreak {
  label: string;
  start: Date;
  end: Date;
}

/** A break as event.yaml writes it: an end or a length. */
export function breakInterval(entry: { label: string; start: Date; end?: Date | undefined; durationMinutes?: number | undefined }): NamedBreak {
  return { label: entry.label, start: entry.start, end: entry.end ?? new Date(entry.start.getTime() + (entry.durationMinutes ?? 0) * 60_000) };
}

export interface PlacedSession<T> {
  session: T;
  /** 1-based column: the room's position in the event's rooms. */
  column: number;
  /** No other session runs at the same time (an opening keynote): drawn across every room. */
  plenary: boolean;
  /** Distance from the top of the day, and height, in drawn minutes (multiply by PX_PER_MINUTE). */
  top: number;
  height: number;
  /** The session's start, and local start and end, HH:MM. */
  start: Date;
  from: string;
  to: string;
}

export interface PlacedBreak {
  /** The organisers' name for it; absent for a gap the schedule found by itself. */
  label?: string | undefined;
  /** A found gap around midday that is long enough to be lunch. */
  meal: boolean;
  start: Date;
  end: Date;
  from: string;
  to: string;
  /** In drawn minutes, like sessions. */
  top: number;
  height: number;
}

/** Sessions starting at the same time: one heading in the phone list. */
export interface Slot<T> {
  /** Local start, HH:MM. */
  time: string;
  start: Date;
  sessions: PlacedSession<T>[];
}

/** What a day shows, in time order: slots of sessions and breaks between them. */
export type DayRow<T> = { type: 'slot'; slot: Slot<T> } | { type: 'break'; break: PlacedBreak };

export interface ScheduleDay<T> {
  /** The local calendar day, YYYY-MM-DD. */
  day: string;
  rows: DayRow<T>[];
  sessions: PlacedSession<T>[];
  breaks: PlacedBreak[];
  /** Full hours of the day with their place, for the time column and the hour lines. */
  hours: { time: string; top: number }[];
  /** The day's drawn height, in minutes. */
  height: number;
}

export interface Schedule<T> {
  rooms: readonly string[];
  days: ScheduleDay<T>[];
}

type Timed<T> = T & { start: Date; durationMinutes: number; room: string };
const MINUTE = 60_000;
const endOf = (s: { start: Date; durationMinutes: number }) => s.start.getTime() + s.durationMinutes * MINUTE;
const minutesOfDay = (instant: Date, timeZone: string) => {
  const [h, m] = localTime(instant, timeZone).split(':').map(Number) as [number, number];
  return h * 60 + m;
};

/** Intervals where no session runs, between the day's first start and last end. */
function gaps(sessions: readonly { start: Date; durationMinutes: number }[]): [number, number][] {
  const sorted = [...sessions].sort((a, b) => a.start.getTime() - b.start.getTime());
  const found: [number, number][] = [];
  let busyUntil = -Infinity;
  for (const session of sorted) {
    if (session.start.getTime() > busyUntil && busyUntil > -Infinity) found.push([busyUntil, session.start.getTime()]);
    busyUntil = Math.max(busyUntil, endOf(session));
  }
  return found;
}

/**
 * Lays the timed sessions of an event out day by day, room by time. Returns undefined when
 * no session has a start, a room and a duration: the page then groups sessions by kind.
 * Breaks are the organisers' (`named`) plus every gap of MIN_BREAK_MINUTES or more with no
 * session in any room; a gap a named break overlaps takes that break's name and times.
 */
export function buildSchedule<T extends Schedulable>(
  sessions: readonly T[],
  rooms: readonly string[],
  timeZone: string,
  named: readonly NamedBreak[] = [],
): Schedule<T> | undefined {
  const timed = programmeOrder(sessions, rooms).filter((s): s is Timed<T> => !!s.start && !!s.durationMinutes && !!s.room && rooms.includes(s.room));
  if (timed.length === 0) return undefined;
  const byDay = new Map<string, Timed<T>[]>();
  for (const session of timed) {
    const day = localDay(session.start, timeZone);
    byDay.set(day, [...(byDay.get(day) ?? []), session]);
  }
  const days = [...byDay.keys()].sort().map((day) =>
    layOutDay(
      day,
      byDay.get(day)!,
      rooms,
      timeZone,
      named.filter((b) => localDay(b.start, timeZone) === day),
    ),
  );
  return { rooms, days };
}

function layOutDay<T extends Schedulable>(
  day: string,
  sessions: Timed<T>[],
  rooms: readonly string[],
  timeZone: string,
  named: readonly NamedBreak[],
): ScheduleDay<T> {
  const overlaps = (a: [number, number], b: [number, number]) => a[0] < b[1] && b[0] < a[1];
  const namedSpans = named.map((b): [number, number] => [b.start.getTime(), b.end.getTime()]);
  const found = gaps(sessions).filter(([from, to]) => to - from >= MIN_BREAK_MINUTES * MINUTE && !namedSpans.some((n) => overlaps(n, [from, to])));
  const intervals = [
    ...named.map((b) => ({ label: b.label as string | undefined, start: b.start.getTime(), end: b.end.getTime() })),
    ...found.map(([start, end]) => ({ label: undefined, start, end })),
  ].sort((a, b) => a.start - b.start);

  // The day starts on the full hour before its first session or break, so the first hour line is at the top.
  const first = Math.min(...sessions.map((s) => s.start.getTime()), ...intervals.map((b) => b.start));
  const origin = first - (minutesOfDay(new Date(first), timeZone) % 60) * MINUTE;
  const last = Math.max(...sessions.map(endOf), ...intervals.map((b) => b.end));
  // Breaks no session runs through are drawn shorter; the axis maps an instant to drawn minutes.
  const squeezed = intervals.filter(
    (b) => b.end - b.start > DRAWN_BREAK_MINUTES * MINUTE && !sessions.some((s) => overlaps([b.start, b.end], [s.start.getTime(), endOf(s)])),
  );
  const axis = (instant: number): number => {
    let minutes = (instant - origin) / MINUTE;
    for (const b of squeezed) {
      const length = (b.end - b.start) / MINUTE;
      if (instant >= b.end) minutes -= length - DRAWN_BREAK_MINUTES;
      else if (instant > b.start) minutes -= ((instant - b.start) / MINUTE) * (1 - DRAWN_BREAK_MINUTES / length);
    }
    return minutes;
  };
  const inSqueezed = (instant: number) => squeezed.some((b) => instant > b.start && instant < b.end);

  const placed = sessions.map((session): PlacedSession<T> => {
    const top = axis(session.start.getTime());
    const span: [number, number] = [session.start.getTime(), endOf(session)];
    return {
      session,
      column: rooms.indexOf(session.room) + 1,
      plenary: rooms.length > 1 && !sessions.some((other) => other !== session && overlaps(span, [other.start.getTime(), endOf(other)])),
      top,
      height: axis(endOf(session)) - top,
      start: session.start,
      from: localTime(session.start, timeZone),
      to: localTime(new Date(endOf(session)), timeZone),
    };
  });
  const breaks = intervals.map((b): PlacedBreak => {
    const start = new Date(b.start);
    const minutes = (b.end - b.start) / MINUTE;
    const midday = minutesOfDay(start, timeZone);
    return {
      label: b.label,
      // A found gap of 45 minutes or more that overlaps 11:30-14:30 is lunch, as at every conference.
      meal: !b.label && minutes >= 45 && midday < 14 * 60 + 30 && midday + minutes > 11 * 60 + 30,
      start,
      end: new Date(b.end),
      from: localTime(start, timeZone),
      to: localTime(new Date(b.end), timeZone),
      top: axis(b.start),
      height: axis(b.end) - axis(b.start),
    };
  });

  const slots = new Map<number, Slot<T>>();
  for (const item of placed) {
    const at = item.start.getTime();
    if (!slots.has(at)) slots.set(at, { time: item.from, start: item.start, sessions: [] });
    slots.get(at)!.sessions.push(item);
  }
  const rows: DayRow<T>[] = [
    ...[...slots.values()].map((slot): DayRow<T> => ({ type: 'slot', slot })),
    ...breaks.map((b): DayRow<T> => ({ type: 'break', break: b })),
  ].sort((a, b) => (a.type === 'slot' ? a.slot.start : a.break.start).getTime() - (b.type === 'slot' ? b.slot.start : b.break.start).getTime());

  const hours: ScheduleDay<T>['hours'] = [];
  for (let instant = origin; instant <= last; instant += 60 * MINUTE) {
    if (!inSqueezed(instant)) hours.push({ time: localTime(new Date(instant), timeZone), top: axis(instant) });
  }
  return { day, rows, sessions: placed, breaks, hours, height: axis(last) };
}

/** Track colours in the design tokens (--track-1 to --track-8); a ninth track takes the first again. */
export const TRACK_COLOURS = 8;

/** The 1-based colour of a track, from its place among the event's tracks; undefined without a track. */
export function trackColour(tracks: readonly string[], track: string | undefined): number | undefined {
  const index = track ? tracks.indexOf(track) : -1;
  return index < 0 ? undefined : (index % TRACK_COLOURS) + 1;
}

/** The sessions before and after one in a list, for "previous / next" links. */
export function neighbours<T extends { id: string }>(list: readonly T[], id: string): { previous?: T | undefined; next?: T | undefined } {
  const index = list.findIndex((item) => item.id === id);
  if (index < 0) return {};
  return { previous: list[index - 1], next: list[index + 1] };
}
