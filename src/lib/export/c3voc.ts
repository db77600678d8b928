import { localTime } from '../time/dates.ts';
import { plainTextIn } from '../content/plain-text.ts';
import { GENERATOR } from './frab.ts';
import { acronymOf, endOf, hhmm, numericIds, timetable, uuidFor, versionOf, vocSlug, zonedIso, type ExportEvent } from './model.ts';

// The JSON Schema's own patterns: values that would break them are left out.
const SLUG = /^[a-z0-9_-]+[a-z0-9]$/;
const CODE = /^[A-Z0-9]+$/;
const TIME_ZONE = /^([A-Z][a-z]+\/[A-Z][a-z]+)|UTC$/;

const LINK_TYPE = { slides: 'slides', replay: 'media' } as const;

/**
 * The C3VOC `schedule.json` of an event (version 1, https://c3voc.de/schedule/schema.json),
 * the JSON twin of frab's schedule.xml. As there, only sessions with a start and a length
 * appear; an event without any keeps its days, with no rooms.
 */
export function c3vocJson(event: ExportEvent, selfUrl: string): Record<string, unknown> {
  const ids = numericIds(event.sessions);
  const days = timetable(event);
  const iso = (instant: Date) => zonedIso(instant, event.timeZone);
  const conference = {
    acronym: acronymOf(event.id),
    title: event.name,
    description: event.description,
    start: event.startDate,
    end: event.endDate,
    daysCount: days.length,
    timeslot_duration: '00:05',
    ...(TIME_ZONE.test(event.timeZone) ? { time_zone_name: event.timeZone } : {}),
    url: event.website ?? event.url,
    tracks: event.tracks.map((track) => ({ name: track.name, ...(SLUG.test(track.id) ? { slug: track.id } : {}) })),
    rooms: event.rooms.map((room) => ({ name: room.name, ...(SLUG.test(room.id) ? { slug: room.id } : {}), guid: uuidFor(`${event.url}#room-${room.id}`) })),
    days: days.map((day) => ({
      index: day.index,
      date: day.date,
      day_start: iso(day.start),
      day_end: iso(day.end),
      rooms: Object.fromEntries(
        day.rooms.map((room) => [
          room.name,
          room.sessions.map((session) => ({
            guid: uuidFor(session.url),
            id: ids.get(session.id)!,
            ...(session.code && CODE.test(session.code) ? { code: session.code } : {}),
            date: iso(session.start),
            start: localTime(session.start, event.timeZone),
            end: iso(endOf(session)),
            duration: hhmm(session.durationMinutes),
            room: room.name,
            slug: vocSlug(event, session),
            url: session.url,
            title: session.title,
            subtitle: null,
            track: session.track?.name ?? null,
            type: session.kind,
            language: session.language,
            abstract: session.summary ?? null,
            description: null,
            persons: session.people.map((person) => ({ name: person.name, guid: uuidFor(person.url), url: person.url })),
            links: session.links.map((link) => ({ type: LINK_TYPE[link.kind], url: link.url, title: link.title })),
          })),
        ]),
      ),
    })),
  };
  // JSON could carry control characters escaped, but the apps show them as they come: out, as from every output.
  return plainTextIn({
    $schema: 'https://c3voc.de/schedule/schema.json',
    generator: { name: GENERATOR.name, version: GENERATOR.version },
    schedule: { version: versionOf(conference.days), base_url: event.url, url: selfUrl, conference },
  });
}
