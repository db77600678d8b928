import { acronymOf, hhmm, numericIds, timetable, uuidFor, versionOf, vocSlug, zonedIso, type ExportEvent } from './model.ts';
import { localTime } from '../time/dates.ts';
import { el, xmlDocument } from './xml.ts';

/** The generator named in every export. */
export const GENERATOR = { name: 'carnet', version: '0.1.0' } as const;

// The XSD's own patterns: values that would break them are left out rather than sent invalid.
const TRACK_SLUG = /^[a-z][a-z0-9-]+$/;
const PRETALX_CODE = /^[0-9A-Z]{6}$/;

/**
 * The frab `schedule.xml` of an event, valid against the C3VOC XSD (schedule.xml.xsd), read
 * by Giggity, ConfClerk and EventFahrplan. Only sessions with a start and a length appear:
 * the format files every session under a day, a room, a time and a duration. An event
 * without any keeps its days, empty.
 */
export function frabXml(event: ExportEvent, selfUrl: string): string {
  const ids = numericIds(event.sessions);
  const days = timetable(event);
  const text = (name: string, content: string) => el(name, undefined, content);
  const conference = el('conference', undefined, [
    text('title', event.name),
    text('acronym', acronymOf(event.id)),
    text('start', event.startDate),
    text('end', event.endDate),
    text('days', String(days.length)),
    text('timeslot_duration', '00:05'),
    text('base_url', event.url),
    ...(event.website ? [text('url', event.website)] : []),
    text('time_zone_name', event.timeZone),
    ...event.tracks.map((track) => el('track', { name: track.name, slug: TRACK_SLUG.test(track.id) ? track.id : undefined })),
  ]);
  const dayElements = days.map((day) =>
    el(
      'day',
      { index: String(day.index), date: day.date, start: zonedIso(day.start, event.timeZone), end: zonedIso(day.end, event.timeZone) },
      day.rooms.map((room) =>
        el(
          'room',
          { name: room.name, guid: uuidFor(`${event.url}#room-${room.id || 'venue'}`) },
          room.sessions.map((session) =>
            el(
              'event',
              { guid: uuidFor(session.url), id: String(ids.get(session.id)), code: session.code && PRETALX_CODE.test(session.code) ? session.code : undefined },
              [
                text('room', room.name),
                text('title', session.title),
                el('subtitle'),
                text('type', session.kind),
                text('date', zonedIso(session.start, event.timeZone)),
                text('start', localTime(session.start, event.timeZone)),
                text('duration', hhmm(session.durationMinutes)),
                text('abstract', session.summary ?? ''),
                text('slug', vocSlug(event, session)),
                text('track', session.track?.name ?? ''),
                text('language', session.language),
                el(
                  'persons',
                  undefined,
                  session.people.map((person) => el('person', { guid: uuidFor(person.url) }, person.name)),
                ),
                el(
                  'links',
                  undefined,
                  session.links.map((link) => el('link', { href: link.url, type: link.kind }, link.title)),
                ),
                text('url', session.url),
              ],
            ),
          ),
        ),
      ),
    ),
  );
  return xmlDocument(
    el('schedule', undefined, [
      el('generator', { name: GENERATOR.name, version: GENERATOR.version }),
      text('url', selfUrl),
      text('version', versionOf(days)),
      conference,
      ...dayElements,
    ]),
  );
}
