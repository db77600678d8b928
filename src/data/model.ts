// The site's content, loaded once per build and cross-linked for the pages. Astro-aware;
// the logic it calls is pure and lives in src/lib.
import { getCollection, type CollectionEntry } from 'astro:content';
import { pagePath } from '../lib/site/paths.ts';
import { replayStateFor, type ReplayState } from '../lib/replay/state.ts';
import { programmeOrder } from '../lib/schedule/timetable.ts';
import type { CarnetEvent, Note, Session, Topic } from '../schema/index.ts';
import { shownName, speakerUrl } from '../lib/people/names.ts';
import { readingOrder } from '../lib/sessions/notes.ts';
import { HAS_NOTE_FILES } from './note-files.ts';

export interface SessionView {
  id: string;
  slug: string;
  /** The page's path in the site, before base and language (src/lib/site/paths.ts): links go through `href`. */
  url: string;
  event: EventView;
  data: Session;
  title: string;
  kind: Session['kind'];
  start?: Date | undefined;
  durationMinutes?: number | undefined;
  room?: string | undefined;
  tools: Session['tools'];
  /** True when the session has a note: under its front matter, or in its folder of notes. */
  hasNotes: boolean;
  /** True when the session's own file has a note under its front matter (its first note). */
  hasOwnNote: boolean;
  /** The further notes of its folder (sessions/<slug>/<name>.md), published ones, in reading order. */
  notes: NoteView[];
  replay: ReplayState;
  entry: CollectionEntry<'sessions'>;
}

/** A further note on a session, from `sessions/<slug>/<name>.md`. */
export interface NoteView {
  /** The file name without extension: the note's anchor (`#note-<name>`) and what `translationOf` names. */
  name: string;
  data: Note;
  entry: CollectionEntry<'notes'>;
}

export interface EventView {
  id: string;
  url: string;
  data: CarnetEvent;
  /** Published sessions in programme order. */
  sessions: SessionView[];
}

export interface SpeakerView {
  id: string;
  /** The person's page; none for a person who asked not to be listed. */
  url: string | undefined;
  /** The name their sessions show (src/lib/people/names.ts, shownName): none for an unlisted person without a shownName. */
  name: string | undefined;
  /** Whether the person appears in the speakers index, search, the sitemap and the exports. */
  listed: boolean;
  /** What the A-to-Z index files the person under, when their file says (see the speaker schema). */
  sortAs?: string | undefined;
  /** The person's file; its photo is an image Astro can optimise. */
  data: CollectionEntry<'speakers'>['data'];
  /** Every session the person took part in, with the role, newest event first. */
  sessions: { session: SessionView; role: Session['people'][number]['role'] }[];
  organised: EventView[];
}

/** A person with a page of their own: listed, so named and addressable. */
export type ListedSpeakerView = SpeakerView & { url: string; name: string };

export interface TopicView {
  id: string;
  url: string;
  data: Topic;
  sessions: SessionView[];
}

export interface Site {
  events: EventView[];
  sessions: SessionView[];
  /** Everyone a session or an event names, listed or not: resolve people through it. */
  speakers: Map<string, SpeakerView>;
  /** The people with a page, for the speakers index and pages. */
  listedSpeakers: ListedSpeakerView[];
  topics: Map<string, TopicView>;
}

let cached: Promise<Site> | undefined;

/** Everything the pages show; built once per build, whatever the number of pages. */
export function getSite(): Promise<Site> {
  cached ??= load();
  return cached;
}

async function load(): Promise<Site> {
  const [events, sessions, notes, speakers, topics, replays] = await Promise.all([
    getCollection('events'),
    getCollection('sessions', (entry) => !entry.data.draft),
    // Not asked for when there is none: Astro would warn that the collection is empty.
    HAS_NOTE_FILES ? getCollection('notes', (entry) => !entry.data.draft) : [],
    getCollection('speakers'),
    getCollection('topics'),
    getCollection('replays'),
  ]);
  const replaysByEvent = new Map(replays.map((file) => [file.id, file.data]));
  const eventViews = events
    .map((entry): EventView => ({ id: entry.id, url: pagePath.event(entry.id), data: entry.data, sessions: [] }))
    .sort((a, b) => b.data.startDate.localeCompare(a.data.startDate));
  const eventById = new Map(eventViews.map((event) => [event.id, event]));

  const notesBySession = new Map<string, NoteView[]>();
  for (const entry of notes) {
    const session = entry.id.split('/').slice(0, 2).join('/');
    const list = notesBySession.get(session) ?? [];
    list.push({ name: entry.id.split('/')[2]!, data: entry.data, entry });
    notesBySession.set(session, list);
  }
  const sessionViews = sessions.map((entry): SessionView => {
    const [eventId, slug] = entry.id.split('/') as [string, string];
    const event = eventById.get(eventId)!;
    const hasOwnNote = (entry.body ?? '').trim().length > 0;
    const further = readingOrder(notesBySession.get(entry.id) ?? []);
    return {
      id: entry.id,
      slug,
      url: pagePath.session(eventId, slug),
      event,
      data: entry.data,
      title: entry.data.title,
      kind: entry.data.kind,
      start: entry.data.start,
      durationMinutes: entry.data.durationMinutes,
      room: entry.data.room,
      tools: entry.data.tools,
      hasNotes: hasOwnNote || further.length > 0,
      hasOwnNote,
      notes: further,
      replay: replayStateFor(slug, replaysByEvent.get(eventId)),
      entry,
    };
  });
  for (const event of eventViews) {
    event.sessions = programmeOrder(
      sessionViews.filter((s) => s.event === event),
      event.data.rooms.map((room) => room.id),
    );
  }
  const ordered = eventViews.flatMap((event) => event.sessions);

  const speakerViews = new Map(
    speakers.map((entry): [string, SpeakerView] => [
      entry.id,
      {
        id: entry.id,
        url: speakerUrl(entry.id, entry.data),
        name: shownName(entry.data),
        listed: entry.data.listed,
        sortAs: entry.data.sortAs,
        data: entry.data,
        sessions: [],
        organised: [],
      },
    ]),
  );
  for (const session of ordered) {
    for (const person of session.data.people) speakerViews.get(person.id)?.sessions.push({ session, role: person.role });
  }
  for (const event of eventViews) {
    for (const id of event.data.organisers) speakerViews.get(id)?.organised.push(event);
  }

  const topicViews = new Map(
    topics.map((entry): [string, TopicView] => [
      entry.id,
      { id: entry.id, url: pagePath.topic(entry.id), data: entry.data, sessions: ordered.filter((s) => s.data.topics.includes(entry.id)) },
    ]),
  );
  const listedSpeakers = [...speakerViews.values()].filter((speaker): speaker is ListedSpeakerView => speaker.url !== undefined && speaker.name !== undefined);
  return { events: eventViews, sessions: ordered, speakers: speakerViews, listedSpeakers, topics: topicViews };
}

/** The names a session shows for its people, in order (an unlisted person is shown only as their file allows). */
export function peopleNames(site: Site, session: SessionView): string[] {
  return session.data.people.map((person) => site.speakers.get(person.id)?.name).filter((name): name is string => name !== undefined);
}

/** The listed people of a session, for search, exports and feeds: an unlisted person is left out. */
export function listedPeople(site: Site, session: SessionView): ListedSpeakerView[] {
  return session.data.people.map((person) => site.speakers.get(person.id)).filter((speaker): speaker is ListedSpeakerView => speaker?.listed === true);
}

/** The track of a session as shown, with its page. */
export function trackOf(session: SessionView) {
  const track = session.event.data.tracks.find((t) => t.id === session.data.track);
  return track && { ...track, url: pagePath.track(session.event.id, track.id) };
}

/** The room name of a session, when known. */
export function roomOf(session: SessionView): string | undefined {
  return session.event.data.rooms.find((room) => room.id === session.data.room)?.name;
}
