// The whole of `npm run check`: the content checks (./check.ts, synchronous, so the importer and
// the scaffolder can check planned files on the spot) and the transcripts, whose parser works
// asynchronously. The build and `npm run check` both run this; a transcript's entry then carries
// its cues, so that the session pages do not parse it again.
import { readTranscripts } from '../replay/transcript.ts';
import { checkContent, type CheckedContent, type SourceFile } from './check.ts';
import { readContentFiles } from './read.ts';

export async function checkAllContent(files: readonly SourceFile[]): Promise<CheckedContent> {
  const checked = checkContent(files);
  const { cues, problems } = await readTranscripts(checked.content.transcripts);
  for (const entry of checked.entries) if (entry.kind === 'transcripts') entry.data = { ...(entry.data as object), cues: cues.get(entry.id) };
  return { ...checked, problems: [...checked.problems, ...problems] };
}

/** The content folder `contentDir` of the project at `root`, read and checked. */
export function checkContentFolder(root: string, contentDir = 'content'): Promise<CheckedContent> {
  return checkAllContent(readContentFiles(root, contentDir));
}
