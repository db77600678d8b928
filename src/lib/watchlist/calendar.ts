// A reader's programme as an iCalendar file, made in their browser from the events' programme
// files: the same entries as the events' own calendars (src/lib/export/ical-entries.ts).
import { plainText } from '../content/plain-text.ts';
import { addSession, carnetCalendar } from '../export/ical-entries.ts';
import type { ProgrammeEvent } from './data.ts';
import type { SessionId } from './list.ts';

/**
 * The sessions of `list` that have a time, one entry each, in their event's zone. `origin` is
 * the site's address as the reader sees it (their page's origin), for the sessions' URLs.
 * Sessions without a time cannot be placed in a calendar and are left out: `left` says which.
 */
export function programmeCalendar(
  events: readonly ProgrammeEvent[],
  list: readonly SessionId[],
  options: {
    name: string;
    origin: string;
    stamp: Date;
    /** A page's link from its path (language and base); the path itself by default. */ link?: (path: string) => string;
  },
): { text: string; left: string[] } {
  const link = options.link ?? ((path: string) => path);
  const wanted = new Set<string>(list);
  const zones = new Map(events.map((event) => [event.timeZone, event.vtimezone]));
  const calendar = carnetCalendar({ name: plainText(options.name), vtimezone: (zone) => zones.get(zone) ?? null });
  const host = new URL(options.origin).host;
  const left: string[] = [];
  for (const event of events) {
    for (const session of event.sessions) {
      if (!wanted.has(session.id)) continue;
      if (!session.start || !session.durationMinutes) {
        left.push(session.id);
        continue;
      }
      const start = new Date(session.start);
      const url = new URL(link(session.url), options.origin).href;
      addSession(calendar, {
        uid: `${session.id}@${host}`,
        stamp: options.stamp,
        start,
        end: new Date(start.getTime() + session.durationMinutes * 60_000),
        timeZone: event.timeZone,
        summary: plainText(session.title),
        location: plainText([session.room, event.name].filter(Boolean).join(', ')),
        url,
        description: [plainText(session.people.join(', ')), url].filter(Boolean).join('\n\n'),
      });
    }
  }
  return { text: calendar.toString(), left };
}
