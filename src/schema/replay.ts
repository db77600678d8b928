import { z } from 'astro/zod';
import { parseReplayUrl } from '../lib/replay/url.ts';
import { formatOffset, parseOffset } from '../lib/replay/offset.ts';
import { TRANSCRIPT_PATH } from '../lib/content/rules.ts';
import { line, MAX_LENGTH, slug, spokenLanguage } from './common.ts';

/** A position in the video: "12:34", "1:02:03" or a number of seconds. */
const offset = z.union([z.string(), z.number()]).transform((value, ctx) => {
  const seconds = parseOffset(value);
  if (seconds === undefined) {
    ctx.addIssue({ code: 'custom', message: `"${value}" is not a time in the video (expected 12:34, 1:02:03 or seconds)` });
    return z.NEVER;
  }
  return seconds;
});

/** A chapter of a replay: where it starts and what it is about. */
export const chapterSchema = z.strictObject({
  /** Where the chapter starts, as the video's player shows it (counted from the start of the whole video). */
  at: offset,
  /** What the chapter is about. */
  label: line(MAX_LENGTH.title),
});

/** A replay that can be watched. */
const available = z.strictObject({
  /** The session's file name, without extension. */
  session: slug('session id'),
  /** The video's URL; provider, id and start offset are read from it. */
  url: line(MAX_LENGTH.url, 'needs the video’s URL').transform((value, ctx) => {
    const parsed = parseReplayUrl(value);
    if (!parsed.ok) {
      ctx.addIssue({ code: 'custom', message: `"${value}" ${parsed.message}` });
      return z.NEVER;
    }
    return { href: value, ...parsed.value };
  }),
  /** Language spoken in the video, when it differs from the session's. */
  language: spokenLanguage.optional(),
  /** Length of the video in seconds, when known. */
  durationSeconds: z.number().int().positive().optional(),
  /** A WebVTT transcript of the video in the event's folder, `transcripts/<name>.vtt`: shown under the player and searched. */
  transcript: z
    .string()
    .regex(TRANSCRIPT_PATH, 'must be transcripts/<name>.vtt: a WebVTT file in the event’s transcripts/ folder, named in lower-case words joined by hyphens')
    .optional(),
  /** Chapters in order of time, none before the URL's start offset. Only from someone who watched the video. */
  chapters: z.array(chapterSchema).default([]),
});

/** A session whose replay is not out. */
const missing = z.strictObject({
  /** The session's file name, without extension. */
  session: slug('session id'),
  /** pending: recorded, not published yet; not-recorded: there will be none. */
  state: z.enum(['pending', 'not-recorded'], { error: 'must be "pending" or "not-recorded"' }),
});

/**
 * An entry is a replay when it has a url, a state otherwise. Choosing the branch by that key
 * (rather than a plain union) lets the contributor see the real problem, not "Invalid input".
 */
const entryKind = z.unknown().transform((value, ctx): z.infer<typeof available> | z.infer<typeof missing> => {
  const schema = value && typeof value === 'object' && 'url' in value ? available : missing;
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) ctx.addIssue({ ...issue, code: 'custom', message: issue.message, path: issue.path });
  return z.NEVER;
});

export const replayEntrySchema = entryKind.superRefine((entry, ctx) => {
  if (!('chapters' in entry)) return;
  if (entry.durationSeconds !== undefined && entry.url.start >= entry.durationSeconds) {
    ctx.addIssue({
      code: 'custom',
      path: ['url'],
      message: `starts at ${formatOffset(entry.url.start)}, after the end of the video (${entry.durationSeconds} s)`,
    });
  }
  entry.chapters.forEach((chapter, index) => {
    const previous = entry.chapters[index - 1];
    if (previous && chapter.at <= previous.at) {
      ctx.addIssue({ code: 'custom', path: ['chapters', index, 'at'], message: 'chapters must be in order of time, each after the one before' });
    }
    // Chapter times are positions in the whole video, as its player shows them; a time before
    // the session's start in a shared video was most likely counted from the session's start.
    if (chapter.at < entry.url.start) {
      ctx.addIssue({
        code: 'custom',
        path: ['chapters', index, 'at'],
        message: `is before the session starts in the video (${formatOffset(entry.url.start)}): write times as the video's player shows them`,
      });
    }
    if (entry.durationSeconds !== undefined && chapter.at >= entry.durationSeconds) {
      ctx.addIssue({ code: 'custom', path: ['chapters', index, 'at'], message: `starts after the end of the video (${entry.durationSeconds} s)` });
    }
  });
});

/** An event's `replays.yaml`. */
export const replaysFileSchema = z
  .strictObject({
    /** State of every session not listed below. */
    default: z.enum(['pending', 'not-recorded']).default('pending'),
    /** One entry per session with a replay or a known state. */
    replays: z.array(replayEntrySchema).default([]),
  })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.replays.forEach((entry, index) => {
      if (seen.has(entry.session)) ctx.addIssue({ code: 'custom', path: ['replays', index, 'session'], message: `"${entry.session}" is listed twice` });
      seen.add(entry.session);
    });
  });

export type ReplaysFile = z.infer<typeof replaysFileSchema>;
export type ReplayEntry = z.infer<typeof replayEntrySchema>;
export type Chapter = z.infer<typeof chapterSchema>;

/** A transcript as the session pages read it: the file's text (the captions track) and its cues, parsed by the checks (src/lib/replay/transcript.ts). */
export const transcriptSchema = z.object({
  text: z.string(),
  cues: z.array(z.object({ start: z.number(), end: z.number(), text: z.string() })),
});
