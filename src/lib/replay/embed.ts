// Addresses of a replay: its page at the provider (the link without JavaScript) and the
// provider's player (loaded only once the reader presses play). Shared by the build and by
// the player's script, so the link and the player never disagree.
import type { ParsedReplay } from './url.ts';

/** What the addresses need to know about a video. */
export type Video = Pick<ParsedReplay, 'provider' | 'id' | 'origin' | 'key'>;

/** The video's page at its provider, at `t` seconds (the page opens at the start when t is 0). */
/** The video of a replay, as players and links need it. */
export function videoOf(replay: ParsedReplay): Video {
  return { provider: replay.provider, id: replay.id, ...(replay.origin ? { origin: replay.origin } : {}), ...(replay.key ? { key: replay.key } : {}) };
}

export function watchUrl(video: Video, t = 0): string {
  const at = Math.max(0, Math.floor(t));
  switch (video.provider) {
    case 'youtube':
      return `https://www.youtube.com/watch?v=${encodeURIComponent(video.id)}${at ? `&t=${at}s` : ''}`;
    case 'vimeo':
      return `https://vimeo.com/${encodeURIComponent(video.id)}${video.key ? `/${encodeURIComponent(video.key)}` : ''}${at ? `#t=${at}s` : ''}`;
    case 'peertube':
      return `${video.origin}/w/${encodeURIComponent(video.id)}${at ? `?start=${at}s` : ''}`;
    case 'dailymotion':
      return `https://www.dailymotion.com/video/${encodeURIComponent(video.id)}${at ? `?start=${at}` : ''}`;
    case 'file':
      return at ? `${video.id}#t=${at}` : video.id;
  }
}

/**
 * The address of the provider's player, starting at `t` seconds and, by default, playing at
 * once: the reader asked for it by pressing play. Each goes to the provider's most private
 * option: youtube-nocookie, Vimeo's do-not-track, PeerTube without peer-to-peer (which would
 * show the reader's address to other viewers). For a file, the address of the file itself.
 */
export function embedUrl(video: Video, t = 0, { autoplay = true }: { autoplay?: boolean } = {}): string {
  const at = Math.max(0, Math.floor(t));
  const id = encodeURIComponent(video.id);
  const play = autoplay ? '&autoplay=1' : '';
  switch (video.provider) {
    case 'youtube':
      // enablejsapi lets a timestamp in the note seek the running player by postMessage.
      return `https://www.youtube-nocookie.com/embed/${id}?start=${at}${play}&enablejsapi=1&rel=0`;
    case 'vimeo':
      return `https://player.vimeo.com/video/${id}?dnt=1${play}${video.key ? `&h=${encodeURIComponent(video.key)}` : ''}#t=${at}s`;
    case 'peertube':
      return `${video.origin}/videos/embed/${id}?start=${at}${play}&p2p=0&warningTitle=0`;
    case 'dailymotion':
      return `https://geo.dailymotion.com/player.html?video=${id}&startTime=${at}${play}`;
    case 'file':
      return `${video.id}#t=${at}`;
  }
}

/** The host the player comes from, named to the reader before they choose to play. */
export function playerHost(video: Video): string {
  return new URL(embedUrl(video)).host;
}

/** The origin a message to the player must be addressed to (the YouTube iframe API). */
export function playerOrigin(video: Video): string {
  return new URL(embedUrl(video)).origin;
}
