import { create } from 'xmlbuilder2';
import { acronymOf, hhmm, numericIds, timetable, uuidFor, versionOf, vocSlug, xmlSafe, zonedIso, type ExportEvent } from './model.ts';
import { localTime } from '../dates.ts';

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
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele('schedule');
  root.ele('generator', { name: GENERATOR.name, version: GENERATOR.version }).up();
  root.ele('url').txt(selfUrl).up();
  root.ele('version').txt(versionOf(days)).up();

  const conference = root.ele('conference');
  conference.ele('title').txt(xmlSafe(event.name)).up();
  conference.ele('acronym').txt(acronymOf(event.id)).up();
  conference.ele('start').txt(event.startDate).up();
  conference.ele('end').txt(event.endDate).up();
  conference.ele('days').txt(String(days.length)).up();
  conference.ele('timeslot_duration').txt('00:05').up();
  conference.ele('base_url').txt(event.url).up();
  if (event.website) conference.ele('url').txt(event.website).up();
  conference.ele('time_zone_name').txt(event.timeZone).up();
  for (const track of event.tracks) {
    conference.ele('track', { name: xmlSafe(track.name), ...(TRACK_SLUG.test(track.id) ? { slug: track.id } : {}) }).up();
  }

  for (const day of days) {
    const dayNode = root.ele('day', {
      index: String(day.index),
      date: day.date,
      start: zonedIso(day.start, event.timeZone),
      end: zonedIso(day.end, event.timeZone),
    });
    for (const room of day.rooms) {
      const roomNode = dayNode.ele('room', { name: xmlSafe(room.name), guid: uuidFor(`${event.url}#room-${room.id || 'venue'}`) });
      for (const session of room.sessions) {
        const node = roomNode.ele('event', {
          guid: uuidFor(session.url),
          id: String(ids.get(session.id)),
          ...(session.code && PRETALX_CODE.test(session.code) ? { code: session.code } : {}),
        });
        node.ele('room').txt(xmlSafe(room.name)).up();
        node.ele('title').txt(xmlSafe(session.title)).up();
        node.ele('subtitle').up();
        node.ele('type').txt(session.kind).up();
        node.ele('date').txt(zonedIso(session.start, event.timeZone)).up();
        node.ele('start').txt(localTime(session.start, event.timeZone)).up();
        node.ele('duration').txt(hhmm(session.durationMinutes)).up();
        node.ele('abstract').txt(xmlSafe(session.summary ?? '')).up();
        node.ele('slug').txt(vocSlug(event, session)).up();
        node.ele('track').txt(xmlSafe(session.track?.name ?? '')).up();
        node.ele('language').txt(session.language).up();
        const persons = node.ele('persons');
        for (const person of session.people) persons.ele('person', { guid: uuidFor(person.url) }).txt(xmlSafe(person.name)).up();
        persons.up();
        const links = node.ele('links');
        for (const link of session.links) links.ele('link', { href: link.url, type: link.kind }).txt(link.title).up();
        links.up();
        node.ele('url').txt(session.url).up();
      }
    }
  }
  return root.end({ prettyPrint: true });
}
