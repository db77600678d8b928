// What the programme page (/programme/) knows of an event's sessions: one small file per event,
// `/<event>/programme.json`, fetched only for the events in a reader's list. Written with
// paths, not absolute addresses, so it exists on a site whose public address is not known.
import type { ReplayState } from '../replay/state.ts';
import { zonedIso } from '../time/zoned.ts';

export interface ProgrammeSession {
  /** The session's id, `<event>/<slug>`, as the list names it. */
  id: string;
  title: string;
  /** Its page's path, in no language and without the site's base (`/<event>/<slug>/`): the page adds both. */
  url: string;
  /** ISO 8601 with the event's offset, when the time is known. */
  start?: string | undefined;
  durationMinutes?: number | undefined;
  room?: string | undefined;
  people: string[];
  hasNote: boolean;
  /** Whether a replay can be watched on the session's page. */
  replay: boolean;
  /** Times into the replay the note marks (chapters), for "replays to watch". */
  marks: number;
}

export interface ProgrammeEvent {
  id: string;
  name: string;
  url: string;
  timeZone: string;
  startDate: string;
  endDate: string;
  /** The time zone's VTIMEZONE block, so a calendar made in the browser places times right. */
  vtimezone: string | null;
  sessions: ProgrammeSession[];
}

export interface ProgrammeSource {
  id: string;
  url: string;
  data: { name: string; timeZone: string; startDate: string; endDate: string };
  sessions: readonly {
    id: string;
    title: string;
    url: string;
    start?: Date | undefined;
    durationMinutes?: number | undefined;
    room?: string | undefined;
    people: readonly string[];
    hasNotes: boolean;
    replay: ReplayState;
  }[];
}

/** An event as its programme file says it. */
export function programmeEvent(event: ProgrammeSource, vtimezone: string | null): ProgrammeEvent {
  return {
    id: event.id,
    name: event.data.name,
    url: event.url,
    timeZone: event.data.timeZone,
    startDate: event.data.startDate,
    endDate: event.data.endDate,
    vtimezone,
    sessions: event.sessions.map((session) => ({
      id: session.id,
      title: session.title,
      url: session.url,
      start: session.start && zonedIso(session.start, event.data.timeZone),
      durationMinutes: session.durationMinutes,
      room: session.room,
      people: [...session.people],
      hasNote: session.hasNotes,
      replay: session.replay.state === 'available',
      marks: session.replay.state === 'available' ? session.replay.chapters.length : 0,
    })),
  };
}

/** Whether an event is over on `today` (YYYY-MM-DD in the reader's calendar): its sessions are then replays to watch. */
export function isPast(event: Pick<ProgrammeEvent, 'endDate'>, today: string): boolean {
  return event.endDate < today;
}
