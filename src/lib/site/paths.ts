// Every address of the site, in one place: the path of each page kind and output file, and how a
// path becomes a link (the interface language's prefix, then the base path the site is served
// under). Pure: src/site.ts applies the site's own base and languages (`href`, `publicUrl`).
// A path here is the page's place in the site, before base and language: it starts and, for a
// page, ends with "/" (`/speakers/ada/`), as `build.format: 'directory'` and `trailingSlash`
// want it.
import { eventCardPath, sessionCardPath } from '../cards/list.ts';

/** Pages, by kind. Each exists in every interface language (see `localisedPath`). */
export const pagePath = {
  home: () => '/',
  events: () => '/events/',
  event: (event: string) => `/${event}/`,
  session: (event: string, session: string) => `/${event}/${session}/`,
  track: (event: string, track: string) => `/${event}/tracks/${track}/`,
  speakers: () => '/speakers/',
  speaker: (id: string) => `/speakers/${id}/`,
  topics: () => '/topics/',
  topic: (id: string) => `/topics/${id}/`,
  /** The tools index, at a tool's entry when given (its slug, see src/lib/sessions/tools.ts). */
  tools: (anchor?: string) => `/tools/${anchor ? `#${anchor}` : ''}`,
  replays: () => '/replays/',
  /** The reader's own programme; a shared one carries its list after `#` (src/lib/watchlist/list.ts). */
  programme: (shared?: string) => `/programme/${shared ? `#${shared}` : ''}`,
  /** What the service worker shows for a page this browser never kept (src/offline/sw.ts). */
  offline: () => '/offline/',
  /** The search page, with a query string (without "?") when given. */
  search: (query?: string) => `/search/${query ? `?${query}` : ''}`,
  notFound: () => '/404/',
};

/**
 * Output files. The feeds exist per interface language (their titles and links follow it); the
 * calendars, schedule files, JSON index, cards and search bundle are one per site.
 */
export const filePath = {
  rss: () => '/rss.xml',
  eventRss: (event: string) => `/${event}/rss.xml`,
  calendar: (event: string) => `/${event}/calendar.ics`,
  scheduleXml: (event: string) => `/${event}/schedule.xml`,
  scheduleJson: (event: string) => `/${event}/schedule.json`,
  sessionsJson: () => '/api/sessions.json',
  sitemap: () => '/sitemap-index.xml',
  favicon: () => '/favicon.svg',
  manifest: () => '/manifest.webmanifest',
  appIcon: (file = 'app-icon-192.png') => `/${file}`,
  serviceWorker: () => '/sw.js',
  /** An event's sessions as the programme page reads them (src/lib/watchlist/data.ts). */
  eventProgramme: (event: string) => `/${event}/programme.json`,
  /** A self-hosted replay's captions, from its transcript. */
  captions: (event: string, session: string) => `/${event}/${session}/transcript.vtt`,
  /** The folder of Pagefind's bundle (src/build/search.ts writes it). */
  pagefind: () => '/pagefind/',
  eventCard: eventCardPath,
  sessionCard: sessionCardPath,
};

/** The path of a page in an interface language: the default language is unprefixed, the others under `/<language>/`. */
export function localisedPath(path: string, language: string, defaultLanguage: string): string {
  // The default language's "not found" page is the one hosts serve for any missing address, dist/404.html.
  if (path === pagePath.notFound()) return language === defaultLanguage ? '/404.html' : `/${language}${path}`;
  return language === defaultLanguage ? path : `/${language}${path}`;
}

/** A path under the site's base ("/" or "/carnet/"): `/carnet/speakers/`. */
export function withBase(path: string, base: string): string {
  return `${base.replace(/\/+$/, '')}${path}`;
}

/** The path of a link (`/carnet/en/speakers/?x#y`) within the site, base removed; undefined when it is outside the base. */
export function withoutBase(pathname: string, base: string): string | undefined {
  const root = base.replace(/\/+$/, '');
  if (pathname !== root && !pathname.startsWith(`${root}/`)) return undefined;
  return pathname.slice(root.length) || '/';
}

/** A page's interface language and its path in no language, read from its pathname (base included). */
export function parsePagePath(
  pathname: string,
  { base, languages, defaultLanguage }: { base: string; languages: readonly string[]; defaultLanguage: string },
): { language: string; path: string } {
  const path = withoutBase(pathname, base) ?? pathname;
  const first = /^\/([^/]+)(\/.*)?$/.exec(path);
  if (first && first[1] !== defaultLanguage && languages.includes(first[1]!)) return { language: first[1]!, path: first[2] ?? '/' };
  return { language: defaultLanguage, path };
}
