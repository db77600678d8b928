import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContent, type SourceFile } from '../../../../src/lib/content/check.ts';
import { ImportError, text, type ImportedSchedule } from '../../../../src/lib/import/model.ts';
import { kindOf, linksOf, matchNames, namesUsed, planImport, shortSlug, summaryOf } from '../../../../src/lib/import/plan.ts';
import { readSchedule } from '../../../../src/lib/import/read.ts';
import { readContentFiles } from '../../../../src/lib/content/read.ts';

const repository = readContentFiles(process.cwd());
const fixture = (path: string) => readFileSync(new URL(`../../../fixtures/${path}`, import.meta.url), 'utf8');
const romhack = () => readSchedule(fixture('schedule/giggity__romhack_camp_2026.pretalx.xml'), { file: 'romhack.xml' });
const options = (eventId: string) => ({ eventId, source: 'test.json' });

/** A small schedule written by hand, in the neutral shape every reader produces. */
function handMade(sessions: Partial<ImportedSchedule['sessions'][number]>[], people: [string, string][] = []): ImportedSchedule {
  return {
    format: 'c3voc-json',
    title: 'Hand made',
    timeZone: 'Europe/Paris',
    rooms: [...new Set(sessions.map((s) => s.room).filter((r): r is string => !!r))],
    tracks: [...new Set(sessions.map((s) => s.track).filter((r): r is string => !!r))],
    people: new Map(people.map(([key, name]) => [key, { key, name, links: [] }])),
    sessions: sessions.map((s, i) => ({ key: `k${i}`, title: `Session ${i}`, people: [], where: `sessions[${i}]`, ...s })),
    left: [],
    warnings: [],
  };
}

const paths = (files: readonly { path: string }[]) => files.map((file) => file.path);
const apply = (files: readonly SourceFile[], plan: { create: SourceFile[] }) => [...files, ...plan.create.map(({ path, text }) => ({ path, text }))];

describe('planning an import into a new event', () => {
  const plan = planImport(romhack(), repository, options('romhack-camp-2026'));

  it('creates the event, its people and one stub note per session, all valid content', () => {
    expect(plan.problems).toEqual([]);
    expect(plan.create.filter((f) => f.what === 'event').map((f) => f.path)).toEqual(['content/events/romhack-camp-2026/event.yaml']);
    expect(plan.create.filter((f) => f.what === 'note')).toHaveLength(10);
    expect(checkContent(apply(repository, plan)).problems).toEqual([]);
  });

  it('writes rooms, tracks, the zone and the dates into event.yaml', () => {
    const { content } = checkContent(apply(repository, plan));
    expect(content.events.get('romhack-camp-2026')).toMatchObject({
      timeZone: 'Europe/Rome',
      startDate: '2026-10-02',
      endDate: '2026-10-04',
      rooms: [
        { id: 'stage-1', name: 'STAGE 1' },
        { id: 'workshop-2', name: 'WORKSHOP 2' },
      ],
    });
  });

  it('keeps each session’s title, time, length, room, people and code in its note, with an empty body', () => {
    const { content } = checkContent(apply(repository, plan));
    const opening = content.sessions.get('romhack-camp-2026/romhack-camp-opening')!;
    expect(opening.data).toMatchObject({
      title: 'RomHack Camp Opening',
      kind: 'talk',
      room: 'stage-1',
      track: 'orga',
      durationMinutes: 40,
      code: '7DJ87Y',
      speakers: ['cyber-saiyan'],
    });
    expect(opening.data.start?.toISOString()).toBe('2026-10-02T09:00:00.000Z');
    expect(opening.body.trim()).toBe('');
  });

  it('is stable: planning again over the result creates nothing and skips everything', () => {
    const again = planImport(romhack(), apply(repository, plan), options('romhack-camp-2026'));
    expect(again.create).toEqual([]);
    expect(again.conflicts).toEqual([]);
    expect(again.skip).toHaveLength(11);
  });
});

describe('people', () => {
  it('are matched to existing speakers by name, not duplicated', () => {
    const schedule = handMade(
      [{ title: 'Plugins kubectl, encore', start: new Date('2026-05-05T10:00:00Z'), people: ['a', 'b'] }],
      [
        ['a', 'Aurelie VACHE'],
        ['b', 'Nouvelle Personne'],
      ],
    );
    const plan = planImport(schedule, repository, options('hand-made'));
    expect(plan.problems).toEqual([]);
    expect(paths(plan.create.filter((f) => f.what === 'person'))).toEqual(['content/speakers/nouvelle-personne.yaml']);
    expect(plan.skip).toContainEqual({ path: 'content/speakers/aurelie-vache.yaml', reason: '"Aurelie VACHE" is already known' });
    expect(plan.create.find((f) => f.what === 'note')!.text).toContain('speakers:\n  - aurelie-vache\n  - nouvelle-personne\n');
  });

  it('appear once in a session even when the file lists them twice', () => {
    const plan = planImport(
      handMade(
        [{ start: new Date('2026-05-05T10:00:00Z'), people: ['a', 'a2'] }],
        [
          ['a', 'Jo Doe'],
          ['a2', 'Jo Doe'],
        ],
      ),
      repository,
      options('hand-made'),
    );
    expect(plan.problems).toEqual([]);
    expect(plan.create.find((f) => f.what === 'note')!.text).toContain('speakers:\n  - jo-doe\n');
  });
});

describe('importing into an existing event', () => {
  const event = 'cloud-native-days-france-2026';

  it('skips sessions that already have a note (same code or same title), creates the others', () => {
    const schedule = handMade([
      { code: '8QBHMU', title: 'Inside Cilium, titre du programme', room: 'Piaf', start: new Date('2026-02-03T13:30:00Z'), durationMinutes: 10 },
      { title: 'Une session de plus', room: 'Piaf', start: new Date('2026-02-03T16:00:00Z'), durationMinutes: 20 },
    ]);
    const plan = planImport(schedule, repository, options(event));
    expect(plan.problems).toEqual([]);
    expect(plan.skip).toContainEqual({ path: `content/events/${event}/event.yaml`, reason: 'the event exists: left as it is' });
    expect(plan.skip).toContainEqual({
      path: `content/events/${event}/sessions/inside-cilium-dsr.md`,
      reason: 'already the note of "Inside Cilium, titre du programme"',
    });
    expect(paths(plan.create)).toEqual([`content/events/${event}/sessions/une-session-de-plus.md`]);
    expect(plan.create[0]!.text).toContain('room: piaf\n');
  });

  it('never writes over a note: a different session at the same path is a conflict', () => {
    const schedule = handMade([{ title: 'Workloads stateful', room: 'Piaf', start: new Date('2026-02-03T16:00:00Z') }]);
    const files = repository.map((file) =>
      file.path.endsWith('/workloads-stateful.md') ? { ...file, text: file.text.replace(/^title: .*$/m, 'title: "Autre chose"') } : file,
    );
    const plan = planImport(schedule, files, options(event));
    expect(plan.create).toEqual([]);
    expect(plan.conflicts).toEqual([
      {
        path: `content/events/${event}/sessions/workloads-stateful.md`,
        reason: 'holds another session than "Workloads stateful" (sessions[0]): not overwritten',
      },
    ]);
  });

  it('reports rooms the event lacks and leaves their sessions out', () => {
    const plan = planImport(handMade([{ title: 'Ailleurs', room: 'Salle 42', start: new Date('2026-02-03T16:00:00Z') }]), repository, options(event));
    expect(plan.create).toEqual([]);
    expect(plan.conflicts.map((c) => c.path)).toEqual([`content/events/${event}/event.yaml`, `content/events/${event}/sessions/ailleurs.md`]);
    expect(plan.conflicts[0]!.reason).toContain('room "Salle 42"');
  });

  it('reports sessions outside the event’s dates', () => {
    const plan = planImport(handMade([{ title: 'Trop tard', start: new Date('2026-06-01T10:00:00Z') }]), repository, options(event));
    expect(plan.conflicts[0]!.reason).toContain("outside the event's dates");
  });
});

describe('rooms and tracks of the file against an existing event', () => {
  const saal = [
    { id: 'saal-1', name: 'Saal 1' },
    { id: 'saal-1-2', name: 'Saal-1' },
  ];

  it('matches two names with one slug to their own entries', () => {
    expect(matchNames(['Saal-1', 'Saal 1'], saal)).toEqual({
      found: new Map([
        ['Saal-1', 'saal-1-2'],
        ['Saal 1', 'saal-1'],
      ]),
      missing: [],
    });
  });

  it('matches without case and accents, or by id, when no other name of the file has the entry', () => {
    expect(matchNames(['saal 1', 'SAAL-1-2'], saal).found).toEqual(
      new Map([
        ['saal 1', 'saal-1'],
        ['SAAL-1-2', 'saal-1-2'],
      ]),
    );
  });

  it('never merges two names of the file into one entry', () => {
    expect(matchNames(['DevOps', 'devops'], [{ id: 'devops', name: 'DevOps' }])).toEqual({ found: new Map([['DevOps', 'devops']]), missing: ['devops'] });
  });

  it('uses the declared names in the file’s order, then any a session names without declaring it', () => {
    expect(namesUsed(['A', 'B', 'C'], ['C', undefined, 'Z', 'A', 'Z'])).toEqual(['A', 'C', 'Z']);
  });
});

describe('refusals of the planner', () => {
  it('an event id that is not a slug, or a path the site uses', () => {
    expect(() => planImport(romhack(), repository, options('RomHack 2026'))).toThrow(ImportError);
    expect(() => planImport(romhack(), repository, options('api'))).toThrow('"api" is a path the site uses itself');
  });

  it('an existing event.yaml that is not valid', () => {
    const files = [...repository, { path: 'content/events/broken/event.yaml', text: 'name: [' }];
    const plan = planImport(romhack(), files, options('broken'));
    expect(plan.create).toEqual([]);
    expect(plan.problems[0]).toMatchObject({ file: 'content/events/broken/event.yaml', message: expect.stringContaining('fix it first') });
  });
});

describe('mapping helpers', () => {
  it('map the formats’ session types to Carnet kinds', () => {
    expect(
      ['Talk 30 min + 10min Q&A', 'lecture', 'Workshop 60 Min', 'Lightning Talk', 'LightningTalk 15min 10min Q&A', 'Keynote', 'Podium', 'OTHER', 'Session'].map(
        (t) => kindOf(t).kind,
      ),
    ).toEqual(['talk', 'talk', 'workshop', 'lightning', 'lightning', 'keynote', 'round-table', 'talk', 'talk']);
    expect(kindOf('Hackathon')).toEqual({ kind: 'talk', known: false });
  });

  it('make short slugs and plain-text summaries', () => {
    expect(shortSlug("Aiden's Session")).toBe('aidens-session');
    expect(shortSlug('A'.repeat(10) + ' ' + 'very long title '.repeat(10)).length).toBeLessThanOrEqual(60);
    expect(summaryOf('**Welcome** to [the camp](https://x.org)! Second sentence. ' + 'Third sentence is long. '.repeat(20))).toBe(
      'Welcome to the camp! Second sentence. ' + 'Third sentence is long. '.repeat(10).trim(),
    );
  });

  it('keep only the profile links the schema accepts', () => {
    expect(
      linksOf([
        'https://twitter.com/sessionizecom',
        'http://linkedin.com/in/domagojpa',
        'http://insecure.example',
        'https://blog.example.org/',
        'https://mastodon.social/@someone',
      ]),
    ).toEqual({
      x: 'sessionizecom',
      linkedin: 'in/domagojpa',
      website: 'https://blog.example.org/',
      mastodon: '@someone@mastodon.social',
    });
  });
});

describe('imported text that content may not hold', () => {
  it('shortens a title over 200 characters, keeps the programme’s wording as officialTitle, and says so', () => {
    const long = `${'Une très longue session '.repeat(12)}fin`;
    const plan = planImport(handMade([{ title: long, start: new Date('2026-05-05T10:00:00Z') }]), repository, options('long-titles-2026'));
    expect(plan.problems).toEqual([]);
    const { content } = checkContent(apply(repository, plan));
    const session = [...content.sessions.values()].find((s) => s.event === 'long-titles-2026')!;
    expect([...session.data.title].length).toBeLessThanOrEqual(200);
    expect(session.data.title).toMatch(/\S…$/);
    expect(long.startsWith(`${session.data.title.slice(0, -1)} `)).toBe(true);
    expect(session.data.officialTitle).toBe(long);
    expect(plan.warnings.map((w) => w.message)).toContain(
      `a title of ${long.length} characters: shortened to 200, the programme's wording kept as officialTitle`,
    );
  });

  it('reads text without control characters and on one line, so a pasted vertical tab does not stop the import', () => {
    expect(text('  Titre\u000b collé\n depuis\tWord\u0000 ')).toBe('Titre collé depuis Word');
    expect(text('\u0007')).toBeUndefined();
  });
});
