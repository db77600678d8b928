import { stringify } from 'yaml';
import { canonicalLanguage, MAX_LENGTH, SLUG_PATTERN } from '../../schema/common.ts';
import type { CarnetEvent } from '../../schema/event.ts';
import type { SessionKind } from '../../schema/session.ts';
import { speakerLinksSchema } from '../../schema/speaker.ts';
import { checkContent, type Problem, type SourceFile } from '../content/check.ts';
import { localDay } from '../time/dates.ts';
import { textProblem } from '../content/plain-text.ts';
import { DEFAULT_EVENT_COLOURS, RESERVED_EVENT_IDS } from '../content/rules.ts';
import { slugify } from '../content/slug.ts';
import { zonedIso } from '../time/zoned.ts';
import { FORMAT_NAMES, ImportError, type ImportedPerson, type ImportedSchedule, type ImportWarning } from './model.ts';

/** Choices the file cannot make: given on the command line. */
export interface PlanOptions {
  /** The new event's id: its folder and URL. */
  eventId: string;
  /** The imported file's name, quoted in what is written. */
  source: string;
  /** Language of a new event, and of sessions whose language the file does not give (or not as a code). */
  language?: 'fr' | 'en' | undefined;
  venue?: string | undefined;
  city?: string | undefined;
  /** Two-letter country code. */
  country?: string | undefined;
}

export interface ImportedFile {
  path: string;
  text: string;
  /** What the file is, for the report ("event", "person", "note"). */
  what: 'event' | 'person' | 'note';
}

/** One session of the file: its note is created, or it already has one, or it is refused and why. */
export interface SessionOutcome {
  title: string;
  /** Where it is in the file. */
  where: string;
  outcome: 'create' | 'skip' | 'refuse';
  /** The note's path (planned, existing, or the one it would have had). */
  path: string;
  /** Why it is skipped or refused, in words for the organiser. */
  reason?: string | undefined;
}

/** Everything the import would do, decided before anything is written. */
export interface ImportPlan {
  create: ImportedFile[];
  /** Files already there that say what the import would say: left alone. */
  skip: { path: string; reason: string }[];
  /** Files the import would need to change or replace: left alone, and said so. */
  conflicts: { path: string; reason: string }[];
  /** Sessions of the file left out on purpose (breaks, meals). */
  left: ImportedSchedule['left'];
  /** What becomes of each session of the file, in its order: so that none goes unaccounted for. */
  sessions: SessionOutcome[];
  warnings: ImportWarning[];
  /** Problems the planned content would have: when any, nothing may be written. */
  problems: Problem[];
}

const MAX_SLUG = 60;

// Content written into a new event.yaml until the organiser replaces it, in the event's language.
const PLACEHOLDERS = {
  fr: { venue: 'Lieu à préciser', city: 'Ville à préciser', description: (name: string, from: string) => `${name} : programme importé depuis ${from}.` },
  en: { venue: 'Venue to be confirmed', city: 'City to be confirmed', description: (name: string, from: string) => `${name}: schedule imported from ${from}.` },
};
const MAX_SUMMARY = 280;

/** "Talk 30 min + 10min Q&A", "lecture", "Workshop 60 Min", "Podium" as a Carnet kind. */
export function kindOf(type: string | undefined): { kind: SessionKind; known: boolean } {
  const value = (type ?? '').toLowerCase();
  if (/keynote|plenary|plénière/.test(value)) return { kind: 'keynote', known: true };
  if (/lightning|\blt\b|flash/.test(value)) return { kind: 'lightning', known: true };
  if (/workshop|atelier|hands-on|tutorial|lab\b|training/.test(value)) return { kind: 'workshop', known: true };
  if (/panel|round[- ]?table|table ronde|discussion|podium|fishbowl/.test(value)) return { kind: 'round-table', known: true };
  if (value === '' || /talk|lecture|session|conf|présentation|presentation|vortrag|other|performance/.test(value)) return { kind: 'talk', known: true };
  return { kind: 'talk', known: false };
}

/** A slug of at most MAX_SLUG characters, cut between words. */
export function shortSlug(text: string): string {
  // "Aiden's Session" reads better as aidens-session than aiden-s-session.
  const slug = slugify(text.replace(/(\p{L})['’](\p{L})/gu, '$1$2'));
  if (slug.length <= MAX_SLUG) return slug;
  const cut = slug.slice(0, MAX_SLUG + 1);
  return cut.slice(0, cut.lastIndexOf('-') > 20 ? cut.lastIndexOf('-') : MAX_SLUG).replace(/-+$/, '');
}

/** Text cut between words to at most `max` characters, "…" included. */
function shorten(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  const room = chars.slice(0, max - 1).join('');
  const space = room.search(/\s+\S*$/);
  return `${(space > room.length / 2 ? room.slice(0, space) : room).trimEnd()}…`;
}

/** A title longer than a title may be is shown shortened, the programme's wording kept as officialTitle. */
export function titleFields(title: string): { title: string; officialTitle?: string } {
  const short = shorten(title, MAX_LENGTH.title);
  return short === title ? { title } : { title: short, officialTitle: shorten(title, MAX_LENGTH.longTitle) };
}

/** The first sentences of a programme abstract, as plain text, for the note's summary. */
export function summaryOf(abstract: string | undefined): string | undefined {
  if (!abstract) return undefined;
  const plain = abstract
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`#>]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!plain) return undefined;
  const sentences = plain.match(/[^.!?]+[.!?]+(\s|$)|[^.!?]+$/g) ?? [plain];
  let summary = '';
  for (const sentence of sentences) {
    if (summary && (summary + sentence).length > MAX_SUMMARY) break;
    summary += sentence;
  }
  summary = summary.trim();
  if (summary.length > MAX_SUMMARY) summary = `${summary.slice(0, MAX_SUMMARY).replace(/\s+\S*$/, '')}…`;
  return summary;
}

/** Profile URLs as Carnet's speaker links, keeping only those the schema accepts. */
export function linksOf(urls: readonly string[]): Record<string, string> {
  const links: Record<string, string> = {};
  for (const raw of urls) {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      continue;
    }
    const host = url.hostname.replace(/^www\./, '');
    const first = url.pathname.split('/').filter(Boolean);
    const candidates: [keyof typeof speakerLinksSchema.shape, string | undefined][] = [
      ['github', host === 'github.com' ? first[0] : undefined],
      ['x', host === 'twitter.com' || host === 'x.com' ? first[0] : undefined],
      ['linkedin', host === 'linkedin.com' && first[0] === 'in' && first[1] ? `in/${first[1]}` : undefined],
      ['bluesky', host === 'bsky.app' && first[0] === 'profile' ? first[1] : undefined],
      ['mastodon', first[0]?.startsWith('@') && first.length === 1 ? `${first[0]}@${host}` : undefined],
    ];
    const found = candidates.find(([, value]) => value !== undefined);
    const [field, value] = found ?? ['website', url.protocol === 'https:' ? url.href : undefined];
    if (value === undefined || links[field]) continue;
    if (speakerLinksSchema.shape[field].safeParse(value).success) links[field] = value;
  }
  return links;
}

const yamlText = (data: unknown) => stringify(data, { lineWidth: 0 });

/** Ids for names, unique, in order: a room or track list of the new event. */
function idsFor(names: readonly string[], fallback: string): { id: string; name: string }[] {
  const taken = new Set<string>();
  return names.map((name, i) => {
    const base = slugify(name) || `${fallback}-${i + 1}`;
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return { id, name };
  });
}

/**
 * Matches names of the file to the entries of an existing event: by the exact name first,
 * then by id or by name without case and accents. The loose match never takes an entry that
 * another name of the file has exactly: "Saal 1" and "Saal-1", or "DevOps" and "devops", stay
 * two rooms or tracks, as the event told them apart when it was made.
 */
export function matchNames(names: readonly string[], existing: readonly { id: string; name: string }[]): { found: Map<string, string>; missing: string[] } {
  const found = new Map<string, string>();
  const missing: string[] = [];
  const exact = new Set(existing.filter((item) => names.includes(item.name)).map((item) => item.id));
  for (const name of names) {
    const hit =
      existing.find((item) => item.name === name) ??
      existing.find((item) => !exact.has(item.id) && (item.id === slugify(name) || item.name.localeCompare(name, undefined, { sensitivity: 'base' }) === 0));
    if (hit) found.set(name, hit.id);
    else missing.push(name);
  }
  return { found, missing };
}

/** The names a plan needs: those the file declares and its sessions use, in the file's order, then any a session names that the file does not declare. */
export function namesUsed(declared: readonly string[], used: readonly (string | undefined)[]): string[] {
  const names = declared.filter((name) => used.includes(name));
  for (const name of used) if (name && !names.includes(name)) names.push(name);
  return names;
}

/**
 * Decides what importing a schedule into `content/` would create, skip and find in conflict,
 * without writing anything. Existing files are never replaced: a note already there for the
 * same session (same code, or same title) is skipped; a different file at the same path is a
 * conflict. People are matched to existing speakers by name. The planned tree is then checked
 * like any contribution (`checkContent`); any problem means nothing may be written.
 */
export function planImport(schedule: ImportedSchedule, files: readonly SourceFile[], options: PlanOptions): ImportPlan {
  const { eventId } = options;
  if (!SLUG_PATTERN.test(eventId))
    throw new ImportError('--event', '', `"${eventId}" must be lower-case words joined by hyphens, like kcd-france-2027 (it is the event's folder and URL)`);
  if (RESERVED_EVENT_IDS.includes(eventId)) throw new ImportError('--event', '', `"${eventId}" is a path the site uses itself: choose another event id`);

  const plan: ImportPlan = { create: [], skip: [], conflicts: [], left: schedule.left, sessions: [], warnings: [...schedule.warnings], problems: [] };
  const { content } = checkContent(files);
  const paths = new Set(files.map((file) => file.path));
  const eventPath = `content/events/${eventId}/event.yaml`;
  const existing = content.events.get(eventId);
  if (paths.has(eventPath) && !existing) {
    plan.problems.push({ file: eventPath, message: 'exists but is not valid: fix it first (npm run check), then import again' });
    return plan;
  }
  const zone = existing?.timeZone ?? schedule.timeZone ?? 'UTC';
  const sessions = schedule.sessions;

  // Rooms and tracks: the existing event's, or new ones made from the file's names.
  // A session's room or track is one of the event's even when the file forgot to declare it
  // (rooms declared day by day, or only some of them in the conference's list).
  const usedRooms = namesUsed(
    schedule.rooms,
    sessions.map((s) => s.room),
  );
  const usedTracks = namesUsed(
    schedule.tracks,
    sessions.map((s) => s.track),
  );
  let roomIds: Map<string, string>;
  let trackIds: Map<string, string>;
  let event: CarnetEvent | undefined = existing;
  if (existing) {
    const rooms = matchNames(usedRooms, existing.rooms);
    const tracks = matchNames(usedTracks, existing.tracks);
    roomIds = rooms.found;
    trackIds = tracks.found;
    const [missingRooms, missingTracks] = [rooms.missing, tracks.missing];
    plan.skip.push({ path: eventPath, reason: 'the event exists: left as it is' });
    if (schedule.breaks?.length)
      plan.warnings.push({
        where: eventPath,
        message: `breaks and meals of the file not written (the event exists): add them to its breaks by hand to name them (${schedule.breaks.map((b) => b.label).join(', ')})`,
      });
    if (missingRooms.length + missingTracks.length > 0) {
      const what = [...missingRooms.map((r) => `room "${r}"`), ...missingTracks.map((t) => `track "${t}"`)].join(', ');
      plan.conflicts.push({ path: eventPath, reason: `has no ${what}: add them to it and import again; their sessions are not written` });
    }
  } else {
    const rooms = idsFor(usedRooms, 'room');
    const tracks = idsFor(usedTracks, 'track');
    roomIds = new Map(rooms.map((room) => [room.name, room.id]));
    trackIds = new Map(tracks.map((track) => [track.name, track.id]));
    const breaks = schedule.breaks ?? [];
    const days = [...sessions, ...breaks].flatMap((s) => (s.start ? [localDay(s.start, zone)] : []));
    for (const day of [schedule.startDate, schedule.endDate]) if (day) days.push(day);
    days.sort();
    if (days.length === 0) {
      plan.problems.push({
        file: options.source,
        message: 'gives no dates and no session times: create content/events/<id>/event.yaml by hand first, then import into it',
      });
      return plan;
    }
    const languages = sessions.map((s) => s.language?.slice(0, 2).toLowerCase());
    const majority = languages.filter((l) => l === 'fr').length > languages.filter((l) => l === 'en').length ? 'fr' : 'en';
    const name = schedule.title ?? eventId;
    const language = options.language ?? majority;
    const placeholder = PLACEHOLDERS[language];
    event = {
      name,
      shortName: name,
      startDate: days[0]!,
      endDate: days.at(-1)!,
      timeZone: zone,
      language,
      venue: { name: options.venue ?? placeholder.venue, city: options.city ?? placeholder.city, country: options.country ?? 'ZZ' },
      website: schedule.url?.startsWith('https://') ? schedule.url : undefined,
      description: schedule.description ?? placeholder.description(name, `${FORMAT_NAMES[schedule.format]} (${options.source})`),
      highlights: [],
      links: [],
      rooms,
      tracks,
      breaks: breaks.map(({ label, start, durationMinutes }) => ({ label, start, durationMinutes })),
      partners: [],
      organisers: [],
      affiliations: [],
      playlist: undefined,
      colours: { ...DEFAULT_EVENT_COLOURS },
    };
    if (!options.venue || !options.city || !options.country) {
      plan.warnings.push({
        where: eventPath,
        message: 'venue, city or country unknown: placeholders written, fill them in (or pass --venue, --city, --country)',
      });
    }
    const {
      colours: _colours,
      highlights: _h,
      links: _l,
      partners: _p,
      organisers: _o,
      affiliations: _a,
      playlist: _pl,
      website,
      breaks: named,
      ...rest
    } = event;
    // Breaks are written with the event's offset, like session starts.
    const breakLines = named.map((b) => ({ label: b.label, start: zonedIso(b.start, zone), durationMinutes: b.durationMinutes }));
    plan.create.push({
      path: eventPath,
      what: 'event',
      text: `# Imported from ${options.source} (${FORMAT_NAMES[schedule.format]}). Check the venue and description.\n${yamlText({ ...rest, ...(website ? { website } : {}), ...(breakLines.length ? { breaks: breakLines } : {}) })}`,
    });
  }

  // People: matched to existing speakers by name, by a name they are also known by, or by a
  // former file name; created once otherwise. A person's own name and id win over another's alias.
  const byName = new Map<string, string>();
  for (const [id, speaker] of content.speakers) {
    for (const other of [...speaker.formerIds, ...speaker.aliases.map(slugify)]) if (other && !byName.has(other)) byName.set(other, id);
  }
  for (const [id, speaker] of content.speakers) {
    byName.set(id, id);
    byName.set(slugify(speaker.name), id);
  }
  const personIds = new Map<string, string>();
  const planned = new Set<string>();
  const personId = (person: ImportedPerson): string => {
    const known = personIds.get(person.key);
    if (known) return known;
    const slug = slugify(person.name) || `person-${slugify(person.key)}`;
    const existingId = byName.get(slug);
    if (existingId) {
      personIds.set(person.key, existingId);
      if (!planned.has(existingId)) {
        planned.add(existingId);
        plan.skip.push({ path: `content/speakers/${existingId}.yaml`, reason: `"${person.name}" is already known` });
      }
      return existingId;
    }
    const path = `content/speakers/${slug}.yaml`;
    personIds.set(person.key, slug);
    const namesake = [...personIds].find(([key, id]) => id === slug && key !== person.key);
    const first = namesake && schedule.people.get(namesake[0]);
    if (first && first.name !== person.name) {
      plan.warnings.push({
        where: options.source,
        message: `"${first.name}" and "${person.name}" are different entries of the file but one name: taken as one person, ${slug}`,
      });
    }
    if (!planned.has(slug)) {
      planned.add(slug);
      if (paths.has(path)) {
        plan.conflicts.push({ path, reason: `exists but is not valid, so "${person.name}" cannot be matched to it` });
      } else {
        const links = linksOf(person.links);
        const bio = summaryOf(person.bio);
        plan.create.push({
          path,
          what: 'person',
          // The person's role (a tag line) is true of this event: it goes on their sessions' affiliations.
          text: yamlText({ name: person.name, ...(bio ? { bio } : {}), ...(Object.keys(links).length ? { links } : {}) }),
        });
      }
    }
    return slug;
  };

  // Sessions: one stub note each, unless the event already has a note for it.
  const notes = [...content.sessions.values()].filter((note) => note.event === eventId);
  const noteFiles = new Set([...paths].filter((path) => path.startsWith(`content/events/${eventId}/sessions/`)));
  const takenSlugs = new Set([...noteFiles].map((path) => path.replace(/^.*\/|\.mdx?$/g, '')));
  const unknownTypes = new Map<string, number>();
  const otherLanguages = new Map<string, number>();
  const outcome = (session: (typeof sessions)[number], result: SessionOutcome['outcome'], path: string, reason?: string) =>
    plan.sessions.push({ title: session.title, where: session.where, outcome: result, path, ...(reason ? { reason } : {}) });
  for (const session of sessions) {
    // Same code, or same title where either side has no code: two sessions with one title
    // ("Lightning talks" each day) but different codes are different sessions.
    // Without codes, a title and a start: the dates of a meetup series share their title.
    const sameStart = (start: Date | undefined) => !start || !session.start || start.getTime() === session.start.getTime();
    const match =
      notes.find((note) => session.code && note.data.code === session.code) ??
      notes.find((note) => (!session.code || !note.data.code) && slugify(note.data.title) === slugify(session.title) && sameStart(note.data.start));
    if (match) {
      plan.skip.push({ path: match.file, reason: `already the note of "${session.title}"` });
      outcome(session, 'skip', match.file, 'already has a note');
      continue;
    }
    let slug = shortSlug(session.title) || `session-${slugify(session.code ?? session.key)}`;
    const candidate = `content/events/${eventId}/sessions/${slug}.md`;
    // A note there with the same title but another start is another date of a series: the new
    // date takes a suffix. Any other note there may be this session renamed: a person decides.
    const there = notes.find((note) => note.file === candidate || note.file === `${candidate}x`);
    const sameTitle = there && slugify(there.data.title) === slugify(session.title);
    if (!sameTitle && (noteFiles.has(candidate) || noteFiles.has(`${candidate}x`))) {
      const path = noteFiles.has(candidate) ? candidate : `${candidate}x`;
      const reason = `holds another session than "${session.title}" (${session.where}): not overwritten`;
      plan.conflicts.push({ path, reason });
      outcome(session, 'refuse', path, reason);
      continue;
    }
    // Two sessions with one title: the code tells them apart, else the day (a series), else a number.
    if (takenSlugs.has(slug)) {
      const base = slug;
      const suffixes = [session.code && slugify(session.code).slice(0, 20), session.start && localDay(session.start, zone)].filter((s): s is string => !!s);
      slug = suffixes.map((suffix) => `${base}-${suffix}`).find((candidate) => !takenSlugs.has(candidate)) ?? base;
      for (let n = 2; takenSlugs.has(slug); n++) slug = `${base}-${n}`;
    }
    takenSlugs.add(slug);
    const path = `content/events/${eventId}/sessions/${slug}.md`;

    const room = session.room ? roomIds.get(session.room) : undefined;
    const track = session.track ? trackIds.get(session.track) : undefined;
    const lacking = [...(session.room && !room ? [`room "${session.room}"`] : []), ...(session.track && !track ? [`track "${session.track}"`] : [])];
    if (lacking.length > 0) {
      const reason = `"${session.title}" (${session.where}) is in ${lacking.join(' and ')}, which ${eventPath} does not have: add it there and import again; not written`;
      plan.conflicts.push({ path, reason });
      outcome(session, 'refuse', path, reason);
      continue;
    }
    const day = session.start && localDay(session.start, zone);
    if (day && (day < event!.startDate || day > event!.endDate)) {
      const reason = `"${session.title}" is on ${day}, outside the event's dates in ${eventPath} (${event!.startDate} to ${event!.endDate}): widen them and import again; not written`;
      plan.conflicts.push({ path, reason });
      outcome(session, 'refuse', path, reason);
      continue;
    }
    const { kind, known } = kindOf(session.type);
    if (!known) unknownTypes.set(session.type!, (unknownTypes.get(session.type!) ?? 0) + 1);
    // The language as the file gives it ("de", "cs", "pt-BR"), in canonical form; the event's
    // (or --language) only when the file gives none, or something that is not a language code.
    const spoken = session.language ? canonicalLanguage(session.language) : undefined;
    const language = spoken ?? options.language ?? event!.language;
    if (session.language && !spoken) otherLanguages.set(session.language, (otherLanguages.get(session.language) ?? 0) + 1);
    const people = session.people.flatMap((key) => {
      const person = schedule.people.get(key);
      return person ? [personId(person)] : [];
    });
    const uniquePeople = [...new Set(people)];
    // A person's tag line ("Developer Advocate at Acme") as the schedule gives it for this event.
    const roles = new Map(
      session.people.flatMap((key) => {
        const person = schedule.people.get(key);
        const role = person?.role && textProblem(person.role, { max: MAX_LENGTH.name }) === undefined ? person.role : undefined;
        return person && role ? [[personId(person), role] as const] : [];
      }),
    );
    const affiliations = uniquePeople.filter((id) => roles.has(id)).map((id) => ({ person: id, role: roles.get(id)! }));
    let durationMinutes = session.durationMinutes;
    if (durationMinutes !== undefined && (durationMinutes < 1 || durationMinutes > 24 * 60)) {
      plan.warnings.push({ where: session.where, message: `a length of ${durationMinutes} minutes is not one Carnet keeps: imported without one` });
      durationMinutes = undefined;
    }
    let programmeUrl: string | undefined;
    try {
      programmeUrl = session.url && new URL(session.url).protocol === 'https:' ? session.url : undefined;
    } catch {
      programmeUrl = undefined;
    }
    const summary = session.subtitle ?? summaryOf(session.abstract);
    const titles = titleFields(session.title);
    if (titles.officialTitle)
      plan.warnings.push({
        where: session.where,
        message: `a title of ${[...session.title].length} characters: shortened to ${MAX_LENGTH.title}, the programme's wording kept as officialTitle`,
      });
    const front = {
      ...titles,
      kind,
      ...(kind === 'round-table' ? { panelists: uniquePeople } : { speakers: uniquePeople }),
      ...(track ? { track } : {}),
      ...(room ? { room } : {}),
      ...(session.start ? { start: zonedIso(session.start, zone) } : {}),
      ...(durationMinutes ? { durationMinutes } : {}),
      language,
      ...(session.code && /^[A-Za-z0-9_-]+$/.test(session.code) ? { code: session.code } : {}),
      ...(programmeUrl ? { programmeUrl } : {}),
      ...(summary ? { summary } : {}),
      ...(affiliations.length ? { affiliations } : {}),
    };
    plan.create.push({ path, what: 'note', text: `---\n${yamlText(front)}---\n` });
    outcome(session, 'create', path);
  }
  for (const [type, count] of unknownTypes)
    plan.warnings.push({
      where: options.source,
      message: `${count} session${count > 1 ? 's' : ''} of type "${type}", which Carnet does not know: imported as talks`,
    });
  for (const [code, count] of otherLanguages) {
    plan.warnings.push({
      where: options.source,
      message: `${count} session${count > 1 ? 's' : ''} in "${code}", which is not a language code (BCP 47, like "de" or "pt-BR"): marked ${options.language ?? event!.language} (pass --language to choose)`,
    });
  }

  // The planned content is checked like a contribution: the same messages, the same rules.
  plan.problems = checkContent([...files, ...plan.create.map(({ path, text }) => ({ path, text }))]).problems;
  return plan;
}
