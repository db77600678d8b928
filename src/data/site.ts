// The site's content, loaded once per build and cross-linked for the pages. Astro-aware;
// the logic it calls is pure and lives in src/lib.
import { getCollection, type CollectionEntry } from 'astro:content';
import { pagePath } from '../lib/paths.ts';
import { replayStateFor, type ReplayState } from '../lib/replay-state.ts';
import { programmeOrder } from '../lib/schedule.ts';
import type { CarnetEvent, Session, Topic } from '../schema/index.ts';

export interface SessionView {
  id: string;
  slug: string;
  /** The page's path in the site, before base and language (src/lib/paths.ts): links go through `href`. */
  url: string;
  event: EventView;
  data: Session;
  title: string;
  kind: Session['kind'];
  start?: Date | undefined;
  durationMinutes?: number | undefined;
  room?: string | undefined;
  tools: Session['tools'];
  /** True when the file has a note under its front matter. */
  hasNotes: boolean;
  replay: ReplayState;
  entry: CollectionEntry<'sessions'>;
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
  url: string;
  name: string;
  /** What the A-to-Z index files the person under, when their file says (see the speaker schema). */
  sortAs?: string | undefined;
  /** The person's file; its photo is an image Astro can optimise. */
  data: CollectionEntry<'speakers'>['data'];
  /** Every session the person took part in, with the role, newest event first. */
  sessions: { session: SessionView; role: Session['people'][number]['role'] }[];
  organised: EventView[];
}

export interface TopicView {
  id: string;
  url: string;
  data: Topic;
  sessions: SessionView[];
}

export interface Site {
  events: EventView[];
  sessions: SessionView[];
  speakers: Map<string, SpeakerView>;
  topics: Map<string, TopicView>;
}

let cached: Promise<Site> | undefined;

/** Everything the pages show; built once per build, whatever the number of pages. */
export function getSite(): Promise<Site> {
  cached ??= load();
  return cached;
}

async function load(): Promise<Site> {
  const [events, sessions, speakers, topics, replays] = await Promise.all([
    getCollection('events'),
    getCollection('sessions', (entry) => !entry.data.draft),
    getCollection('speakers'),
    getCollection('topics'),
    getCollection('replays'),
  ]);
  const replaysByEvent = new Map(replays.map((file) => [file.id, file.data]));
  const eventViews = events
    .map((entry): EventView => ({ id: entry.id, url: pagePath.event(entry.id), data: entry.data, sessions: [] }))
    .sort((a, b) => b.data.startDate.localeCompare(a.data.startDate));
  const eventById = new Map(eventViews.map((event) => [event.id, event]));

  const sessionViews = sessions.map((entry): SessionView => {
    const [eventId, slug] = entry.id.split('/') as [string, string];
    const event = eventById.get(eventId)!;
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
      hasNotes: (entry.body ?? '').trim().length > 0,
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
      { id: entry.id, url: pagePath.speaker(entry.id), name: entry.data.name, sortAs: entry.data.sortAs, data: entry.data, sessions: [], organised: [] },
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
  return { events: eventViews, sessions: ordered, speakers: speakerViews, topics: topicViews };
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
