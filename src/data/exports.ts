// The site's events in the shape the schedule exports, feeds and cards read. Astro-aware
// (through getSite); the mappings themselves are pure, in src/lib/export and src/lib/card.ts.
import { locale, t } from '../i18n/index.ts';
import { cardSvg } from '../lib/card.ts';
import { formatDayRange } from '../lib/dates.ts';
import { toExportEvent, type ExportEvent } from '../lib/export/model.ts';
import type { FeedSession } from '../lib/feed.ts';
import { SITE } from '../site.ts';
import { getSite, type EventView, type SessionView } from './site.ts';

const cache = new Map<string, ExportEvent>();

/** An event with its references resolved and absolute URLs, built once per build. */
export async function exportEventOf(event: EventView): Promise<ExportEvent> {
  const known = cache.get(event.id);
  if (known) return known;
  const site = await getSite();
  const exported = toExportEvent(event, site.speakers, SITE.url, { slides: t('session.slides'), replay: t('replay.title') });
  cache.set(event.id, exported);
  return exported;
}

/** Every event, for the site-wide sessions index. */
export async function exportEvents(): Promise<ExportEvent[]> {
  const site = await getSite();
  return Promise.all(site.events.map(exportEventOf));
}

/** Path of an event's social card. */
export const eventCardPath = (event: EventView) => `/cards/${event.id}.png`;

/** Path of a session's social card. */
export const sessionCardPath = (session: SessionView) => `/cards/${session.event.id}/${session.slug}.png`;

/** The SVG of an event's card: name, dates and venue, organisers. */
export async function eventCard(event: EventView): Promise<string> {
  const site = await getSite();
  const { data } = event;
  return cardSvg({
    title: data.name,
    kicker: `${formatDayRange(data.startDate, data.endDate, locale())} · ${data.venue.city}`,
    people: data.organisers.map((id) => site.speakers.get(id)?.name ?? id),
    background: data.colours.background,
    accent: data.colours.accent,
    brand: t('site.name'),
  });
}

/** The SVG of a session's card: title, event, people on stage. */
export async function sessionCard(session: SessionView): Promise<string> {
  const site = await getSite();
  const { data } = session.event;
  return cardSvg({
    title: session.title,
    kicker: data.name,
    people: session.data.people.map((person) => site.speakers.get(person.id)?.name ?? person.id),
    background: data.colours.background,
    accent: data.colours.accent,
    brand: t('site.name'),
  });
}

/** Sessions as the RSS feeds take them. */
export async function feedSessions(sessions: readonly SessionView[]): Promise<FeedSession[]> {
  const site = await getSite();
  return sessions.map((session) => ({
    title: session.title,
    url: session.url,
    summary: session.data.summary,
    start: session.start,
    eventStartDate: session.event.data.startDate,
    eventName: session.event.data.name,
    people: session.data.people.map((person) => site.speakers.get(person.id)?.name ?? person.id),
    topics: session.data.topics,
    hasNotes: session.hasNotes,
  }));
}
