// iCalendar (RFC 5545) files as a schedule: what Meetup, Luma, Google Calendar, Outlook and
// conference tools publish. Parsing (line unfolding, CRLF, escapes, time zones, recurrence
// rules) is node-ical's; this module only maps its entries onto the importer's model and says
// what it had to guess.
import ical, { type CalendarResponse, type DateWithTimeZone, type VEvent } from 'node-ical';
import { localDay } from '../time/dates.ts';
import { instantAt, isTimeZone } from '../time/zoned.ts';
import { addOnce, chooseZone, emptySchedule, ImportError, text, type ImportedSchedule, type ImportWarning, type ReadOptions } from './model.ts';

/**
 * How far an open-ended series (an RRULE without UNTIL or COUNT) is read: a year from its first
 * date, or three months past the day the calendar was written (its DTSTAMP), whichever is later.
 * The file's own date keeps the result the same whenever the import runs.
 */
const OPEN_SERIES_DAYS = 366;
const OPEN_SERIES_AHEAD_DAYS = 92;
/** At most this many dates of one series: beyond, a rule is more likely a mistake than a programme. */
const MAX_OCCURRENCES = 500;
const DAY_MS = 86_400_000;

/** True when a text is an iCalendar file (after any blank lines). */
export function isICalendar(source: string): boolean {
  return /^BEGIN:VCALENDAR\b/i.test(source.trimStart());
}

/** A property that node-ical gives as text, or as `{ val, params }` when it had parameters. */
function value(property: unknown): string | undefined {
  if (property && typeof property === 'object' && 'val' in property) return text((property as { val: unknown }).val);
  return text(property);
}

/** A parameter of a property (`SUMMARY;LANGUAGE=de:…`), when node-ical kept it. */
function parameter(property: unknown, name: string): string | undefined {
  return property && typeof property === 'object' && 'params' in property ? text((property as { params?: Record<string, unknown> }).params?.[name]) : undefined;
}

/** The CN parameter of an ORGANIZER or ATTENDEE, and its address. */
function person(property: unknown): { name?: string | undefined; address?: string | undefined } {
  if (!property || typeof property !== 'object' || !('params' in property)) return { address: text(property) };
  const { params, val } = property as { params?: Record<string, unknown>; val?: unknown };
  return { name: text(params?.['CN'])?.replace(/^"|"$/g, ''), address: text(val)?.replace(/^"|"$/g, '') };
}

/** The wall-clock parts of a Date as the process's local time, which is how node-ical builds floating and all-day dates. */
function localParts(date: Date): { day: string; time: string } {
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    day: `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`,
    time: `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`,
  };
}

/** The line of each UID in the file, so messages can point at an entry. */
function uidLines(source: string): Map<string, number> {
  const lines = new Map<string, number>();
  source.split(/\r?\n/).forEach((line, i) => {
    const match = /^UID:(.*)$/i.exec(line);
    if (match && !lines.has(match[1]!.trim())) lines.set(match[1]!.trim(), i + 1);
  });
  return lines;
}

/** A start or end as node-ical gives it, read in the calendar's zone when the file gave none. */
type When = { kind: 'instant'; at: Date } | { kind: 'day'; day: string } | { kind: 'none' };

/**
 * Reads an iCalendar file. Each VEVENT becomes a session: SUMMARY the title, DTSTART the start
 * (in its TZID, or the calendar's zone when floating), DTEND or DURATION the length, LOCATION
 * the room, DESCRIPTION the abstract, URL the programme link, CATEGORIES the track, and the CN
 * names of ORGANIZER and ATTENDEE the people. A recurring entry (RRULE, with its exceptions
 * and moved dates) becomes one session per date. X-WR-CALNAME and X-WR-TIMEZONE are the event's
 * name and zone. All-day entries are sessions without a time; cancelled ones are listed and
 * left out. Throws ImportError only when the file cannot be read at all.
 */
export function readICalendar(source: string, options: ReadOptions): ImportedSchedule {
  if (!/^END:VCALENDAR\s*$/im.test(source)) {
    throw new ImportError(options.file, `line ${source.split(/\r?\n/).length}`, 'has no END:VCALENDAR: the calendar is cut off (was it downloaded whole?)');
  }
  let data: CalendarResponse;
  try {
    data = ical.sync.parseICS(source);
  } catch (error) {
    throw new ImportError(options.file, '', `is not a readable iCalendar file: ${(error as Error).message}`);
  }
  const result = emptySchedule('icalendar');
  const calendar = (data['vcalendar'] ?? {}) as Record<string, unknown>;
  const events = Object.values(data).filter((item): item is VEvent => (item as { type?: string } | undefined)?.type === 'VEVENT');
  const lines = uidLines(source);

  // The zone: the calendar's own (X-WR-TIMEZONE), else the one most of its entries name.
  const declaredZone = value(calendar['WR-TIMEZONE']);
  const counts = new Map<string, number>();
  for (const event of events) {
    const tz = event.start?.tz;
    if (tz && isTimeZone(tz) && !/^(Etc\/)?UTC$/.test(tz)) counts.set(tz, (counts.get(tz) ?? 0) + 1);
  }
  const commonZone = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (declaredZone && !isTimeZone(declaredZone))
    result.warnings.push({ where: 'VCALENDAR > X-WR-TIMEZONE', message: `"${declaredZone}" is not a time zone name` });
  const ownZone = declaredZone && isTimeZone(declaredZone) ? declaredZone : undefined;
  if (!ownZone && commonZone && !options.timeZone)
    result.warnings.push({ where: 'VCALENDAR', message: `no X-WR-TIMEZONE: ${commonZone}, the zone its entries name, is the event's` });
  const zone = chooseZone(ownZone ?? (options.timeZone ? undefined : commonZone), options, 'VCALENDAR > X-WR-TIMEZONE', result.warnings);
  result.timeZone = zone;
  result.title = value(calendar['WR-CALNAME']);
  result.description = value(calendar['WR-CALDESC']);

  // Zones named by TZID that the file does not describe: node-ical knows the IANA and Windows
  // names; say so, since another reader might not.
  const described = new Set(
    Object.values(data).flatMap((item) => ((item as { type?: string })?.type === 'VTIMEZONE' ? [String((item as { tzid?: unknown }).tzid)] : [])),
  );
  const named = new Set([...source.matchAll(/^(?:DTSTART|DTEND)[^:\r\n]*?;TZID=(?:"([^"\r\n]+)"|([^":;\r\n]+))/gim)].map((match) => match[1] ?? match[2]!));
  for (const tzid of named) {
    if (!described.has(tzid))
      result.warnings.push({ where: `TZID=${tzid}`, message: `zone "${tzid}" has no VTIMEZONE in the file: read as the IANA or Windows zone of that name` });
  }

  const days: string[] = [];
  const when = (date: DateWithTimeZone | undefined, where: string, warnings: ImportWarning[]): When => {
    if (!(date instanceof Date) || Number.isNaN(date.getTime())) return { kind: 'none' };
    if (date.dateOnly) return { kind: 'day', day: localParts(date).day };
    if (!date.tz) {
      // A floating time is a wall time wherever the reader is: the calendar's zone is the best guess.
      const { day, time } = localParts(date);
      warnings.push({ where, message: `time ${day} ${time} has no zone (a floating time): read as ${zone} time` });
      return { kind: 'instant', at: instantAt(day, time, zone) };
    }
    if (!isTimeZone(date.tz)) warnings.push({ where, message: `TZID "${date.tz}" is not a time zone name: read with the UTC offset it gives` });
    return { kind: 'instant', at: new Date(date.getTime()) };
  };

  events.forEach((event, index) => {
    const uid = text(event.uid);
    const line = uid ? lines.get(uid) : undefined;
    const where = `VEVENT[${index + 1}]${line ? ` (line ${line})` : ''}`;
    const title = value(event.summary);
    if (!title) {
      result.left.push({ title: uid ?? `entry ${index + 1}`, where, reason: 'has no SUMMARY: a session needs a title' });
      return;
    }
    if (String(event.status ?? '').toUpperCase() === 'CANCELLED') {
      result.left.push({ title, where, reason: 'is cancelled (STATUS:CANCELLED)' });
      return;
    }
    const people: string[] = [];
    const attendees = Array.isArray(event.attendee) ? event.attendee : event.attendee ? [event.attendee] : [];
    for (const [i, property] of [event.organizer, ...attendees].entries()) {
      if (!property) continue;
      const { name, address } = person(property);
      const field = i === 0 && event.organizer ? 'ORGANIZER' : 'ATTENDEE';
      if (!name) continue;
      if (name.includes('@')) {
        result.warnings.push({ where: `${where} > ${field}`, message: `CN "${name}" is an e-mail address, not a name: left out` });
        continue;
      }
      const key = address?.toLowerCase() ?? name;
      if (!result.people.has(key)) result.people.set(key, { key, name, links: [] });
      if (!people.includes(key)) people.push(key);
    }
    const room = value(event.location);
    addOnce(result.rooms, room);
    const categories = Array.isArray(event.categories) ? event.categories.map(text).filter((c): c is string => !!c) : [];
    const track = categories[0];
    addOnce(result.tracks, track);
    // RFC 5545 lets SUMMARY and DESCRIPTION say their language; few files do.
    const language = parameter(event.summary, 'LANGUAGE') ?? parameter(event.description, 'LANGUAGE');
    const base = { title, room, track, language, abstract: value(event.description), url: value(event.url), people };

    /** One session from one date of the entry. */
    const add = (
      start: DateWithTimeZone | undefined,
      end: DateWithTimeZone | undefined,
      key: string,
      at: string,
      override?: { title?: string | undefined; room?: string | undefined },
    ) => {
      const from = when(start, `${at} > DTSTART`, result.warnings);
      const to = when(end, `${at} > DTEND`, []); // what DTSTART said of the zone holds for DTEND too
      if (from.kind === 'none') {
        result.warnings.push({ where: `${at} > DTSTART`, message: `"${String(start ?? '')}" is not a date: imported without a time` });
      }
      if (from.kind === 'day') {
        const last =
          to.kind === 'day' && to.day > from.day ? new Date(new Date(`${to.day}T00:00:00Z`).getTime() - DAY_MS).toISOString().slice(0, 10) : from.day;
        days.push(from.day, last);
        result.warnings.push({ where: at, message: `an all-day entry (${from.day}${last !== from.day ? ` to ${last}` : ''}): imported without a time` });
      }
      const startAt = from.kind === 'instant' ? from.at : undefined;
      if (startAt) days.push(localDay(startAt, zone));
      const endAt = to.kind === 'instant' ? to.at : undefined;
      const durationMinutes = startAt && endAt && endAt > startAt ? Math.round((endAt.getTime() - startAt.getTime()) / 60_000) : undefined;
      if (override?.room) addOnce(result.rooms, override.room);
      result.sessions.push({
        ...base,
        ...(override?.title ? { title: override.title } : {}),
        ...(override?.room ? { room: override.room } : {}),
        key,
        start: startAt,
        durationMinutes,
        where: at,
      });
    };

    if (!event.rrule) {
      add(event.start, event.end, uid ?? where, where);
      return;
    }
    // A series: one session per date, with its moved dates and exceptions (see docs/schedules.md).
    const rule = event.rrule.options as { until?: Date | null; count?: number | null };
    const first = event.start instanceof Date ? event.start : undefined;
    if (!first) {
      result.left.push({ title, where, reason: 'repeats (RRULE) but has no DTSTART to repeat from' });
      return;
    }
    const open = !rule.until && !rule.count;
    // COUNT alone ends the series itself: the window only has to be wide enough.
    const written = event.dtstamp instanceof Date && !Number.isNaN(event.dtstamp.getTime()) ? event.dtstamp.getTime() + OPEN_SERIES_AHEAD_DAYS * DAY_MS : 0;
    const last = open
      ? new Date(Math.max(first.getTime() + OPEN_SERIES_DAYS * DAY_MS, written))
      : (rule.until ?? new Date(first.getTime() + 100 * 365 * DAY_MS));
    if (open) {
      const range = `${first.toISOString().slice(0, 10)} to ${last.toISOString().slice(0, 10)}`;
      result.warnings.push({ where, message: `"${title}" repeats with no end (RRULE without UNTIL or COUNT): its dates from ${range} are imported` });
    }
    let instances;
    try {
      instances = ical.expandRecurringEvent(event, {
        from: new Date(first.getTime() - DAY_MS),
        to: new Date(last.getTime() + DAY_MS),
        includeOverrides: true,
        excludeExdates: true,
      });
    } catch (error) {
      result.warnings.push({ where, message: `its RRULE cannot be read (${(error as Error).message}): only its first date is imported` });
      add(event.start, event.end, uid ?? where, where);
      return;
    }
    if (instances.length > MAX_OCCURRENCES) {
      // An open series is kept nearest the day the calendar was written; a closed one from its start.
      result.warnings.push({
        where,
        message: `"${title}" repeats ${instances.length} times: only its ${open ? 'last' : 'first'} ${MAX_OCCURRENCES} dates are imported`,
      });
      instances = open ? instances.slice(-MAX_OCCURRENCES) : instances.slice(0, MAX_OCCURRENCES);
    }
    for (const instance of instances) {
      const at = `${where}, date ${instance.start.toISOString().slice(0, 10)}`;
      const moved = instance.isOverride ? instance.event : undefined;
      add(
        instance.start,
        instance.end,
        `${uid ?? where}@${instance.start.toISOString()}`,
        at,
        moved ? { title: value(moved.summary), room: value(moved.location) } : undefined,
      );
    }
  });
  days.sort();
  result.startDate = days[0];
  result.endDate = days.at(-1);
  return result;
}
