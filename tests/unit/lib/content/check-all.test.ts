// Transcripts, checked with the rest of content/ by `npm run check` and the build.
import { describe, expect, it } from 'vitest';
import { checkAllContent } from '../../../../src/lib/content/check-all.ts';
import { formatProblem, type SourceFile } from '../../../../src/lib/content/check.ts';
import { readContentFiles } from '../../../../src/lib/content/read.ts';

const BASE = readContentFiles(new URL('../../../fixtures/content/', import.meta.url).pathname);
const replays = (transcript: string) => ({
  path: 'content/events/demo-2026/replays.yaml',
  text: `replays:\n  - session: plugin-kubectl\n    url: https://www.youtube.com/watch?v=AbCdEfGhIj0\n    transcript: ${transcript}\n`,
});
const problemsWith = async (...files: SourceFile[]) => (await checkAllContent([...BASE, ...files])).problems.map(formatProblem);
const GOOD = 'WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nBonjour\n';

describe('transcripts in content/', () => {
  it('pass when named by replays.yaml and well formed', async () => {
    expect(await problemsWith(replays('transcripts/plugin-kubectl.vtt'), { path: 'content/events/demo-2026/transcripts/plugin-kubectl.vtt', text: GOOD })).toEqual([]);
  });

  it('stop the check on a broken file, naming the file and line', async () => {
    const broken = 'WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nBonjour\n\n00:00:09.000 -> 00:00:12.000\nflèche cassée\n';
    expect(await problemsWith(replays('transcripts/plugin-kubectl.vtt'), { path: 'content/events/demo-2026/transcripts/plugin-kubectl.vtt', text: broken })).toEqual([
      'content/events/demo-2026/transcripts/plugin-kubectl.vtt:6: is not a cue timing (expected 00:01:02.000 --> 00:01:05.000)',
    ]);
  });

  it('refuse a transcript that is not there, or a path out of the folder', async () => {
    expect(await problemsWith(replays('transcripts/absent.vtt'))).toEqual([
      'content/events/demo-2026/replays.yaml:4: replays[0].transcript: "transcripts/absent.vtt" is not there (expected the file content/events/demo-2026/transcripts/absent.vtt)',
    ]);
    const [problem] = await problemsWith(replays('../../speakers/x.vtt'));
    expect(problem).toMatch(/^content\/events\/demo-2026\/replays\.yaml:4: replays\[0\]\.transcript: must be transcripts\/<name>\.vtt/);
  });

  it('refuse a transcript file with an odd name', async () => {
    expect(await problemsWith({ path: 'content/events/demo-2026/transcripts/Mon Talk.vtt', text: GOOD })).toEqual([
      'content/events/demo-2026/transcripts/Mon Talk.vtt: a transcript’s name must be lower-case words joined by hyphens, ending in .vtt (like transcripts/ma-session.vtt)',
    ]);
  });
});
