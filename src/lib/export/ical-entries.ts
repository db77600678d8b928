// The iCalendar entries Carnet writes, for the event calendars built with the site
// (./ical.ts) and for a reader's programme built in their browser (src/lib/watchlist/calendar.ts).
// It leaves out the time zone database: each caller says where a zone's VTIMEZONE comes from.
import { TZDate } from '@date-fns/tz';
import { ICalCalendar } from 'ical-generator';

/** A calendar with Carnet's product id, whose entries carry their zones' VTIMEZONE blocks from `vtimezone`. */
export function carnetCalendar(options: {
  name: string;
  url?: string | undefined;
  timeZone?: string | undefined;
  vtimezone: (zone: string) => string | null;
}): ICalCalendar {
  // No calendar-wide zone: ical-generator would then write DTSTAMP in local time, which RFC
  // 5545 forbids. Each entry names its zone; the generator adds the VTIMEZONE blocks.
  const calendar = new ICalCalendar({
    name: options.name,
    prodId: { company: 'carnet', product: 'carnet', language: 'FR' },
    ...(options.url ? { url: options.url } : {}),
  });
  calendar.timezone({ name: null, generator: options.vtimezone });
  if (options.timeZone) calendar.x('X-WR-TIMEZONE', options.timeZone);
  return calendar;
}

export interface SessionEntry {
  /** Unique and stable across builds: `<event>/<slug>@<host>`. */
  uid: string;
  stamp: Date;
  start: Date;
  end: Date;
  timeZone: string;
  summary: string;
  location: string;
  url: string;
  description: string;
  categories?: readonly string[];
}

/** A session as an entry, in its event's time zone (local times with TZID, not UTC). */
export function addSession(calendar: ICalCalendar, entry: SessionEntry): void {
  const zoned = (instant: Date) => new TZDate(instant.getTime(), entry.timeZone);
  calendar.createEvent({
    id: entry.uid,
    stamp: entry.stamp,
    start: zoned(entry.start),
    end: zoned(entry.end),
    timezone: entry.timeZone,
    summary: entry.summary,
    location: entry.location,
    url: entry.url,
    description: entry.description,
    categories: (entry.categories ?? []).map((name) => ({ name })),
  });
}
