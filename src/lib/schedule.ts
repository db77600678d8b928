import { SESSION_KINDS, type SessionKind } from '../schema/session.ts';
import { localTime } from './dates.ts';

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

/** Granularity of the grid's rows, in minutes. */
export const SLOT_MINUTES = 5;

export interface GridItem<T> {
  session: T;
  /** 1-based column: the room's position. */
  column: number;
  /** 1-based first row and number of rows, in SLOT_MINUTES steps from the earliest start. */
  row: number;
  span: number;
  /** Local start and end, HH:MM. */
  from: string;
  to: string;
}

export interface ScheduleGrid<T> {
  rooms: readonly string[];
  /** Times that start at least one session, with their row. */
  times: { time: string; row: number }[];
  rows: number;
  items: GridItem<T>[];
}

/**
 * Lays timed sessions out room by time. Returns undefined when no session has a start,
 * a room and a duration: the page then groups sessions by kind instead.
 */
export function scheduleGrid<T extends Schedulable>(sessions: readonly T[], rooms: readonly string[], timeZone: string): ScheduleGrid<T> | undefined {
  const timed = programmeOrder(sessions, rooms).filter(
    (s): s is T & { start: Date; durationMinutes: number; room: string } => !!s.start && !!s.durationMinutes && !!s.room && rooms.includes(s.room),
  );
  if (timed.length === 0) return undefined;
  const origin = Math.min(...timed.map((s) => s.start.getTime()));
  const rowOf = (instant: number) => Math.floor((instant - origin) / 60_000 / SLOT_MINUTES) + 1;
  const items = timed.map((session) => {
    const end = session.start.getTime() + session.durationMinutes * 60_000;
    return {
      session,
      column: rooms.indexOf(session.room) + 1,
      row: rowOf(session.start.getTime()),
      span: Math.max(1, Math.ceil(session.durationMinutes / SLOT_MINUTES)),
      from: localTime(session.start, timeZone),
      to: localTime(new Date(end), timeZone),
    };
  });
  const times = [...new Map(items.map((item) => [item.from, item.row])).entries()].map(([time, row]) => ({ time, row }));
  return { rooms, times, rows: Math.max(...items.map((item) => item.row + item.span - 1)), items };
}

/** The sessions before and after one in a list, for "previous / next" links. */
export function neighbours<T extends { id: string }>(list: readonly T[], id: string): { previous?: T | undefined; next?: T | undefined } {
  const index = list.findIndex((item) => item.id === id);
  if (index < 0) return {};
  return { previous: list[index - 1], next: list[index + 1] };
}
