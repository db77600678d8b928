import { plainText } from '../content/plain-text.ts';
import { instantAt, isTimeZone } from '../time/zoned.ts';

/** The formats the importer reads. */
export type ImportFormat = 'frab-xml' | 'pretalx-xml' | 'c3voc-json' | 'pretalx-json' | 'c3voc-schedule2' | 'sessionize' | 'icalendar';

export const FORMAT_NAMES: Record<ImportFormat, string> = {
  'frab-xml': 'frab schedule.xml',
  'pretalx-xml': 'pretalx schedule.xml',
  'c3voc-json': 'C3VOC schedule.json',
  'pretalx-json': 'pretalx schedule.json',
  'c3voc-schedule2': 'C3VOC schedule2 JSON',
  sessionize: 'Sessionize JSON',
  icalendar: 'iCalendar (.ics)',
};

/** A person as the schedule gives them. */
export interface ImportedPerson {
  /** The source's id for the person (guid, code, id), or the name when it has none. */
  key: string;
  name: string;
  bio?: string | undefined;
  /** Job title or tag line. */
  role?: string | undefined;
  /** Public profile URLs, as given. */
  links: string[];
}

/** A session as the schedule gives it, before any Carnet id is chosen. */
export interface ImportedSession {
  /** Unique within the file: guid, or id, or code. */
  key: string;
  /** The organisers' short code (pretalx code, frab id, Sessionize id), kept in the note. */
  code?: string | undefined;
  title: string;
  subtitle?: string | undefined;
  /** The source's own word for the kind of session ("Talk", "lecture", "Workshop 60 Min"). */
  type?: string | undefined;
  start?: Date | undefined;
  durationMinutes?: number | undefined;
  /** Room name. */
  room?: string | undefined;
  /** Track name. */
  track?: string | undefined;
  /** Language code as given ("en", "de"). */
  language?: string | undefined;
  abstract?: string | undefined;
  /** The session's page in the official programme. */
  url?: string | undefined;
  /** Keys of `ImportedSchedule.people`, in display order. */
  people: string[];
  /** Where the session is in the file, for messages. */
  where: string;
}

/** A break or meal of the schedule, with its time: becomes one of the event's `breaks`. */
export interface ImportedBreak {
  label: string;
  start: Date;
  durationMinutes: number;
  where: string;
}

/** Something odd but readable in the file: reported, then worked around. */
export interface ImportWarning {
  /** Where in the file (a JSON path, an XML path or a line). */
  where: string;
  message: string;
}

/** What every reader turns its format into: one neutral shape the planner works from. */
export interface ImportedSchedule {
  format: ImportFormat;
  title?: string | undefined;
  /** First and last day (YYYY-MM-DD), when the file says. */
  startDate?: string | undefined;
  endDate?: string | undefined;
  /** IANA zone, when the file says. */
  timeZone?: string | undefined;
  url?: string | undefined;
  description?: string | undefined;
  /** Room names in the file's order. */
  rooms: string[];
  /** Track names in the file's order. */
  tracks: string[];
  people: Map<string, ImportedPerson>;
  sessions: ImportedSession[];
  /** Sessions the file has that are not talks (breaks, meals), left out on purpose. */
  left: { title: string; where: string; reason: string }[];
  /** Breaks and meals with a time, for the event's `breaks`; absent when the file has none. */
  breaks?: ImportedBreak[] | undefined;
  warnings: ImportWarning[];
}

/** Input the importer cannot read. Names the file and the place in it. */
export class ImportError extends Error {
  readonly file: string;
  readonly where: string;
  constructor(file: string, where: string, message: string) {
    super(`${file}${where ? `: ${where}` : ''}: ${message}`);
    this.name = 'ImportError';
    this.file = file;
    this.where = where;
  }
}

/** What a reader needs besides the text. */
export interface ReadOptions {
  /** The file's name, for messages. */
  file: string;
  /** Zone to read times without offset in, when the file names none. */
  timeZone?: string | undefined;
}

export function emptySchedule(format: ImportFormat): ImportedSchedule {
  return { format, rooms: [], tracks: [], people: new Map(), sessions: [], left: [], warnings: [] };
}

/** Line and column (1-based) of a character offset, as errors give them. */
export function lineColumn(source: string, offset: number): string {
  const before = source.slice(0, Math.max(0, Math.min(offset, source.length)));
  const line = before.split('\n').length;
  return `line ${line}, column ${offset - before.lastIndexOf('\n')}`;
}

/** Adds a value to a list once, keeping the first order seen. */
export function addOnce(list: string[], value: string | undefined): void {
  if (value && !list.includes(value)) list.push(value);
}

/**
 * Text from a value that may be a string, a number, null or absent; on one line, trimmed,
 * undefined when empty. Control characters are dropped: one pasted from a word processor (a
 * vertical tab) would otherwise make the whole import refused by the checks.
 */
export function text(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = plainText(value).replace(/\s+/g, ' ').trim();
  return trimmed === '' ? undefined : trimmed;
}

/** "00:30", "1:30", "01:30:00" as minutes; undefined when it is not a duration. */
export function parseDuration(value: unknown): number | undefined {
  const raw = text(value);
  if (!raw) return undefined;
  const match = /^(\d{1,3}):([0-5]\d)(?::([0-5]\d))?$/.exec(raw);
  if (!match) return undefined;
  return Number(match[1]) * 60 + Number(match[2]) + Math.round(Number(match[3] ?? 0) / 60);
}

const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;
const WITHOUT_OFFSET = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?$/;

/**
 * Reads a date and time. With an offset, it is that instant. Without one, it is read as a wall
 * time in `zone` and a warning says so. Anything else is a warning and no time.
 */
export function parseInstant(value: unknown, zone: string, where: string, warnings: ImportWarning[]): Date | undefined {
  const raw = text(value);
  if (!raw) return undefined;
  if (WITH_OFFSET.test(raw)) {
    const instant = new Date(raw);
    if (!Number.isNaN(instant.getTime())) return instant;
  }
  const local = WITHOUT_OFFSET.exec(raw);
  if (local) {
    warnings.push({ where, message: `time "${raw}" has no UTC offset: read as ${zone} time` });
    return instantAt(local[1]!, local[2]!, zone);
  }
  warnings.push({ where, message: `"${raw}" is not a date and time: the session is imported without one` });
  return undefined;
}

/** The zone named by the file, else the one given on the command line, else UTC; with warnings when unsure. */
export function chooseZone(fromFile: unknown, options: ReadOptions, where: string, warnings: ImportWarning[]): string {
  const named = text(fromFile);
  if (named && isTimeZone(named)) return named;
  if (named) warnings.push({ where, message: `"${named}" is not a time zone name` });
  if (options.timeZone) return options.timeZone;
  warnings.push({ where, message: 'the file names no time zone: UTC is used (pass --timezone Europe/Paris to choose one)' });
  return 'UTC';
}

/** "2026-10-02" or "2026-10-02T09:30:00+02:00" as a calendar day; undefined otherwise. */
export function dayOf(value: unknown): string | undefined {
  const raw = text(value);
  return raw && /^\d{4}-\d{2}-\d{2}/.test(raw) ? raw.slice(0, 10) : undefined;
}

/** A JSON path for messages: `schedule.conference.days[0].rooms["Gray Room"][3]`. */
export function jsonPath(...parts: (string | number)[]): string {
  return parts
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : /^[A-Za-z_$][\w$]*$/.test(part) ? `${i ? '.' : ''}${part}` : `[${JSON.stringify(part)}]`))
    .join('');
}
