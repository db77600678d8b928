import type { z } from 'astro/zod';
import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';
import { isMap, LineCounter, parseDocument, visit, type Document } from 'yaml';
import {
  eventSchema,
  noteSchema,
  replaysFileSchema,
  sessionSchema,
  siteSchema,
  speakerSchema,
  topicsFileSchema,
  type CarnetEvent,
  type Note,
  type ReplaysFile,
  type Session,
  type Speaker,
  type Topic,
} from '../../schema/index.ts';
import { localDay } from '../time/dates.ts';
import { formatProblem, type Problem } from './problem.ts';
import { contentKind, type CollectionKind } from './files.ts';
import { lineFinder, type TimestampUse } from '../markdown/safety.ts';
import { forbiddenCharacter } from './plain-text.ts';
import { noteHazards } from '../markdown/note-hazards.ts';
import { replayStateFor } from '../replay/state.ts';
import { readTimestamp } from '../replay/timestamp.ts';
import { RESERVED_EVENT_IDS, RESERVED_SESSION_SLUGS, SLUG_PATTERN, TRANSCRIPT_PATH } from './rules.ts';
import { closest } from './suggest.ts';

// In a module of its own so the build's main thread can print problems without loading the checks.
export { formatProblem, type Problem };

/** A file of the content folder, its path relative to the repository root. */
export interface SourceFile {
  path: string;
  /** A symbolic link, listed so that it is refused: the loaders would follow it out of content/. */
  symlink?: boolean;
  /** The file's text; empty for images, which are only listed. */
  text: string;
  /** Size in bytes, when known without the text (images). */
  size?: number;
}


/**
 * A file as Astro's content collections load it (src/build/content-loader.ts): its YAML (a note's
 * front matter) as the checks parsed it, before any schema, so that the build reads and parses
 * each file once. Every file that parsed has its entries, valid or not: the collection's schema
 * validates them again where Astro needs its own (an image's path becomes an image).
 */
export interface LoadedEntry {
  kind: CollectionKind;
  /** The collection id: `<event>`, `<event>/<slug>`, `<event>/<slug>/<name>`, a person's or a topic's id, `<event>/transcripts/<name>.vtt`. */
  id: string;
  /** The file's path under the content folder (`events/kcd/sessions/talk.md`). */
  file: string;
  data: unknown;
  /** A note's Markdown or MDX, trimmed as Astro trims it. */
  body?: string;
}

export interface SessionEntry {
  /** `<event>/<slug>`, the collection id and the page's path. */
  id: string;
  event: string;
  slug: string;
  data: Session;
  body: string;
  file: string;
}

/** A further note on a session (`sessions/<slug>/<name>.md`). */
export interface NoteEntry {
  /** `<event>/<slug>/<name>`, the collection id. */
  id: string;
  event: string;
  /** The session's slug. */
  session: string;
  /** The note's file name, without its extension: its anchor on the page and the name `translationOf` uses. */
  name: string;
  data: Note;
  body: string;
  file: string;
}

/** Everything in `content/`, validated and cross-checked. */
export interface Content {
  /** Further notes on sessions, by id. */
  notes: Map<string, NoteEntry>;
  events: Map<string, CarnetEvent>;
  speakers: Map<string, Speaker>;
  topics: Map<string, Topic>;
  sessions: Map<string, SessionEntry>;
  replays: Map<string, ReplaysFile>;
  /** The text of each transcript, by `<event>/transcripts/<name>.vtt`; parsed by ../replay/transcript.ts. */
  transcripts: Map<string, string>;
}

type Path = readonly PropertyKey[];

/**
 * A parsed YAML text that can say on which line a field is. Most files are read by js-yaml,
 * several times faster; the `yaml` package, which knows where each node is, parses a file
 * again only to place a problem on its line.
 */
class Located {
  readonly #text: string;
  readonly #firstLine: number;
  readonly #lines = new LineCounter();
  #doc: Document | undefined;
  #data: unknown;

  constructor(text: string, firstLine: number, data?: unknown) {
    this.#text = text;
    this.#firstLine = firstLine;
    this.#data = data;
  }

  /** The file's value (null for an empty file); from the `yaml` document when js-yaml did not read it. */
  get data(): unknown {
    if (this.#data === undefined) this.#data = this.doc.toJS({ maxAliasCount: MAX_ALIASES }) ?? null;
    return this.#data;
  }

  get doc(): Document {
    return (this.#doc ??= parseDocument(this.#text, { lineCounter: this.#lines, prettyErrors: false }));
  }

  line(path: Path): number {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = this.doc.getIn(path.slice(0, depth) as unknown[], true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return this.#lines.linePos(node.range[0]).line + this.#firstLine - 1;
    }
    return this.#firstLine;
  }

  /** The line of a key in the map at `path`, for "this key is not allowed". */
  keyLine(path: Path, key: string): number {
    const map = path.length ? this.doc.getIn(path as unknown[], true) : this.doc.contents;
    if (isMap(map)) {
      const pair = map.items.find((item) => String((item.key as { value?: unknown })?.value) === key);
      const range = (pair?.key as { range?: [number, number, number] } | undefined)?.range;
      if (range) return this.#lines.linePos(range[0]).line + this.#firstLine - 1;
    }
    return this.line(path);
  }
}

function fieldName(path: Path): string {
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i ? '.' : ''}${String(part)}`)).join('');
}

function valueAt(data: unknown, path: Path): unknown {
  return path.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), data);
}

/** Validates `data` with `schema`, turning every issue into a problem with its line. */
function validate<T>(schema: z.ZodType<T>, data: unknown, file: string, located: Located, problems: Problem[], prefix: Path = []): T | undefined {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        problems.push({ file, line: located.keyLine(path, key), field: fieldName([...path, key]), message: 'is not a field Carnet knows (check its spelling)' });
      }
      continue;
    }
    const missing = issue.code === 'invalid_type' && valueAt(data, issue.path) === undefined;
    const message = missing ? `is required (${issue.expected === 'string' ? 'text' : `expected ${issue.expected}`})` : issue.message;
    problems.push({ file, line: located.line(path), field: fieldName(path) || undefined, message });
  }
  return undefined;
}

/** How many aliases a YAML file may expand: a few nested ones can otherwise make millions of values. */
const MAX_ALIASES = 100;

/**
 * Anchors, aliases and tags (`&a`, `*a`, `!tag`) go to the `yaml` package, which bounds how far
 * aliases expand; a file without them reads the same with either parser (tested).
 */
export const NEEDS_FULL_PARSER = /[&*!][^\s]/;

function parseYaml(text: string, file: string, problems: Problem[], firstLine = 1): Located | undefined {
  // The characters no text may hold (src/lib/content/plain-text.ts), refused in the file as written: js-yaml,
  // which reads front matter for Astro, refuses most of them, and the rest would reach a field.
  const bad = forbiddenCharacter(text);
  if (bad) {
    const code = `U+${bad.character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    problems.push({ file, line: lineFinder(text, firstLine)(bad.index), message: `holds the invisible character ${code}, which YAML does not allow (delete it; retype the line if you cannot see it)` });
    return undefined;
  }
  if (!NEEDS_FULL_PARSER.test(text)) {
    try {
      return new Located(text, firstLine, loadYaml(text, { schema: CORE_SCHEMA }) ?? null);
    } catch {
      // Not valid for js-yaml: the `yaml` package says why, and where.
    }
  }
  try {
    const located = new Located(text, firstLine);
    const error = located.doc.errors[0];
    if (!error) {
      // Tags make a parser build other values than the text says (!!timestamp reads a time
      // without offset as UTC, !!js/function is code), and Astro's parser and ours disagree on them.
      let tagged: number | undefined;
      visit(located.doc, {
        Node(_key, node) {
          if (node.tag && tagged === undefined) tagged = node.range?.[0] ?? 0;
        },
      });
      if (tagged !== undefined) {
        problems.push({ file, line: lineFinder(text, firstLine)(tagged), message: 'uses a YAML tag (like !!timestamp or !foo), which Carnet does not read: write the value plainly, a time in quotes like "2026-02-03T10:30:00+01:00"' });
        return undefined;
      }
      // Expanded now, so that an alias bomb is reported here as a problem of this file.
      void located.data;
      return located;
    }
    problems.push({ file, line: (error.linePos?.[0].line ?? 1) + firstLine - 1, message: `is not valid YAML: ${error.message.split('\n')[0]}` });
  } catch (error) {
    problems.push({ file, line: firstLine, message: `is not valid YAML: ${error instanceof Error ? error.message : String(error)}` });
  }
  return undefined;
}

/** Splits a note into its YAML front matter and its body. */
export function splitFrontMatter(text: string): { frontMatter: string; body: string } | undefined {
  const source = text.replace(/^\uFEFF/, '');
  // It ends where Astro ends it, at the first line that starts with --- or +++; that line must then
  // be --- alone, or the check and the build would read different front matter.
  const match = /^---\r?\n([\s\S]*?)\r?\n(---|\+\+\+)([^\r\n]*)(?:\r?\n|$)/.exec(source);
  if (!match || match[2] !== '---' || match[3]!.trim() !== '') return undefined;
  return { frontMatter: match[1] ?? '', body: source.slice(match[0].length) };
}

/** Each folder's guide, and the licence of content/: for people, never read as content. */
const FOR_PEOPLE = /(^|\/)README\.md$|^content\/LICENSE$/;
/** Images live next to people files and in an event's `sessions/images/`; SVG is refused (it can hold scripts). */
// Plain names only: an encoded `%2f` or other oddity in a file name reaches Vite as a path to resolve.
const IMAGE_FILE = /^content\/(speakers|events\/[^/]+\/sessions\/images)\/[A-Za-z0-9._-]+\.(jpe?g|png|webp|avif|gif)$/;

/** Largest text file (a note, a YAML file) Carnet accepts, in bytes. */
export const MAX_TEXT_BYTES = 200 * 1024;
/** Largest image Carnet accepts, in bytes. */
export const MAX_IMAGE_BYTES = 2 * 1024 * 1024;


function sizeProblem(file: SourceFile): Problem | undefined {
  const image = IMAGE_FILE.test(file.path);
  const size = file.size ?? new TextEncoder().encode(file.text).length;
  const limit = image ? MAX_IMAGE_BYTES : MAX_TEXT_BYTES;
  if (size <= limit) return undefined;
  // Rounded up, so that a file just over the limit never reads as being at it.
  const shown = (bytes: number) => (bytes >= 1024 * 1024 ? `${Math.ceil((bytes / 1024 / 1024) * 10) / 10} MB` : `${Math.ceil(bytes / 1024)} KB`);
  const advice = image ? 'resize it: 1600 pixels wide is plenty' : 'split it, or trim what is not the note';
  return { file: file.path, message: `is ${shown(size)}, over the ${shown(limit)} limit for ${image ? 'an image' : 'a text file'} (${advice})` };
}

/** Where a note's local image points, as a path from the repository root, or undefined when it leaves content/. */
function resolveAsset(note: string, url: string): string | undefined {
  let path = url.replace(/[?#].*$/, '');
  try {
    path = decodeURI(path);
  } catch {
    // A malformed escape stays as written: it will not match any file.
  }
  const parts = note.split('/').slice(0, -1);
  for (const part of path.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  const resolved = parts.join('/');
  return parts[0] === 'content' && parts.length > 1 ? resolved : undefined;
}

interface Pending {
  file: string;
  located: Located;
  check: () => void;
}

/**
 * Reads and checks every content file: each against its schema, then every reference
 * between them (speakers, topics, tracks, rooms, sessions named by replays). All problems
 * are collected, not only the first.
 */
export interface CheckedContent {
  problems: Problem[];
  content: Content;
  entries: LoadedEntry[];
}

export function checkContent(files: readonly SourceFile[]): CheckedContent {
  const problems: Problem[] = [];
  const entries: LoadedEntry[] = [];
  const load = (kind: CollectionKind, id: string, file: string, data: unknown, body?: string) =>
    entries.push({ kind, id, file: file.slice('content/'.length), data, ...(body === undefined ? {} : { body: body.trim() }) });
  const content: Content = { events: new Map(), speakers: new Map(), topics: new Map(), sessions: new Map(), notes: new Map(), replays: new Map(), transcripts: new Map() };
  const references: Pending[] = [];
  // Sessions found on disk, valid or not: a replay naming an invalid note is not a second problem.
  const sessionFiles = new Set<string>();
  const badId = (file: string, id: string, what: string) =>
    problems.push({ file, message: `the file name "${id}" must be lower-case words joined by hyphens, like aurelie-vache (it is the ${what}'s id and URL)` });

  const sorted = [...files].sort((a, b) => a.path.localeCompare(b.path));
  const images = new Set(files.filter((f) => IMAGE_FILE.test(f.path)).map((f) => f.path));
  // People whose file has problems of its own: notes naming them are not reported a second time.
  const invalidSpeakers = new Set<string>();
  // Former ids of people files, and whose they are now.
  const formerIds = new Map<string, string>();
  for (const source of sorted) {
    const { path: file, text } = source;
    if (source.symlink) {
      problems.push({ file, message: 'is a symbolic link: Carnet reads only plain files in content/ (copy the file here instead)' });
      continue;
    }
    if (FOR_PEOPLE.test(file)) continue;
    const tooBig = sizeProblem(source);
    if (tooBig) {
      problems.push(tooBig);
      continue;
    }
    if (IMAGE_FILE.test(file)) continue;
    const found = contentKind(file.slice('content/'.length));
    if (found?.kind === 'topics') {
      const located = parseYaml(text, file, problems);
      const topics = located && validate(topicsFileSchema, located.data, file, located, problems);
      if (Array.isArray(located?.data)) located.data.forEach((topic: { id?: unknown } | null) => typeof topic?.id === 'string' && load('topics', topic.id, file, topic));
      topics?.forEach((topic, index) => {
        if (content.topics.has(topic.id)) problems.push({ file, line: located!.line([index, 'id']), field: `[${index}].id`, message: `"${topic.id}" is used twice` });
        content.topics.set(topic.id, topic);
      });
    } else if (found?.kind === 'site') {
      const located = parseYaml(text, file, problems);
      if (located) validate(siteSchema, located.data ?? {}, file, located, problems);
    } else if (found?.kind === 'speakers') {
      const id = found.parts[0]!;
      if (!SLUG_PATTERN.test(id)) badId(file, id, 'person');
      const located = parseYaml(text, file, problems);
      if (located) load('speakers', id, file, located.data);
      const speaker = located && validate(speakerSchema, located.data, file, located, problems);
      if (speaker) content.speakers.set(id, speaker);
      else invalidSpeakers.add(id);
      if (speaker && located) checkSpeaker(id, speaker, located);
      if (speaker?.photo && !images.has(`content/speakers/${speaker.photo.slice(2)}`)) {
        problems.push({ file, line: located!.line(['photo']), field: 'photo', message: `"${speaker.photo}" is not in content/speakers/ (add the image next to this file, or remove the field)` });
      }
    } else if (found?.kind === 'events') {
      const id = found.parts[0]!;
      if (!SLUG_PATTERN.test(id)) badId(file, id, 'event');
      if (RESERVED_EVENT_IDS.includes(id)) problems.push({ file, message: `the folder name "${id}" is taken by the site's own /${id}/ page (rename the folder, like ${id}-2026)` });
      const located = parseYaml(text, file, problems);
      if (located) load('events', id, file, located.data);
      const event = located && validate(eventSchema, located.data, file, located, problems);
      if (event && located) {
        content.events.set(id, event);
        // A break outside the event's days would be drawn on no day of the schedule.
        event.breaks.forEach((entry, i) => {
          const day = localDay(entry.start, event.timeZone);
          if (day < event.startDate || day > event.endDate) {
            problems.push({ file, line: located.line(['breaks', i, 'start']), field: fieldName(['breaks', i, 'start']), message: `is on ${day}, outside the event's dates (${event.startDate} to ${event.endDate})` });
          }
        });
        references.push({
          file,
          located,
          check: () => {
            event.organisers.forEach((who, i) => invalidSpeakers.has(who) || checkId(who, content.speakers, 'speaker', ['organisers', i]));
            checkEventAffiliations(id, event);
          },
        });
      }
    } else if (found?.kind === 'replays') {
      const event = found.parts[0]!;
      const located = parseYaml(text, file, problems);
      if (located) load('replays', event, file, located.data ?? {});
      const replays = located && validate(replaysFileSchema, located.data ?? {}, file, located, problems);
      if (replays && located) {
        content.replays.set(event, replays);
        references.push({
          file,
          located,
          check: () => {
            const sessions = new Set([...sessionFiles].filter((id) => id.startsWith(`${event}/`)).map((id) => id.slice(event.length + 1)));
            replays.replays.forEach((entry, i) => {
              checkId(entry.session, sessions, 'session', ['replays', i, 'session'], `of ${event}`);
              if ('transcript' in entry && entry.transcript && !content.transcripts.has(`${event}/${entry.transcript}`)) {
                const path: Path = ['replays', i, 'transcript'];
                problems.push({ file, line: located.line(path), field: fieldName(path), message: `"${entry.transcript}" is not there (expected the file content/events/${event}/${entry.transcript})` });
              }
            });
          },
        });
      }
    } else if (found?.kind === 'transcripts') {
      const [event, path] = found.parts as [string, string];
      if (TRANSCRIPT_PATH.test(path)) {
        content.transcripts.set(`${event}/${path}`, text);
        load('transcripts', `${event}/${path}`, file, { text });
      }
      else problems.push({ file, message: 'a transcript’s name must be lower-case words joined by hyphens, ending in .vtt (like transcripts/ma-session.vtt)' });
    } else if (found?.kind === 'sessions') {
      const [event, slug, format] = found.parts as [string, string, 'md' | 'mdx'];
      if (!SLUG_PATTERN.test(slug)) badId(file, slug, 'session');
      sessionFiles.add(`${event}/${slug}`);
      if (RESERVED_SESSION_SLUGS.includes(slug)) problems.push({ file, message: `the file name "${slug}" is taken by the event's /${event}/${slug}/ pages (rename the file)` });
      const parts = splitFrontMatter(text);
      if (!parts) {
        problems.push({ file, line: 1, message: 'must start with front matter between two lines of --- (see content/events/README.md)' });
        continue;
      }
      const timestamps = checkBody(file, text, parts.body, format);
      const located = parseYaml(parts.frontMatter, file, problems, 2);
      const session = located && validate(sessionSchema, located.data ?? {}, file, located, problems);
      const id = `${event}/${slug}`;
      if (content.sessions.has(id)) {
        problems.push({ file, message: `another note has the same name "${slug}" (${content.sessions.get(id)!.file}): keep one` });
        continue;
      }
      if (located) load('sessions', id, file, located.data ?? {}, parts.body);
      if (session && located) {
        content.sessions.set(id, { id, event, slug, data: session, body: parts.body, file });
        references.push({ file, located, check: () => checkSession(event, slug, session, timestamps) });
      }
    } else if (found?.kind === 'notes') {
      const [event, slug, name, format] = found.parts as [string, string, string, 'md' | 'mdx'];
      if (!SLUG_PATTERN.test(name)) badId(file, name, 'note');
      const parts = splitFrontMatter(text);
      if (!parts) {
        problems.push({ file, line: 1, message: 'must start with front matter between two lines of --- (language, contributors, date: see content/events/README.md)' });
        continue;
      }
      const timestamps = checkBody(file, text, parts.body, format);
      if (parts.body.trim() === '') problems.push({ file, message: 'has no note under its front matter (write the note, or delete the file)' });
      const located = parseYaml(parts.frontMatter, file, problems, 2);
      const note = located && validate(noteSchema, located.data ?? {}, file, located, problems);
      const id = `${event}/${slug}/${name}`;
      if (content.notes.has(id)) {
        problems.push({ file, message: `another note has the same name "${name}" (${content.notes.get(id)!.file}): keep one` });
        continue;
      }
      if (located) load('notes', id, file, located.data ?? {}, parts.body);
      if (note && located) {
        content.notes.set(id, { id, event, session: slug, name, data: note, body: parts.body, file });
        references.push({ file, located, check: () => checkNote(content.notes.get(id)!, timestamps) });
      }
    } else {
      problems.push({
        file,
        message:
          'is not a file Carnet reads here (expected speakers/<id>.yaml and its photo, events/<event>/event.yaml, replays.yaml, transcripts/<name>.vtt, sessions/<slug>.md or .mdx, or an image in sessions/images/: .jpg, .png, .webp, .avif or .gif)',
      });
    }
  }

  /** The note's body against the rules for untrusted notes (src/lib/markdown/safety.ts), and its images; returns its timestamps. */
  function checkBody(file: string, text: string, body: string, format: 'md' | 'mdx'): TimestampUse[] {
    const before = text.replace(/^\uFEFF/, '');
    const firstLine = before.slice(0, before.length - body.length).split('\n').length;
    const { hazards, images: used, timestamps } = noteHazards(body, format, firstLine);
    const found: Problem[] = hazards.map((hazard) => ({ file, ...hazard }));
    for (const image of used) {
      const path = resolveAsset(file, image.url);
      if (!path) found.push({ file, line: image.line, field: 'image', message: `"${image.url}" points outside content/ (expected an image in content/events/<event>/sessions/images/)` });
      else if (!images.has(path)) found.push({ file, line: image.line, field: 'image', message: `"${image.url}" is not there (expected the file ${path})` });
    }
    problems.push(...found.sort((a, b) => a.line! - b.line!));
    return timestamps;
  }

  /** What a person's own file may say only together: a shown name is for an unlisted person; a former id is nobody else's. */
  function checkSpeaker(id: string, speaker: Speaker, located: Located) {
    const file = `content/speakers/${id}.yaml`;
    if (speaker.shownName !== undefined && speaker.listed) {
      problems.push({ file, line: located.line(['shownName']), field: 'shownName', message: 'is only for a person who asked not to be listed (add listed: false, or remove shownName: their name is shown)' });
    }
    speaker.formerIds.forEach((former, i) => {
      const field = fieldName(['formerIds', i]);
      if (former === id) problems.push({ file, line: located.line(['formerIds', i]), field, message: `is this file's own id: list only names the file had before` });
      else if (formerIds.has(former)) problems.push({ file, line: located.line(['formerIds', i]), field, message: `"${former}" is already a former id of content/speakers/${formerIds.get(former)}.yaml: one old address can lead to one person only` });
      else formerIds.set(former, id);
    });
  }

  /** Each affiliation of a session names one of its people, once. */
  function checkAffiliations(affiliations: Session['affiliations'], people: ReadonlySet<string>, where: string) {
    const seen = new Set<string>();
    affiliations.forEach((entry, i) => {
      const path = ['affiliations', i, 'person'];
      if (invalidSpeakers.has(entry.person) || !checkId(entry.person, content.speakers, 'speaker', path)) return;
      const line = current!.located.line(path);
      if (seen.has(entry.person)) problems.push({ file: current!.file, line, field: fieldName(path), message: `"${entry.person}" has two affiliations here: keep one` });
      else if (!people.has(entry.person)) {
        // The people are named when they are few enough to read: a session's, not a whole event's.
        const known = people.size === 0 ? ' (nobody yet)' : people.size <= 8 ? ` (${[...people].join(', ')})` : '';
        problems.push({ file: current!.file, line, field: fieldName(path), message: `"${entry.person}" is not ${where}${known}: an affiliation says what a person did at that appearance` });
      }
      seen.add(entry.person);
    });
  }

  function checkEventAffiliations(eventId: string, event: CarnetEvent) {
    const people = new Set(event.organisers);
    for (const session of content.sessions.values()) if (session.event === eventId) session.data.people.forEach((person) => people.add(person.id));
    checkAffiliations(event.affiliations, people, 'an organiser nor on any session of this event');
  }

  /**
   * A further note belongs to a session of its folder's name, is not named like the session's own
   * note, and translates a note that is there, in another language.
   */
  function checkNote(note: NoteEntry, timestamps: readonly TimestampUse[]) {
    const session = content.sessions.get(`${note.event}/${note.session}`);
    if (!sessionFiles.has(`${note.event}/${note.session}`)) {
      const suggestion = closest(note.session, [...sessionFiles].filter((id) => id.startsWith(`${note.event}/`)).map((id) => id.slice(note.event.length + 1)));
      problems.push({
        file: note.file,
        message: `is in sessions/${note.session}/, but content/events/${note.event}/sessions/ has no session ${note.session}.md or .mdx${suggestion ? `: did you mean the folder "${suggestion}"?` : ' (a folder of notes is named like its session’s file)'}`,
      });
      return;
    }
    if (note.name === note.session) {
      problems.push({ file: note.file, message: `is named like its session: "${note.session}" is the name of the note in ${note.session}.md itself (rename this file, like notes-de-camille.md)` });
    }
    if (!session) return;
    const { translationOf } = note.data;
    if (translationOf !== undefined) {
      const path = ['translationOf'];
      const siblings = [...content.notes.values()].filter((other) => other.event === note.event && other.session === note.session);
      const names = [...(session.body.trim() ? [note.session] : []), ...siblings.map((other) => other.name)].filter((name) => name !== note.name);
      const original = translationOf === note.session ? session : siblings.find((other) => other.name === translationOf);
      if (translationOf === note.name) {
        problems.push({ file: note.file, line: current!.located.line(path), field: 'translationOf', message: 'names this note itself: give the note it translates' });
      } else if (!names.includes(translationOf)) {
        const suggestion = closest(translationOf, names);
        const known = names.length ? ` (the notes of this session: ${names.join(', ')})` : ' (this session has no other note yet)';
        problems.push({ file: note.file, line: current!.located.line(path), field: 'translationOf', message: `no note "${translationOf}" on this session${suggestion ? `: did you mean "${suggestion}"?` : known}` });
      } else if (original && original.data.language === note.data.language) {
        problems.push({ file: note.file, line: current!.located.line(path), field: 'translationOf', message: `"${translationOf}" is in ${note.data.language} too: a translation is in another language (check language)` });
      }
    }
    const replay = replayStateFor(note.session, content.replays.get(note.event));
    for (const { line, t } of timestamps) {
      const read = readTimestamp(t, replay.state === 'available' ? replay : undefined);
      if ('message' in read) problems.push({ file: note.file, line, field: '<Timestamp t>', message: read.message });
    }
  }

  let current: Pending | undefined;
  function checkId(value: string, known: { has(key: string): boolean; keys(): Iterable<string> } | Set<string>, what: string, path: Path, scope = ''): boolean {
    if (known.has(value)) return true;
    const suggestion = closest(value, known.keys());
    const hint = suggestion ? `: did you mean "${suggestion}"?` : what === 'speaker' ? `: add content/speakers/${value}.yaml first` : '';
    problems.push({ file: current!.file, line: current!.located.line(path), field: fieldName(path), message: `no ${what} "${value}"${scope ? ` ${scope}` : ''}${hint}` });
    return false;
  }

  function checkSession(eventId: string, slug: string, session: Session, timestamps: readonly TimestampUse[]) {
    const event = content.events.get(eventId);
    if (!event) {
      problems.push({ file: current!.file, message: `is in content/events/${eventId}/, which has no event.yaml` });
      return;
    }
    const speaker = (id: string, path: Path) => invalidSpeakers.has(id) || checkId(id, content.speakers, 'speaker', path);
    if (session.kind === 'round-table') {
      if (session.moderator) speaker(session.moderator, ['moderator']);
      session.panelists.forEach((id, i) => speaker(id, ['panelists', i]));
    } else {
      session.speakers.forEach((id, i) => speaker(id, ['speakers', i]));
    }
    checkAffiliations(session.affiliations, new Set(session.people.map((person) => person.id)), 'among this session’s people');
    const seen = new Set<string>();
    session.people.forEach((person) => {
      if (seen.has(person.id)) problems.push({ file: current!.file, message: `"${person.id}" is listed twice among the people` });
      seen.add(person.id);
    });
    session.topics.forEach((topic, i) => {
      if (session.topics.indexOf(topic) < i) problems.push({ file: current!.file, line: current!.located.line(['topics', i]), field: `topics[${i}]`, message: `"${topic}" is listed twice` });
      else checkId(topic, content.topics, 'topic', ['topics', i], 'in content/topics.yaml');
    });
    if (session.track) checkId(session.track, new Set(event.tracks.map((t) => t.id)), 'track', ['track'], `in ${eventId}/event.yaml`);
    if (session.room) checkId(session.room, new Set(event.rooms.map((r) => r.id)), 'room', ['room'], `in ${eventId}/event.yaml`);
    // As the page will read them: a time in the video, within the session's part of its replay.
    const replay = replayStateFor(slug, content.replays.get(eventId));
    for (const { line, t } of timestamps) {
      const read = readTimestamp(t, replay.state === 'available' ? replay : undefined);
      if ('message' in read) problems.push({ file: current!.file, line, field: '<Timestamp t>', message: read.message });
    }
    if (session.start) {
      const day = localDay(session.start, event.timeZone);
      if (day < event.startDate || day > event.endDate) {
        problems.push({ file: current!.file, line: current!.located.line(['start']), field: 'start', message: `is on ${day}, outside the event's dates (${event.startDate} to ${event.endDate})` });
      }
    }
  }

  for (const pending of references) {
    current = pending;
    pending.check();
  }
  for (const [former, owner] of formerIds) {
    if (content.speakers.has(former)) problems.push({ file: `content/speakers/${owner}.yaml`, field: 'formerIds', message: `"${former}" is the id of content/speakers/${former}.yaml: an old address cannot lead away from a person's page` });
  }
  for (const [event] of content.replays) {
    if (!content.events.has(event)) problems.push({ file: `content/events/${event}/replays.yaml`, message: `is in content/events/${event}/, which has no event.yaml` });
  }
  return { problems, content, entries };
}
