import { tzlib_get_ical_block } from 'timezones-ical-library';
import { plainText, plainTextIn } from '../content/plain-text.ts';
import { addSession, carnetCalendar } from './ical-entries.ts';
import { endOf, scheduled, type ExportEvent } from './model.ts';

export interface IcalOptions {
  /** Heading of the list of sessions without a time, in the all-day entry. */
  untimedLabel: string;
  /** DTSTAMP of every entry. Defaults to the event's first day, so a build is repeatable. */
  stamp?: Date;
}

/** The VTIMEZONE block of a zone, so calendars that do not know it still place the times right. */
export function vtimezone(name: string): string | null {
  const block = tzlib_get_ical_block(name);
  return Array.isArray(block) && block[0] ? block[0] : null;
}

/**
 * An iCalendar file of an event: one entry per session with a start and a length, in the
 * event's time zone (with its VTIMEZONE), its room as location and the note as URL; plus one
 * all-day entry for the event itself, which lists the sessions whose time is not known.
 */
export function icalendar(source: ExportEvent, options: IcalOptions): string {
  // RFC 5545 forbids control characters but tab in text; ical-generator escapes line breaks, not those.
  const event = plainTextIn(source);
  const untimedLabel = plainText(options.untimedLabel);
  const stamp = options.stamp ?? new Date(`${event.startDate}T00:00:00Z`);
  const host = new URL(event.siteUrl).host;
  const calendar = carnetCalendar({ name: event.name, url: event.url, timeZone: event.timeZone, vtimezone });
  const timed = scheduled(event);
  const untimed = event.sessions.filter((session) => !timed.includes(session as (typeof timed)[number]));

  const nextDay = new Date(new Date(`${event.endDate}T00:00:00Z`).getTime() + 86_400_000).toISOString().slice(0, 10);
  calendar.createEvent({
    id: `${event.id}@${host}`,
    stamp,
    allDay: true,
    start: event.startDate,
    end: nextDay,
    summary: event.name,
    location: [event.venue.name, event.venue.address, event.venue.city].filter(Boolean).join(', '),
    url: event.url,
    description: [event.description, ...(untimed.length > 0 ? ['', `${untimedLabel}:`, ...untimed.map((s) => `- ${s.title} (${s.url})`)] : [])].join('\n'),
  });

  for (const session of timed) {
    const people = session.people.map((person) => person.name).join(', ');
    addSession(calendar, {
      uid: `${session.id}@${host}`,
      stamp,
      start: session.start,
      end: endOf(session),
      timeZone: event.timeZone,
      summary: session.title,
      location: [session.room?.name, event.venue.name].filter(Boolean).join(', '),
      url: session.url,
      description: [people, session.summary, session.url].filter(Boolean).join('\n\n'),
      categories: session.track ? [session.track.name] : [],
    });
  }
  return calendar.toString();
}
