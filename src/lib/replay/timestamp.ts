// The rules for <Timestamp t="..."> in a note, kept out of the component so they are tested.
import { formatOffset, parseOffset } from './offset.ts';

/** What the note's replay says about where a timestamp may point. */
export interface TimestampBounds {
  /** Where the session starts in the video, in seconds. */
  start: number;
  durationSeconds?: number | undefined;
}

/**
 * Reads a timestamp's `t`: a position in the whole video, as its player shows it. Returns the
 * seconds, or a message for the contributor when `t` is not a time or falls outside the
 * session's part of the video.
 */
export function readTimestamp(t: string | number, bounds?: TimestampBounds): { seconds: number } | { message: string } {
  const seconds = parseOffset(t);
  // Shortened: the text is the contributor's, and may be of any length.
  const shown = String(t).length > 24 ? `${String(t).slice(0, 23)}…` : String(t);
  if (seconds === undefined) return { message: `"${shown}" is not a time in the video (expected 12:34, 1:02:03 or seconds, under 100 hours)` };
  if (bounds && seconds < bounds.start) {
    return {
      message: `${formatOffset(seconds)} is before the session starts in the video (${formatOffset(bounds.start)}): write times as the video's player shows them`,
    };
  }
  if (bounds?.durationSeconds !== undefined && seconds >= bounds.durationSeconds) {
    return { message: `${formatOffset(seconds)} is after the end of the video (${formatOffset(bounds.durationSeconds)})` };
  }
  return { seconds };
}
