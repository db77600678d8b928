// The transcripts of replays, read from the event's folder when a session page or its captions
// file is built. Checked before the build (src/lib/content/check-all.ts): here they only parse.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CONTENT_DIR } from '../lib/content/dir.ts';
import { parseTranscript, type TranscriptCue } from '../lib/replay/transcript.ts';
import type { SessionView } from './model.ts';

/** The transcript a session's replay names: its file's path in the repository, and its text. */
export async function transcriptFile(session: SessionView): Promise<{ path: string; text: string } | undefined> {
  const replay = session.replay;
  if (replay.state !== 'available' || !replay.transcript) return undefined;
  const path = join(CONTENT_DIR, 'events', session.event.id, replay.transcript);
  return { path, text: await readFile(path, 'utf8') };
}

/** The session's transcript as cues, or undefined when its replay has none. */
export async function transcriptOf(session: SessionView): Promise<TranscriptCue[] | undefined> {
  const file = await transcriptFile(session);
  return file && (await parseTranscript(file.text)).cues;
}
