// XMLValidator is marked deprecated in favour of a separate package; it still ships here and
// gives the line and column of a syntax error, which is what we need.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { instantAt } from '../time/zoned.ts';
import { checkTrackSlug, isPretalxXml } from './pretalx.ts';
import {
  addOnce,
  chooseZone,
  dayOf,
  emptySchedule,
  ImportError,
  lineColumn,
  parseDuration,
  parseInstant,
  text,
  type ImportedSchedule,
  type ReadOptions,
} from './model.ts';

type Node = Record<string, unknown>;

const LISTS = new Set([
  'schedule.day',
  'schedule.day.room',
  'schedule.day.room.event',
  'schedule.day.room.event.persons.person',
  'schedule.conference.track',
  'schedule.conference.rooms.room',
  'schedule.rooms.room',
]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  htmlEntities: true,
  isArray: (_name, jpath) => LISTS.has(String(jpath)),
});

/** The text of an element that may carry attributes (`{ '#text': ..., '@id': ... }`) or not. */
function content(node: unknown): string | undefined {
  if (node && typeof node === 'object') return text((node as Node)['#text']);
  return text(node);
}

const asNodes = (value: unknown): Node[] => (Array.isArray(value) ? value.filter((item): item is Node => !!item && typeof item === 'object') : []);

/**
 * Refuses what a schedule.xml never needs and an attacker uses: a document type with entity
 * declarations or an external DTD (external entities, parameter entities, entity blow-ups
 * like the "billion laughs"), and elements named like the prototype of a JavaScript object
 * (the parser would stop on them with a bare "[SECURITY]" error). Nothing is expanded or
 * fetched before this check.
 */
function refuseHostileXml(source: string, file: string): void {
  const doctype = /<!DOCTYPE\b[^>[]*(\[|>)/i.exec(source);
  if (doctype && (doctype[1] === '[' || /\b(SYSTEM|PUBLIC)\b/i.test(doctype[0]))) {
    throw new ImportError(
      file,
      lineColumn(source, doctype.index),
      'declares a DTD or entities (<!DOCTYPE … [ <!ENTITY …> ]>): a schedule.xml needs none, and Carnet reads none',
    );
  }
  const proto = /<\/?(__proto__|constructor|prototype)[\s/>]/.exec(source);
  if (proto) throw new ImportError(file, lineColumn(source, proto.index), `has an element named <${proto[1]}>, which no schedule.xml has and Carnet refuses`);
}

/**
 * Reads a frab or pretalx `schedule.xml`. Lenient: what the XSD would refuse but is still
 * clear (numbered track slugs, empty URLs, times without offset) is read with a warning.
 * Throws ImportError, with the line and column, on XML that is not well-formed, and on a DTD,
 * entity declarations or prototype-named elements (refuseHostileXml).
 */
export function readFrabXml(source: string, options: ReadOptions): ImportedSchedule {
  refuseHostileXml(source, options.file);
  const check = XMLValidator.validate(source);
  if (check !== true) throw new ImportError(options.file, `line ${check.err.line}, column ${check.err.col}`, `is not well-formed XML: ${check.err.msg}`);
  let root: Node;
  try {
    root = parser.parse(source) as Node;
  } catch (error) {
    // The parser's own refusals (its limits on entities, names it will not build) are the file's problem, not a crash.
    throw new ImportError(options.file, '', `could not be read as XML: ${(error as Error).message}`);
  }
  const schedule = root['schedule'] as Node | undefined;
  if (!schedule || typeof schedule !== 'object') {
    const name = Object.keys(root).find((key) => !key.startsWith('?'));
    throw new ImportError(options.file, `<${name ?? ''}>`, `is XML but not a schedule.xml: the root element is <${name ?? '?'}>, expected <schedule>`);
  }
  const generator = schedule['generator'] as Node | undefined;
  const result = emptySchedule(isPretalxXml(source, generator?.['@name']) ? 'pretalx-xml' : 'frab-xml');
  const conference = (schedule['conference'] ?? {}) as Node;
  const zone = chooseZone(conference['time_zone_name'], options, 'schedule > conference > time_zone_name', result.warnings);
  result.timeZone = zone;
  result.title = content(conference['title']);
  result.startDate = dayOf(content(conference['start']));
  result.endDate = dayOf(content(conference['end']));
  result.url = content(conference['url']) ?? content(conference['base_url']);
  asNodes(conference['track']).forEach((track, i) => {
    addOnce(result.tracks, text(track['@name']) ?? content(track));
    checkTrackSlug(track['@slug'], `schedule > conference > track[${i + 1}]`, result.warnings);
  });
  // Rooms may be declared once for the conference (<conference><rooms>, or <schedule><rooms>
  // in some generators), each with a guid or an id that a day's <room> or an event's <room>
  // may use instead of the name; and then again, partly, on each day.
  const roomNames = new Map<string, string>();
  const declared = [...asNodes((conference['rooms'] as Node | undefined)?.['room']), ...asNodes((schedule['rooms'] as Node | undefined)?.['room'])];
  for (const room of declared) {
    const name = text(room['@name']) ?? content(room);
    if (!name) continue;
    addOnce(result.rooms, name);
    for (const ref of [room['@guid'], room['@id'], room['@slug']]) if (text(ref)) roomNames.set(text(ref)!, name);
  }
  /** A room's name from what names it: its name, or a guid/id/slug of a declared room. */
  const roomName = (name: string | undefined, ...refs: unknown[]): string | undefined => {
    if (name && result.rooms.includes(name)) return name;
    for (const ref of [name, ...refs]) {
      const known = text(ref) && roomNames.get(text(ref)!);
      if (known) return known;
    }
    return name;
  };

  const days = asNodes(schedule['day']);
  if (days.length === 0 && !('day' in schedule)) throw new ImportError(options.file, '<schedule>', 'has no <day> element: not a frab schedule.xml');
  days.forEach((day, dayIndex) => {
    const date = dayOf(day['@date']);
    const dayStart = text(day['@start']) ? new Date(String(day['@start'])) : undefined;
    for (const room of asNodes(day['room'])) {
      const dayRoom = roomName(text(room['@name']), room['@guid'], room['@id']);
      addOnce(result.rooms, dayRoom);
      asNodes(room['event']).forEach((event, eventIndex) => {
        const where = `schedule > day[${dayIndex + 1}] > room "${dayRoom ?? ''}" > event[${eventIndex + 1}]${event['@id'] ? ` (id ${String(event['@id'])})` : ''}`;
        const title = content(event['title']);
        if (!title) throw new ImportError(options.file, where, 'has no <title>: every session needs one');
        let start = parseInstant(content(event['date']), zone, `${where} > date`, result.warnings);
        const clock = content(event['start']);
        if (!start && date && clock && /^\d{1,2}:\d{2}$/.test(clock)) {
          // Older frab files give only the day and a clock time; after midnight is the next day.
          start = instantAt(date, clock.padStart(5, '0'), zone);
          if (dayStart && !Number.isNaN(dayStart.getTime()) && start < dayStart) start = new Date(start.getTime() + 86_400_000);
        }
        const durationText = content(event['duration']);
        const durationMinutes = parseDuration(durationText);
        if (durationText && durationMinutes === undefined)
          result.warnings.push({ where: `${where} > duration`, message: `"${durationText}" is not a duration (hh:mm): imported without one` });
        const listed = (event['persons'] as Node | undefined)?.['person'];
        // A person without attributes comes out of the parser as a bare string.
        const persons = asNodes((Array.isArray(listed) ? listed : []).map((person: unknown) => (typeof person === 'string' ? { '#text': person } : person)));
        const people: string[] = [];
        for (const person of persons) {
          const name = content(person);
          if (!name) continue;
          const key = text(person['@guid']) ?? text(person['@id']) ?? name;
          if (!result.people.has(key)) result.people.set(key, { key, name, links: [] });
          if (!people.includes(key)) people.push(key);
        }
        const track = content(event['track']);
        addOnce(result.tracks, track);
        // The event's own <room> wins over the one it is filed under (they differ in some
        // generators' files); either way the room is one of the file's, so the plan has it.
        const eventRoom = event['room'] as Node | string | undefined;
        const sessionRoom = roomName(content(eventRoom), typeof eventRoom === 'object' ? eventRoom['@guid'] : undefined) ?? dayRoom;
        addOnce(result.rooms, sessionRoom);
        const id = text(event['@id']);
        if (id && !/^[1-9]\d*$/.test(id)) result.warnings.push({ where, message: `id "${id}" is not a positive number as the XSD wants: kept as text` });
        result.sessions.push({
          key: text(event['@guid']) ?? text(event['@code']) ?? id ?? `${dayIndex}-${dayRoom}-${eventIndex}`,
          code: text(event['@code']) ?? id,
          title,
          subtitle: content(event['subtitle']),
          type: content(event['type']),
          start,
          durationMinutes,
          room: sessionRoom,
          track,
          language: content(event['language']),
          abstract: content(event['abstract']) ?? content(event['description']),
          url: content(event['url']),
          people,
          where,
        });
      });
    }
  });
  return result;
}
