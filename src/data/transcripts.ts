// The transcripts of replays, as the content checks read and parsed them (the transcripts
// collection, src/content.config.ts): their cues for the session page, their text for its captions file.
import { getEntry } from 'astro:content';
import type { TranscriptCue } from '../lib/replay/transcript.ts';
import type { SessionView } from './model.ts';

async function transcriptEntry(session: SessionView) {
  const replay = session.replay;
  if (replay.state !== 'available' || !replay.transcript) return undefined;
  return (await getEntry('transcripts', `${session.event.id}/${replay.transcript}`))?.data;
}

/** The text of the transcript a session's replay names, or undefined when it names none. */
export async function transcriptText(session: SessionView): Promise<string | undefined> {
  return (await transcriptEntry(session))?.text;
}

/** The session's transcript as cues, or undefined when its replay has none. */
export async function transcriptOf(session: SessionView): Promise<TranscriptCue[] | undefined> {
  return (await transcriptEntry(session))?.cues;
}
