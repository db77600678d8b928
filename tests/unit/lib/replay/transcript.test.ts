import { describe, expect, it } from 'vitest';
import { TRANSCRIPT_PATH } from '../../../../src/lib/content/rules.ts';
import { cueText, parseTranscript } from '../../../../src/lib/replay/transcript.ts';

describe('transcripts', () => {
  it('reads cues in order of time, as plain words', async () => {
    const { cues, errors } = await parseTranscript(
      'WEBVTT\n\nNOTE written by hand\n\n2\n00:00:12.500 --> 00:00:15.000\nEnsuite <i>la démo</i>\n\n1\n00:00:01.000 --> 00:00:04.000 align:start\n<v Ada>Bonjour &amp; bienvenue\nà tous\n',
    );
    expect(errors).toEqual([]);
    expect(cues).toEqual([
      { start: 1, end: 4, text: 'Bonjour & bienvenue à tous' },
      { start: 12.5, end: 15, text: 'Ensuite la démo' },
    ]);
  });

  it('names the line of each problem, including those the parser lets through', async () => {
    const { errors } = await parseTranscript(
      'WEBVTT\n\n00:00:05.000 -> 00:00:06.000\nmauvaise flèche\n\n00:01:00.000 --> 00:00:59.000\nà l’envers\n\nbad --> line\ntexte\n\n00:00:07.000 --> 00:00:08.000 align:nowhere\nréglage\n',
    );
    expect(errors.map((error) => error.line)).toEqual([3, 6, 9, 9, 12]);
    expect(errors[0]!.message).toBe('is not a cue timing (expected 00:01:02.000 --> 00:01:05.000)');
    expect(errors[1]!.message).toBe('the cue ends (00:00:59.000) before it starts (00:01:00.000)');
    expect(errors[2]!.message).toContain('`bad` is invalid');
    expect(errors[2]!.message).not.toContain('on line');
  });

  it('refuses a file that is not WebVTT', async () => {
    const { errors } = await parseTranscript('1\n00:00:01,000 --> 00:00:02,000\nSRT\n');
    expect(errors[0]).toEqual({ line: 1, message: expect.stringContaining('WEBVTT') });
  });

  it('takes markup out of a cue and reads its entities once', () => {
    expect(cueText('<c.loud>Fort</c> &lt;b&gt; <00:00:01.000>et&nbsp;clair')).toBe('Fort <b> et\u00a0clair');
    expect(cueText('&amp;lt;')).toBe('&lt;');
  });

  it('are named by a plain path in the event’s transcripts/ folder', () => {
    expect(TRANSCRIPT_PATH.test('transcripts/ma-session.vtt')).toBe(true);
    for (const path of ['../transcripts/x.vtt', 'transcripts/../../x.vtt', 'transcripts/x.srt', '/etc/x.vtt', 'transcripts/X.vtt', 'transcripts/a/b.vtt'])
      expect(TRANSCRIPT_PATH.test(path), path).toBe(false);
  });
});
