import { parseOffset } from './offset.ts';

export type ReplayProvider = 'youtube' | 'vimeo' | 'peertube' | 'dailymotion' | 'file';

/** What a replay URL says: who hosts the video, its id, and where playback starts. */
export interface ParsedReplay {
  provider: ReplayProvider;
  /** The provider's video id; for a file, its URL without the fragment. */
  id: string;
  /** Where playback starts, in seconds (0 when the URL does not say). */
  start: number;
  /** For PeerTube, the instance's origin (https://host). */
  origin?: string;
  /** For an unlisted Vimeo video, the private hash that goes with the id. */
  key?: string;
}

export type ReplayUrlResult = { ok: true; value: ParsedReplay } | { ok: false; message: string };

const YOUTUBE_HOSTS = new Set(['youtube.com', 'www.youtube.com', 'm.youtube.com', 'youtu.be', 'youtube-nocookie.com', 'www.youtube-nocookie.com']);
const VIMEO_HOSTS = new Set(['vimeo.com', 'www.vimeo.com', 'player.vimeo.com']);
const DAILYMOTION_HOSTS = new Set(['dailymotion.com', 'www.dailymotion.com', 'geo.dailymotion.com', 'dai.ly']);

/**
 * Names that a host may only carry if it is the provider's own: `youtube.com.evil.example`
 * or `vimeo-player.example` would otherwise pass as a PeerTube instance or a file server,
 * and a reader trusting the name would be sent elsewhere.
 */
const PROTECTED_NAMES: [RegExp, string, RegExp][] = [
  [/youtu\.?be|youtube/, 'YouTube', /\.(youtube|youtube-nocookie)\.com$/],
  [/vimeo/, 'Vimeo', /\.vimeo\.com$/],
  [/dailymotion|dai\.ly/, 'Dailymotion', /\.dailymotion\.com$/],
];

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** PeerTube's short ids are UUIDs written in base 58 (no 0, O, I or l), 22 characters. */
const SHORT_UUID = /^[1-9A-HJ-NP-Za-km-z]{22}$/;

const BAD_START = 'has a start time that is not a time in the video (expected seconds like 754, or 12m34s, or 12:34)';

function fail(message: string): ReplayUrlResult {
  return { ok: false, message };
}

function ok(value: ParsedReplay): ReplayUrlResult {
  return { ok: true, value };
}

/** The fragment's parameters (`#t=754`), which Vimeo and media files use for the start. */
function hashParams(url: URL): URLSearchParams {
  return new URLSearchParams(url.hash.replace(/^#/, ''));
}

/**
 * The start offset the URL asks for, from the first of `names` present in the query, then in
 * the fragment. 0 when none is; undefined when one is there but is not a time.
 */
function startOf(url: URL, names: readonly string[], where: 'query and fragment' | 'fragment' = 'query and fragment'): number | undefined {
  const sources = where === 'fragment' ? [hashParams(url)] : [url.searchParams, hashParams(url)];
  for (const params of sources) {
    for (const name of names) {
      const raw = params.get(name);
      if (raw === null) continue;
      // A media fragment may give a range, "t=10,20": playback starts at its first value.
      return parseOffset(raw.split(',')[0]!);
    }
  }
  return 0;
}

function withStart(value: Omit<ParsedReplay, 'start'>, url: URL, names: readonly string[]): ReplayUrlResult {
  const start = startOf(url, names);
  return start === undefined ? fail(BAD_START) : ok({ ...value, start });
}

function youtube(url: URL): ReplayUrlResult {
  let id: string | null | undefined;
  if (url.hostname === 'youtu.be') id = /^\/([^/]+)\/?$/.exec(url.pathname)?.[1];
  else if (url.pathname === '/watch' || url.pathname === '/watch/') id = url.searchParams.get('v');
  else id = /^\/(?:embed|live|shorts|v)\/([^/]+)\/?$/.exec(url.pathname)?.[1];
  if (!id || !YOUTUBE_ID.test(id)) {
    return fail('is not a YouTube video link (expected watch?v=<11-character id>, youtu.be/<id>, /embed/<id>, /live/<id> or /shorts/<id>)');
  }
  return withStart({ provider: 'youtube', id }, url, ['t', 'start']);
}

function vimeo(url: URL): ReplayUrlResult {
  // vimeo.com/123, vimeo.com/123/abcdef (unlisted), vimeo.com/channels/x/123, player.vimeo.com/video/123?h=abcdef
  const match = /^\/(?:video\/|channels\/[\w-]+\/|groups\/[\w-]+\/videos\/)?(\d+)(?:\/([0-9a-f]+))?\/?$/.exec(url.pathname);
  if (!match?.[1]) return fail('is not a Vimeo video link (expected vimeo.com/<number>)');
  const key = match[2] ?? url.searchParams.get('h') ?? undefined;
  if (key !== undefined && !/^[0-9a-f]+$/.test(key)) return fail('has a Vimeo private hash (h=) that is not hexadecimal');
  return withStart({ provider: 'vimeo', id: match[1], ...(key ? { key } : {}) }, url, ['t']);
}

function dailymotion(url: URL): ReplayUrlResult {
  let id: string | null | undefined;
  if (url.hostname === 'dai.ly') id = /^\/([^/]+)$/.exec(url.pathname)?.[1];
  else if (url.hostname === 'geo.dailymotion.com') id = url.searchParams.get('video');
  // Old links append the title to the id: /video/x7tgad0_keynote-ouverture.
  else id = /^\/(?:embed\/)?video\/([^/_]+)(?:_[^/]*)?\/?$/.exec(url.pathname)?.[1];
  if (!id || !/^x[0-9a-z]{2,}$/i.test(id)) return fail('is not a Dailymotion video link (expected dailymotion.com/video/<id starting with x>)');
  return withStart({ provider: 'dailymotion', id }, url, ['start', 't']);
}

/** A host name as DNS writes it: labels of letters, digits and inner hyphens, joined by dots. */
const HOST_NAME = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/;

/**
 * Reads a replay URL. Only https links to a known video host (YouTube, Vimeo, Dailymotion,
 * a PeerTube instance) or to an .mp4/.webm file are accepted; anything else gets a message
 * saying what was expected. The message completes a sentence that starts with the value.
 */
export function parseReplayUrl(raw: string): ReplayUrlResult {
  if (/[\s\u0000-\u001f]/.test(raw)) return fail('must be a URL without spaces or line breaks');
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return fail('is not a URL');
  }
  if (url.protocol !== 'https:') return fail('must start with https://');
  if (url.username || url.password) return fail('must not carry a user name or password');
  const host = url.hostname;
  if (/^[\d.]+$|^\[|^[^.]+$/.test(host)) return fail('must name its server by a public host name, not an address or a local name');
  // The host ends up in the pages' Content-Security-Policy (frame-src, media-src): a ";" or a
  // "*" there (which URL parsing lets through) would rewrite the policy.
  if (!HOST_NAME.test(host)) return fail(`has a host name (${host}) with characters no host name has (expected letters, digits, hyphens and dots)`);
  // Internationalised names can imitate another host letter for letter.
  if (host.split('.').some((label) => label.startsWith('xn--')))
    return fail(`has an internationalised host name (${host}), which Carnet refuses because it can imitate another site`);

  if (YOUTUBE_HOSTS.has(host)) return youtube(url);
  if (VIMEO_HOSTS.has(host)) return vimeo(url);
  if (DAILYMOTION_HOSTS.has(host)) return dailymotion(url);
  for (const [name, provider, own] of PROTECTED_NAMES) {
    if (own.test(host)) return fail(`is not a ${provider} video link Carnet knows (${host} is not where ${provider}'s videos are watched)`);
    if (name.test(host)) return fail(`is not a link to ${provider}: its host ${host} only looks like ${provider}'s`);
  }

  const peertube = /^\/(?:w|videos\/watch|videos\/embed)\/([^/]+)\/?$/.exec(url.pathname)?.[1];
  if (peertube !== undefined) {
    if (!UUID.test(peertube) && !SHORT_UUID.test(peertube)) return fail('is not a PeerTube video link (expected /w/<id> or /videos/watch/<uuid>)');
    return withStart({ provider: 'peertube', id: peertube, origin: url.origin }, url, ['start', 't']);
  }

  if (/\.(mp4|webm)$/i.test(url.pathname)) {
    // A file's query belongs to its server; only a media fragment (#t=754) says where to start.
    const start = startOf(url, ['t'], 'fragment');
    if (start === undefined) return fail(BAD_START);
    url.hash = '';
    return ok({ provider: 'file', id: url.href, start });
  }

  return fail('is not a video link Carnet can play (YouTube, Vimeo, PeerTube, Dailymotion, or an https .mp4 or .webm file)');
}
