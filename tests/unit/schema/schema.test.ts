import { describe, expect, it } from 'vitest';
import { eventSchema, replaysFileSchema, sessionSchema, speakerSchema, topicSchema } from '../../../src/schema/index.ts';

/** The messages a contributor sees for `data`, as "field: message". */
function messages(schema: { safeParse(data: unknown): { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } }, data: unknown) {
  const result = schema.safeParse(data);
  return result.success ? [] : result.error!.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

const talk = { title: 'Comment créer un plugin kubectl ?', kind: 'talk', language: 'fr', speakers: ['aurelie-vache', 'sebastien-blanc'] };

describe('session schema', () => {
  it('accepts a talk and lists its speakers in order with their role', () => {
    const session = sessionSchema.parse(talk);
    expect(session.people).toEqual([
      { id: 'aurelie-vache', role: 'speaker' },
      { id: 'sebastien-blanc', role: 'speaker' },
    ]);
    expect(session.topics).toEqual([]);
    expect(session.draft).toBe(false);
  });

  it('puts a round table’s moderator first, then its panelists', () => {
    const session = sessionSchema.parse({ title: 'Table ronde', kind: 'round-table', language: 'fr', panelists: ['a', 'b'], moderator: 'c' });
    expect(session.people).toEqual([
      { id: 'c', role: 'moderator' },
      { id: 'a', role: 'panelist' },
      { id: 'b', role: 'panelist' },
    ]);
  });

  it('refuses panelists on a talk and speakers on a round table', () => {
    expect(messages(sessionSchema, { ...talk, panelists: ['x'] })).toEqual([': Unrecognized key: "panelists"']);
    expect(messages(sessionSchema, { title: 'T', kind: 'round-table', language: 'fr', speakers: ['x'] })).toEqual([': Unrecognized key: "speakers"']);
  });

  it('names the kinds it accepts', () => {
    expect(messages(sessionSchema, { ...talk, kind: 'conference' })).toEqual(['kind: kind must be one of keynote, talk, lightning, workshop, round-table']);
  });

  it('requires a start with its UTC offset', () => {
    expect(messages(sessionSchema, { ...talk, start: '2026-02-03T10:30' })).toEqual([
      'start: must be a date and time with its offset, like 2026-02-03T10:30:00+01:00',
    ]);
    expect(sessionSchema.parse({ ...talk, start: '2026-02-03T10:30:00+01:00' }).start?.toISOString()).toBe('2026-02-03T09:30:00.000Z');
  });

  it('refuses ids that are not slugs and links that are not https', () => {
    expect(messages(sessionSchema, { ...talk, speakers: ['Aurélie Vache'], slides: 'http://example.org/slides' })).toEqual([
      'slides: must start with https://',
      'speakers.0: speaker id must be lower-case words joined by hyphens (like "aurelie-vache")',
    ]);
  });

  it('takes any BCP 47 language, in canonical form, and refuses what is not one', () => {
    expect(sessionSchema.parse({ ...talk, language: 'de' }).language).toBe('de');
    expect(sessionSchema.parse({ ...talk, language: 'PT-br' }).language).toBe('pt-BR');
    expect(sessionSchema.parse({ ...talk, language: 'zh-hant-tw' }).language).toBe('zh-Hant-TW');
    expect(messages(sessionSchema, { ...talk, language: 'german' })).toEqual([
      'language: "german" is not a language code (BCP 47, like "fr", "de" or "pt-BR")',
    ]);
    expect(messages(sessionSchema, { ...talk, language: 'en_US' })).toEqual(['language: "en_US" is not a language code (BCP 47, like "fr", "de" or "pt-BR")']);
    expect(messages(sessionSchema, { ...talk, language: 12 })).toEqual(['language: must be a language code like "fr", "de" or "pt-BR"']);
  });
});

describe('event schema', () => {
  const event = {
    name: 'Cloud Native Days France 2026',
    shortName: 'CND France 2026',
    startDate: '2026-02-03',
    endDate: '2026-02-03',
    timeZone: 'Europe/Paris',
    venue: { name: 'CENTQUATRE-PARIS', city: 'Paris', country: 'FR' },
    description: 'Une journée.',
  };

  it('accepts an event and fills the defaults', () => {
    const parsed = eventSchema.parse(event);
    expect(parsed.rooms).toEqual([]);
    expect(parsed.language).toBe('fr');
  });

  it('reads dates only as text, as the one YAML reader hands them over (issue #15: one type for a date)', () => {
    expect(eventSchema.parse({ ...event, startDate: '2026-02-03', endDate: '2026-02-03' }).startDate).toBe('2026-02-03');
    expect(messages(eventSchema, { ...event, startDate: new Date('2026-02-03'), endDate: '2026-02-03' })).toEqual([
      'startDate: must be a date like 2026-02-03',
    ]);
  });

  it('refuses days that are not in the calendar', () => {
    expect(messages(eventSchema, { ...event, startDate: '2026-02-30', endDate: '2026-13-01' })).toEqual([
      'startDate: is not a day of the calendar',
      'endDate: is not a day of the calendar',
    ]);
    expect(messages(eventSchema, { ...event, startDate: '2024-02-29', endDate: '2024-02-29' })).toEqual([]);
  });

  it('refuses an end before the start, an unknown time zone and a room listed twice', () => {
    expect(
      messages(eventSchema, {
        ...event,
        endDate: '2026-02-02',
        timeZone: 'Paris',
        rooms: [
          { id: 'monet', name: 'Monet' },
          { id: 'monet', name: 'Monet bis' },
        ],
      }),
    ).toEqual([
      'timeZone: must be a time zone name like "Europe/Paris"',
      'endDate: must not be before startDate (2026-02-03)',
      'rooms.1.id: "monet" is used twice',
    ]);
  });
});

describe('speaker schema', () => {
  it('accepts the public links it knows', () => {
    const speaker = speakerSchema.parse({ name: 'Denis Germain', links: { website: 'https://blog.zwindler.fr', mastodon: '@zwindler@framapiaf.org' } });
    expect(speaker.links.mastodon).toBe('@zwindler@framapiaf.org');
  });

  it('says what a handle should look like', () => {
    expect(messages(speakerSchema, { name: 'X', links: { github: 'https://github.com/scraly', linkedin: 'cchaudier' } })).toEqual([
      'links.github: must be the GitHub handle alone, without @ or URL',
      'links.linkedin: must look like in/name (the part after linkedin.com/)',
    ]);
  });

  it('refuses a photo outside the speaker’s folder', () => {
    expect(messages(speakerSchema, { name: 'X', photo: '../../etc/passwd.jpg' })).toEqual(['photo: must be a file next to the YAML, like ./aurelie-vache.jpg']);
  });
});

describe('topic schema', () => {
  it('needs a French label', () => {
    expect(messages(topicSchema, { id: 'secrets', label: { en: 'Secrets' } })).toEqual(['label.fr: Invalid input: expected string, received undefined']);
  });
});

describe('replays file schema', () => {
  it('reads the provider, id and start from the URL', () => {
    const file = replaysFileSchema.parse({ replays: [{ session: 'db', url: 'https://www.youtube.com/watch?v=d_ka7PlWo1I&t=2415' }] });
    const entry = file.replays[0]!;
    expect('url' in entry && entry.url).toMatchObject({ provider: 'youtube', id: 'd_ka7PlWo1I', start: 2415 });
    expect(file.default).toBe('pending');
  });

  it('refuses a lookalike host, naming the value', () => {
    expect(messages(replaysFileSchema, { replays: [{ session: 'x', url: 'https://youtube.com.evil.example/watch?v=d_ka7PlWo1I' }] })).toEqual([
      'replays.0.url: "https://youtube.com.evil.example/watch?v=d_ka7PlWo1I" is not a link to YouTube: its host youtube.com.evil.example only looks like YouTube\'s',
    ]);
  });

  it('keeps chapters in order and inside the video', () => {
    expect(
      messages(replaysFileSchema, {
        replays: [
          {
            session: 'x',
            url: 'https://youtu.be/2XghfHsbRtw',
            durationSeconds: 600,
            chapters: [
              { at: '5:00', label: 'b' },
              { at: '1:00', label: 'a' },
              { at: '12:00', label: 'c' },
            ],
          },
        ],
      }),
    ).toEqual([
      'replays.0.chapters.1.at: chapters must be in order of time, each after the one before',
      'replays.0.chapters.2.at: starts after the end of the video (600 s)',
    ]);
  });

  it('refuses a session listed twice and an unknown state', () => {
    expect(
      messages(replaysFileSchema, {
        replays: [
          { session: 'x', state: 'pending' },
          { session: 'x', state: 'lost' },
        ],
      }),
    ).toContain('replays.1.state: must be "pending" or "not-recorded"');
    expect(
      messages(replaysFileSchema, {
        replays: [
          { session: 'x', state: 'pending' },
          { session: 'x', state: 'not-recorded' },
        ],
      }),
    ).toEqual(['replays.1.session: "x" is listed twice']);
  });
});
