import { plainTextIn } from '../content/plain-text.ts';
import { endOf, zonedIso, type ExportEvent } from './model.ts';

/** The format version of `/api/sessions.json`; raised when a field changes meaning or goes away. */
export const SESSIONS_INDEX_VERSION = 1;

/**
 * The JSON index of every published session of every event (`/api/sessions.json`),
 * documented field by field in docs/schedules.md. Times are written in the event's time zone
 * with their offset; a session whose time or length is not known has `null` there.
 */
export function sessionsIndex(events: readonly ExportEvent[], siteUrl: string, licence?: { spdx: string; url: string }) {
  // Without the control characters no output carries (see plain-text.ts), like every export.
  return plainTextIn({
    version: SESSIONS_INDEX_VERSION,
    site: siteUrl,
    // The licence of the sessions' texts and data, as an SPDX id and the licence's address.
    license: licence ? { spdx: licence.spdx, url: licence.url } : null,
    events: events.map((event) => ({
      id: event.id,
      name: event.name,
      url: event.url,
      startDate: event.startDate,
      endDate: event.endDate,
      timeZone: event.timeZone,
      calendar: new URL('calendar.ics', event.url).href,
      frab: new URL('schedule.xml', event.url).href,
      c3voc: new URL('schedule.json', event.url).href,
    })),
    sessions: events.flatMap((event) =>
      event.sessions.map((session) => ({
        id: session.id,
        event: event.id,
        slug: session.slug,
        url: session.url,
        title: session.title,
        kind: session.kind,
        language: session.language,
        summary: session.summary ?? null,
        start: session.start ? zonedIso(session.start, event.timeZone) : null,
        end:
          session.start && session.durationMinutes
            ? zonedIso(endOf({ ...session, start: session.start, durationMinutes: session.durationMinutes }), event.timeZone)
            : null,
        durationMinutes: session.durationMinutes ?? null,
        room: session.room ?? null,
        track: session.track ?? null,
        people: session.people.map(({ id, name, role, url }) => ({ id, name, role, url })),
        topics: session.topics,
        links: session.links.map(({ kind, url }) => ({ kind, url })),
        hasNotes: session.hasNotes,
        replay: session.replay,
      })),
    ),
  });
}
