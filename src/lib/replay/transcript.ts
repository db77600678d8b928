// Transcripts of replays: WebVTT files kept in an event's transcripts/ folder, named by its
// replays.yaml (`transcript: transcripts/<session>.vtt`). Parsed by media-captions, the parser
// of the Vidstack player; what a contributor gets wrong is reported with its line.
import { parseText, parseVTTTimestamp } from 'media-captions';
import type { Problem } from '../content/problem.ts';

/** One cue as the session page shows it: when it starts (seconds into the video) and its words. */
export interface TranscriptCue {
  start: number;
  end: number;
  text: string;
}

export interface ParsedTranscript {
  cues: TranscriptCue[];
  errors: { line: number; message: string }[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', nbsp: '\u00a0', lrm: '\u200e', rlm: '\u200f' };

/** A cue's words without its markup (<v Speaker>, <i>, timestamps), entities read: plain text for the page and search. */
export function cueText(text: string): string {
  return text
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|nbsp|lrm|rlm);/g, (_, name: string) => ENTITIES[name]!)
    .replace(/[ \t\r\n]+/g, ' ')
    .trim();
}

/** A cue timing line: `00:01:02.000 --> 00:01:05.000`, settings after. */
const TIMING = /^(\S+)[ \t]+-->[ \t]+(\S+)/;
/** A line that starts like a timing but is not one (`00:05.000 -> 00:06.000`): the parser takes it for text. */
const LOOKS_LIKE_TIMING = /^\d[\d:.]*[ \t]*(-+>|=+>|—>|–>)/;

/**
 * A WebVTT file's cues, in order of time, and every problem found: the parser's, plus two it
 * lets through silently (a timing with a malformed arrow, read as text; a cue that ends before
 * it starts, dropped).
 */
export async function parseTranscript(text: string): Promise<ParsedTranscript> {
  const errors: ParsedTranscript['errors'] = [];
  const result = await parseText(text, {
    type: 'vtt',
    errors: true,
    onError: (error) => errors.push({ line: error.line, message: error.message.replace(/ on line \d+/, '') }),
  });
  text.split(/\r\n?|\n/).forEach((line, index) => {
    const timing = TIMING.exec(line);
    if (timing) {
      const start = parseVTTTimestamp(timing[1]!);
      const end = parseVTTTimestamp(timing[2]!);
      if (start !== null && end !== null && end <= start)
        errors.push({ line: index + 1, message: `the cue ends (${timing[2]}) before it starts (${timing[1]})` });
    } else if (LOOKS_LIKE_TIMING.test(line)) {
      errors.push({ line: index + 1, message: 'is not a cue timing (expected 00:01:02.000 --> 00:01:05.000)' });
    }
  });
  const cues = result.cues
    .map((cue) => ({ start: cue.startTime, end: cue.endTime, text: cueText(cue.text) }))
    .filter((cue) => cue.text !== '')
    .sort((a, b) => a.start - b.start);
  return { cues, errors: errors.sort((a, b) => a.line - b.line) };
}

/**
 * The transcripts of `content` parsed, by `<event>/transcripts/<name>.vtt`, and every problem
 * found, as `content/events/<event>/transcripts/<name>.vtt:line`.
 */
export async function readTranscripts(transcripts: ReadonlyMap<string, string>): Promise<{ cues: Map<string, TranscriptCue[]>; problems: Problem[] }> {
  const parsed = await Promise.all([...transcripts].map(async ([path, text]) => [path, await parseTranscript(text)] as const));
  return {
    cues: new Map(parsed.map(([path, { cues }]) => [path, cues])),
    problems: parsed.flatMap(([path, { errors }]) => errors.map((error) => ({ file: `content/events/${path}`, line: error.line, message: error.message }))),
  };
}
