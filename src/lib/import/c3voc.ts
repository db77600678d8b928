import { checkTrackSlug, isPretalxJson, personFromJson } from './pretalx.ts';
import {
  addOnce,
  chooseZone,
  dayOf,
  emptySchedule,
  ImportError,
  jsonPath,
  parseDuration,
  parseInstant,
  text,
  type ImportedSchedule,
  type ImportedSession,
  type ReadOptions,
} from './model.ts';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => !!value && typeof value === 'object' && !Array.isArray(value);
const objects = (value: unknown): Json[] => (Array.isArray(value) ? value.filter(isObject) : []);
const STRICT_SLUG = /^[a-z0-9_-]+[a-z0-9]$/;

/**
 * Reads a C3VOC `schedule.json`, as frab and pretalx write it (version 1: sessions under
 * `conference.days[].rooms`) or as the CCC hub writes it (schedule2: `schedule.events`).
 * Lenient like the XML reader: odd ids, slugs and times are read with a warning.
 */
export function readC3vocJson(data: Json, options: ReadOptions): ImportedSchedule {
  const schedule = data['schedule'] as Json;
  const conference = schedule['conference'];
  if (!isObject(conference)) throw new ImportError(options.file, 'schedule.conference', 'must be an object with the conference (title, days...)');
  const v2 = Array.isArray(schedule['events']);
  const flat: { event: Json; where: string; room?: string | undefined }[] = [];
  if (v2) {
    objects(schedule['events']).forEach((event, i) => flat.push({ event, where: jsonPath('schedule', 'events', i) }));
  } else {
    if (!Array.isArray(conference['days']))
      throw new ImportError(options.file, 'schedule.conference.days', 'must be a list of days (each with its rooms and sessions)');
    conference['days'].forEach((day: unknown, d) => {
      if (!isObject(day) || !isObject(day['rooms']))
        throw new ImportError(
          options.file,
          jsonPath('schedule', 'conference', 'days', d, 'rooms'),
          'must be an object of room names, each with its list of sessions',
        );
      for (const [room, events] of Object.entries(day['rooms'])) {
        if (!Array.isArray(events))
          throw new ImportError(options.file, jsonPath('schedule', 'conference', 'days', d, 'rooms', room), 'must be a list of sessions');
        events.forEach((event: unknown, i) => {
          const where = jsonPath('schedule', 'conference', 'days', d, 'rooms', room, i);
          if (!isObject(event)) throw new ImportError(options.file, where, 'must be an object (a session)');
          flat.push({ event, where, room });
        });
      }
    });
  }

  const format = v2 ? 'c3voc-schedule2' : isPretalxJson(flat.map((item) => item.event)) ? 'pretalx-json' : 'c3voc-json';
  const result = emptySchedule(format);
  const zone = chooseZone(conference['time_zone_name'], options, 'schedule.conference.time_zone_name', result.warnings);
  result.timeZone = zone;
  result.title = text(conference['title']);
  result.description = text(conference['description']);
  result.startDate = dayOf(conference['start']);
  result.endDate = dayOf(conference['end']);
  result.url = text(conference['url']) ?? text(schedule['base_url']);
  const trackNames = new Map<string, string>();
  objects(conference['tracks']).forEach((track, i) => {
    const name = text(track['name']);
    addOnce(result.tracks, name);
    if (name && text(track['slug'])) trackNames.set(String(track['slug']), name);
    checkTrackSlug(track['slug'], jsonPath('schedule', 'conference', 'tracks', i, 'slug'), result.warnings);
  });
  // The conference's list of rooms, with the guids and slugs sessions may name them by.
  const roomNames = new Map<string, string>();
  objects(conference['rooms']).forEach((room) => {
    const name = text(room['name']);
    addOnce(result.rooms, name);
    for (const ref of [room['guid'], room['slug'], room['id']]) if (name && text(ref)) roomNames.set(text(ref)!, name);
  });
  /** A room's name from its name, or from the guid or slug of a room of the conference's list. */
  const roomName = (value: string | undefined): string | undefined => (value && !result.rooms.includes(value) && roomNames.get(value)) || value;
  // schedule2 keeps biographies in a top-level list; sessions name people by guid.
  for (const record of objects(schedule['persons'])) {
    const person = personFromJson(record);
    if (person) result.people.set(person.key, person);
  }

  for (const { event, where, room } of flat) result.sessions.push(session(event, where, room));
  return result;

  function session(event: Json, where: string, roomKey: string | undefined): ImportedSession {
    const title = text(event['title']);
    if (!title) throw new ImportError(options.file, `${where}.title`, 'is missing: every session needs a title');
    const id = event['id'];
    if (typeof id === 'string') result.warnings.push({ where: `${where}.id`, message: `id is text ("${id}") where the schema wants a number: accepted` });
    const slug = text(event['slug']);
    if (slug && !STRICT_SLUG.test(slug))
      result.warnings.push({ where: `${where}.slug`, message: `slug "${slug}" is not one the schema accepts: Carnet makes its own from the title` });
    const start = parseInstant(v2 ? event['start'] : (event['date'] ?? event['start']), zone, `${where}.${v2 ? 'start' : 'date'}`, result.warnings);
    let durationMinutes = parseDuration(event['duration']);
    const end = event['end'] ? parseInstant(event['end'], zone, `${where}.end`, result.warnings) : undefined;
    if (durationMinutes === undefined && start && end && end > start) durationMinutes = Math.round((end.getTime() - start.getTime()) / 60_000);
    if (durationMinutes === undefined && text(event['duration'])) {
      result.warnings.push({ where: `${where}.duration`, message: `"${String(event['duration'])}" is not a duration (hh:mm): imported without one` });
    }
    const roomValue = event['room'];
    // A session names its room (or the day's map files it under one); the room is then one of
    // the file's rooms, declared or not, so the plan makes it.
    const room = isObject(roomValue) ? (text(roomValue['name']) ?? roomName(text(roomValue['guid']))) : roomName(text(roomValue) ?? roomKey);
    addOnce(result.rooms, room);
    const trackValue = event['track'];
    const track = isObject(trackValue)
      ? (text(trackValue['name']) ?? trackNames.get(String(trackValue['slug'])) ?? text(trackValue['slug']))
      : text(trackValue);
    addOnce(result.tracks, track);

    const people: string[] = [];
    for (const record of [...objects(event['persons']), ...objects(event['participants'])]) {
      const person = personFromJson(record);
      if (!person) {
        result.warnings.push({ where: `${where}.persons`, message: 'a person has no name: left out' });
        continue;
      }
      const known = result.people.get(person.key);
      if (!known || (!known.bio && person.bio)) result.people.set(person.key, { ...person, ...(known?.links.length ? { links: known.links } : {}) });
      if (!people.includes(person.key)) people.push(person.key);
    }
    const code = text(event['code']) ?? text(id);
    return {
      key: text(event['guid']) ?? code ?? where,
      code,
      title,
      subtitle: text(event['subtitle']),
      type: text(event['type']),
      start,
      durationMinutes,
      room,
      track,
      language: text(event['language']),
      abstract: text(event['abstract']) ?? text(event['description']),
      url: text(event['url']),
      people,
      where,
    };
  }
}
