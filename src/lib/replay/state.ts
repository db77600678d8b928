import type { Chapter, ReplaysFile } from '../../schema/replay.ts';
import type { ParsedReplay } from './url.ts';

/** What a reader can do about a session's video. */
export type ReplayState =
  | ({
      state: 'available';
      href: string;
      chapters: Chapter[];
      /** BCP 47 code. */ language?: string | undefined;
      durationSeconds?: number | undefined;
      /** transcripts/<name>.vtt in the event's folder. */ transcript?: string | undefined;
    } & ParsedReplay)
  | { state: 'pending' }
  | { state: 'not-recorded' };

/** The replay state of one session, from its event's replays file (absent file: pending). */
export function replayStateFor(session: string, file: ReplaysFile | undefined): ReplayState {
  const entry = file?.replays.find((replay) => replay.session === session);
  if (!entry) return { state: file?.default ?? 'pending' };
  if ('state' in entry) return { state: entry.state };
  const { url, session: _session, ...rest } = entry;
  return { state: 'available', ...url, ...rest };
}

export const PROVIDER_NAMES: Record<ParsedReplay['provider'], string> = {
  youtube: 'YouTube',
  vimeo: 'Vimeo',
  peertube: 'PeerTube',
  dailymotion: 'Dailymotion',
  file: 'fichier vidéo',
};
