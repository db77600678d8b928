import { describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../../../src/lib/content/check.ts';
import { countReplays, filterFromQuery, matches, queryFromFilter } from '../../../../src/lib/replay/library.ts';
import { isoDuration, jsonLdText, videoObject } from '../../../../src/lib/replay/jsonld.ts';
import { replayStateFor } from '../../../../src/lib/replay/state.ts';
import { readTimestamp } from '../../../../src/lib/replay/timestamp.ts';
import { replaysFileSchema } from '../../../../src/schema/replay.ts';

function messages(data: unknown): string[] {
  const result = replaysFileSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

const youtube = (extra: Record<string, unknown> = {}) => ({ replays: [{ session: 'x', url: 'https://www.youtube.com/watch?v=d_ka7PlWo1I&t=2415', ...extra }] });

describe('chapters', () => {
  it('reads chapter times in every form and keeps them in order', () => {
    const file = replaysFileSchema.parse(
      youtube({
        durationSeconds: 5000,
        chapters: [
          { at: '40:15', label: 'Début' },
          { at: 2500, label: 'Démo' },
          { at: '1:05:00', label: 'Questions' },
        ],
      }),
    );
    const state = replayStateFor('x', file);
    expect(state.state === 'available' && state.chapters.map((c) => c.at)).toEqual([2415, 2500, 3900]);
  });

  it('refuses chapters out of order, at the same time, before the session or after the video', () => {
    expect(
      messages(
        youtube({
          durationSeconds: 4000,
          chapters: [
            { at: '10:00', label: 'counted from the session’s start' },
            { at: '45:00', label: 'b' },
            { at: '45:00', label: 'same time' },
            { at: '44:00', label: 'earlier' },
            { at: '1:10:00', label: 'after the end' },
          ],
        }),
      ),
    ).toEqual([
      "replays.0.chapters.0.at: is before the session starts in the video (40:15): write times as the video's player shows them",
      'replays.0.chapters.2.at: chapters must be in order of time, each after the one before',
      'replays.0.chapters.3.at: chapters must be in order of time, each after the one before',
      'replays.0.chapters.4.at: starts after the end of the video (4000 s)',
    ]);
  });

  it('refuses a start offset past the end of the video, a bad time and an empty label', () => {
    expect(messages(youtube({ durationSeconds: 2000 }))).toEqual(['replays.0.url: starts at 40:15, after the end of the video (2000 s)']);
    expect(
      messages(
        youtube({
          chapters: [
            { at: 'soon', label: 'a' },
            { at: '50:00', label: '' },
          ],
        }),
      ),
    ).toEqual([
      'replays.0.chapters.0.at: "soon" is not a time in the video (expected 12:34, 1:02:03 or seconds)',
      'replays.0.chapters.1.label: Too small: expected string to have >=1 characters',
    ]);
  });
});

describe('replays.yaml in the content check', () => {
  it('names the file, the line and the value of a link it refuses', () => {
    const { problems } = checkContent([{ path: 'content/events/demo/replays.yaml', text: 'replays:\n  - session: talk\n    url: javascript:alert(1)\n' }]);
    expect(problems.map(formatProblem)).toContain('content/events/demo/replays.yaml:3: replays[0].url: "javascript:alert(1)" must start with https://');
  });
});

describe('timestamps in notes', () => {
  it('reads the time and keeps it inside the session’s part of the video', () => {
    expect(readTimestamp('12:34')).toEqual({ seconds: 754 });
    expect(readTimestamp(754, { start: 0 })).toEqual({ seconds: 754 });
    expect(readTimestamp('soon')).toEqual({ message: '"soon" is not a time in the video (expected 12:34, 1:02:03 or seconds, under 100 hours)' });
    expect(readTimestamp('5:00', { start: 2415 })).toEqual({
      message: "5:00 is before the session starts in the video (40:15): write times as the video's player shows them",
    });
    expect(readTimestamp('1:00:00', { start: 0, durationSeconds: 3000 })).toEqual({ message: '1:00:00 is after the end of the video (50:00)' });
  });
});

describe('VideoObject', () => {
  const base = {
    video: { provider: 'youtube' as const, id: 'd_ka7PlWo1I' },
    start: 2415,
    title: 'L’enfer des DB SQL',
    description: 'Un talk',
    thumbnailUrl: 'https://carnet.example.org/cards/kcd-france-2023/x.png',
    language: 'fr',
    chapters: [],
    event: { name: 'KCD France 2023', startDate: '2023-03-07', endDate: '2023-03-07', place: 'Centre Pompidou, Paris' },
  };

  it('points at the session’s moment in the video, from the private player', () => {
    const data = videoObject(base);
    expect(data).toMatchObject({
      '@type': 'VideoObject',
      url: 'https://www.youtube.com/watch?v=d_ka7PlWo1I&t=2415s',
      embedUrl: 'https://www.youtube-nocookie.com/embed/d_ka7PlWo1I?start=2415&enablejsapi=1&rel=0',
      recordedAt: { '@type': 'Event', name: 'KCD France 2023' },
    });
    expect(data).not.toHaveProperty('hasPart');
    expect(data).not.toHaveProperty('uploadDate');
    expect(data).not.toHaveProperty('duration');
  });

  it('has a Clip per chapter, each ending where the next starts', () => {
    const data = videoObject({
      ...base,
      durationSeconds: 3000,
      chapters: [
        { at: 2415, label: 'Début' },
        { at: 2600, label: 'Démo' },
      ],
    });
    expect(data.duration).toBe('PT50M');
    expect(data.hasPart).toEqual([
      { '@type': 'Clip', name: 'Début', startOffset: 2415, endOffset: 2600, url: 'https://www.youtube.com/watch?v=d_ka7PlWo1I&t=2415s' },
      { '@type': 'Clip', name: 'Démo', startOffset: 2600, endOffset: 3000, url: 'https://www.youtube.com/watch?v=d_ka7PlWo1I&t=2600s' },
    ]);
    const open = videoObject({ ...base, chapters: [{ at: 2415, label: 'Début' }] });
    expect(open.hasPart).toEqual([{ '@type': 'Clip', name: 'Début', startOffset: 2415, url: 'https://www.youtube.com/watch?v=d_ka7PlWo1I&t=2415s' }]);
  });

  it('gives a file as contentUrl', () => {
    expect(videoObject({ ...base, video: { provider: 'file', id: 'https://media.example.org/a.mp4' }, start: 0 })).toMatchObject({
      contentUrl: 'https://media.example.org/a.mp4',
    });
  });

  it('cannot be closed early by a title', () => {
    const text = jsonLdText(videoObject({ ...base, title: '</script><script>alert(1)</script>' }));
    expect(text).not.toContain('</script>');
    expect(JSON.parse(text).name).toBe('</script><script>alert(1)</script>');
  });

  it('writes durations as ISO 8601', () => {
    expect(isoDuration(3723)).toBe('PT1H2M3S');
    expect(isoDuration(3600)).toBe('PT1H');
    expect(isoDuration(45)).toBe('PT45S');
    expect(isoDuration(0)).toBe('PT0S');
  });
});

describe('the replay library', () => {
  it('counts replays by state', () => {
    expect(countReplays([{ state: 'available' }, { state: 'pending' }, { state: 'pending' }, { state: 'not-recorded' }])).toEqual({
      available: 1,
      pending: 2,
      notRecorded: 1,
    });
  });

  it('matches every chosen field, any topic of the session', () => {
    const item = { event: 'kcd-france-2023', topics: ['secrets', 'security'], language: 'fr', kind: 'talk' };
    expect(matches(item, {})).toBe(true);
    expect(matches(item, { event: '', topic: '' })).toBe(true);
    expect(matches(item, { topic: 'security', kind: 'talk' })).toBe(true);
    expect(matches(item, { topic: 'security', language: 'en' })).toBe(false);
    expect(matches(item, { event: 'cloud-native-days-france-2026' })).toBe(false);
  });

  it('round-trips a filter through the address, ignoring unknown fields', () => {
    expect(filterFromQuery('?event=kcd-france-2023&kind=talk&utm_source=x')).toEqual({ event: 'kcd-france-2023', kind: 'talk' });
    expect(queryFromFilter({ event: 'kcd-france-2023', topic: '', kind: 'talk' })).toBe('?event=kcd-france-2023&kind=talk');
    expect(queryFromFilter({})).toBe('');
  });
});
