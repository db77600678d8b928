import type { RSSOptions } from '@astrojs/rss';
import { escapeText } from './xml.ts';
import { plainText } from '../content/plain-text.ts';

/** What a feed item needs to know of a session. */
export interface FeedSession {
  title: string;
  /** Path of the note, like /kcd-france-2023/creer-un-plugin-kubectl/. */
  url: string;
  summary?: string | undefined;
  start?: Date | undefined;
  /** The event's first day, YYYY-MM-DD: the date of a note whose session has no time. */
  eventStartDate: string;
  eventName: string;
  people: readonly string[];
  topics: readonly string[];
  hasNotes: boolean;
}

/** An RSS item as @astrojs/rss takes it. */
export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
  categories: string[];
}

/**
 * The RSS items of a list of sessions: only those with a note (a stub is not news), newest
 * session first. A session has no publication date of its own, so an item is dated by the
 * session's start, or the event's first day.
 */
export function feedItems(sessions: readonly FeedSession[], limit = 50): FeedItem[] {
  return sessions
    .filter((session) => session.hasNotes)
    .map((session) => ({
      title: plainText(session.title),
      link: session.url,
      pubDate: session.start ?? new Date(`${session.eventStartDate}T00:00:00Z`),
      description: plainText([session.summary, [session.eventName, ...session.people].join(' · ')].filter(Boolean).join(' — ')),
      categories: session.topics.map(plainText),
    }))
    .sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime() || a.title.localeCompare(b.title))
    .slice(0, limit);
}

/**
 * A feed as @astrojs/rss writes it: its channel and items, with only characters XML can carry. The
 * channel also says its language and the licence the notes are under (RSS 2.0's `copyright`), so a
 * reader of the feed knows what they may reuse.
 */
export function feed(
  channel: { title: string; description: string; language: string; site: string | URL; licence: { name: string; url: string } },
  sessions: readonly FeedSession[],
): RSSOptions {
  return {
    title: plainText(channel.title),
    description: plainText(channel.description),
    site: channel.site,
    items: feedItems(sessions),
    customData: `<language>${escapeText(channel.language)}</language><copyright>${escapeText(`${channel.licence.name}: ${channel.licence.url}`)}</copyright>`,
  };
}
