// The site's events in the shape the schedule exports and feeds read. Astro-aware
// (through getSite); the mappings themselves are pure, in src/lib/export.
import { DEFAULT_LANGUAGE, t } from '../i18n/index.ts';
import { inEveryLanguage } from '../i18n/routes.ts';
import { toExportEvent, type ExportEvent } from '../lib/export/model.ts';
import type { FeedSession } from '../lib/export/feed.ts';
import { publicUrl, SITE } from '../site.ts';
import { getSite, listedPeople, type EventView, type SessionView } from './model.ts';

const cache = new Map<string, ExportEvent>();

/**
 * The pages of each event's feed, calendar and schedule files: one per event when the site's
 * public address is known, none otherwise (they are made of absolute links; a made-up address
 * would send readers' apps to a domain nobody owns).
 */
export async function eventFilePaths() {
  if (!SITE.url) return [];
  return (await getSite()).events.map((event) => ({ params: { event: event.id }, props: { event } }));
}

/** The site-wide file at `name` when the public address is known, for routes like `[rss].xml.ts`. */
export function siteFilePaths<K extends string>(param: K, name: string) {
  return SITE.url ? [{ params: { [param]: name } as Record<K, string> }] : [];
}

/** The pages of each event's feed: one per event and interface language (under [...lang]/, like the pages). */
export async function eventFeedPaths() {
  return inEveryLanguage(await eventFilePaths());
}

/** The site-wide feed at `name` in every interface language, when the public address is known. */
export function siteFeedPaths<K extends string>(param: K, name: string) {
  return inEveryLanguage(siteFilePaths(param, name));
}

/** An event with its references resolved and absolute URLs, built once per build. */
export async function exportEventOf(event: EventView): Promise<ExportEvent> {
  const known = cache.get(event.id);
  if (known) return known;
  const site = await getSite();
  if (!SITE.url) throw new Error('exports need the public address (content/site.yaml url, or SITE_URL)');
  const exported = toExportEvent(event, site.speakers, SITE.url, { slides: t('session.slides'), replay: t('replay.title') });
  cache.set(event.id, exported);
  return exported;
}

/** Every event, for the site-wide sessions index. */
export async function exportEvents(): Promise<ExportEvent[]> {
  const site = await getSite();
  return Promise.all(site.events.map(exportEventOf));
}

/** Sessions as the RSS feeds of an interface language take them: links to that language's pages. */
export async function feedSessions(sessions: readonly SessionView[], language: string = DEFAULT_LANGUAGE): Promise<FeedSession[]> {
  const site = await getSite();
  return sessions.map((session) => ({
    title: session.title,
    url: publicUrl(session.url, language)!,
    summary: session.data.summary,
    start: session.start,
    eventStartDate: session.event.data.startDate,
    eventName: session.event.data.name,
    people: listedPeople(site, session).map((person) => person.name),
    topics: session.data.topics,
    hasNotes: session.hasNotes,
  }));
}
