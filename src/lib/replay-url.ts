import { parseOffset } from './time.ts';

export type ReplayProvider = 'youtube' | 'vimeo' | 'peertube' | 'dailymotion' | 'file';

/** What a replay URL says: who hosts the video, its id, and where playback starts. */
export interface ParsedReplay {
  provider: ReplayProvider;
  /** The provider's video id; for a file, its URL. */
  id: string;
  /** Where playback starts, in seconds (0 when the URL does not say). */
  start: number;
  /** For PeerTube, the instance's origin (https://host). */
  origin?: string;
}

export type ReplayUrlResult = { ok: true; value: ParsedReplay } | { ok: false; message: string };

const YOUTUBE_HOSTS = new Set(['youtube.com', 'www.youtube.com', 'm.youtube.com', 'youtube-nocookie.com', 'www.youtube-nocookie.com']);
const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;

function fail(message: string): ReplayUrlResult {
  return { ok: false, message };
}

function startOf(url: URL): number | undefined {
  const raw = url.searchParams.get('t') ?? url.searchParams.get('start') ?? new URLSearchParams(url.hash.slice(1)).get('t');
  if (raw === null) return 0;
  return parseOffset(raw);
}

function youtube(url: URL): ReplayUrlResult {
  let id: string | null = null;
  if (url.hostname === 'youtu.be') id = url.pathname.slice(1);
  else if (url.pathname === '/watch') id = url.searchParams.get('v');
  else {
    const match = /^\/(?:embed|live|shorts|v)\/([^/]+)\/?$/.exec(url.pathname);
    id = match?.[1] ?? null;
  }
  if (!id || !YOUTUBE_ID.test(id)) return fail('is not a YouTube video link (expected watch?v=<11-character id>, youtu.be/<id>, /embed/, /live/ or /shorts/)');
  const start = startOf(url);
  if (start === undefined) return fail('has a start time that is not a number of seconds or a time like 1h02m03s');
  return { ok: true, value: { provider: 'youtube', id, start } };
}

/**
 * Reads a replay URL. Only https links to a known video host (YouTube, Vimeo, Dailymotion,
 * a PeerTube instance) or to an .mp4/.webm file are accepted; anything else gets a message
 * saying what was expected.
 */
export function parseReplayUrl(raw: string): ReplayUrlResult {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return fail('is not a URL');
  }
  if (url.protocol !== 'https:') return fail('must start with https://');
  if (url.username || url.password) return fail('must not carry a user name or password');
  const host = url.hostname.toLowerCase();

  if (YOUTUBE_HOSTS.has(host) || host === 'youtu.be') return youtube(url);

  if (host === 'vimeo.com' || host === 'www.vimeo.com' || host === 'player.vimeo.com') {
    const match = /^\/(?:video\/)?(\d+)\/?$/.exec(url.pathname);
    if (!match?.[1]) return fail('is not a Vimeo video link (expected vimeo.com/<number>)');
    const start = parseOffset(new URLSearchParams(url.hash.slice(1)).get('t') ?? '0');
    if (start === undefined) return fail('has a start time that is not a number of seconds');
    return { ok: true, value: { provider: 'vimeo', id: match[1], start } };
  }

  if (host === 'dailymotion.com' || host === 'www.dailymotion.com' || host === 'dai.ly') {
    const match = host === 'dai.ly' ? /^\/([a-z0-9]+)$/i.exec(url.pathname) : /^\/(?:embed\/)?video\/([a-z0-9]+)\/?$/i.exec(url.pathname);
    if (!match?.[1]) return fail('is not a Dailymotion video link (expected dailymotion.com/video/<id>)');
    const start = startOf(url);
    if (start === undefined) return fail('has a start time that is not a number of seconds');
    return { ok: true, value: { provider: 'dailymotion', id: match[1], start } };
  }

  const peertube = /^\/(?:w|videos\/watch|videos\/embed)\/([A-Za-z0-9-]+)\/?$/.exec(url.pathname);
  if (peertube?.[1] && (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(peertube[1]) || /^[A-Za-z0-9]{22}$/.test(peertube[1]))) {
    const start = parseOffset(url.searchParams.get('start') ?? url.searchParams.get('t') ?? '0');
    if (start === undefined) return fail('has a start time that is not a number of seconds');
    return { ok: true, value: { provider: 'peertube', id: peertube[1], start, origin: url.origin } };
  }

  if (/\.(mp4|webm)$/i.test(url.pathname)) {
    const start = parseOffset(new URLSearchParams(url.hash.replace(/^#/, '')).get('t') ?? '0') ?? 0;
    url.hash = '';
    return { ok: true, value: { provider: 'file', id: url.href, start } };
  }

  return fail('is not a video link Carnet can play (YouTube, Vimeo, PeerTube, Dailymotion, or an https .mp4 or .webm file)');
}
