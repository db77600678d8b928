// The whole of `npm run check`: the content checks (./check.ts, synchronous, so the importer and
// the scaffolder can check planned files on the spot) and the transcripts, whose parser works
// asynchronously. The build and `npm run check` both run this.
import { transcriptProblems } from '../replay/transcript.ts';
import { checkContent, type Content, type Problem, type SourceFile } from './check.ts';

export async function checkAllContent(files: readonly SourceFile[]): Promise<{ problems: Problem[]; content: Content }> {
  const { problems, content } = checkContent(files);
  return { problems: [...problems, ...(await transcriptProblems(content.transcripts))], content };
}
