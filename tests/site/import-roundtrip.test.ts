// Every real schedule in tests/fixtures imports into a temporary copy of the project, which
// then builds; the exports of the imported events validate against the official schemas and
// keep each session's title, start, duration, room and people. One copy, one build for all.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempProject, type TempProject } from '../../scripts/lib/temp-project.ts';
import { readSchedule } from '../../src/lib/import/read.ts';
import { canonicalLanguage } from '../../src/schema/common.ts';
import { slugify } from '../../src/lib/content/slug.ts';
import { c3vocProblems, calendarEntries, frabProblems } from '../helpers/validate.ts';
import { SITE_URL } from '../helpers/content.ts';

const PROJECT = process.cwd();
const FIXTURES = join(PROJECT, 'tests/fixtures');

/** Each real file, the event it goes into, and the options a person would pass. */
const IMPORTS = [
  { file: 'schedule/giggity__romhack_camp_2026.pretalx.xml', event: 'romhack-camp-2026', args: [] },
  { file: 'schedule/voc-schedule__json__examples__frab-camp2019.json', event: 'camp-2019', args: [] },
  { file: 'schedule/voc-schedule__json__examples__hub-schedule2.json', event: 'hub-38c3', args: [] },
  { file: 'schedule/voc-schedule__json__examples__pretalx-democon.json', event: 'democon', args: [] },
  { file: 'schedule/voc-schedule__json__examples__pretalx-rc3.json', event: 'rc3-channels', args: ['--timezone', 'Europe/Berlin'] },
  { file: 'schedule/voc-schedule__json__examples__invalid-example.json', event: 'winterchaos-2022', args: [] },
  { file: 'import/sessionize-demo-jl4ktls0__All.json', event: 'sessionize-all', args: ['--timezone', 'Europe/Zagreb'] },
  { file: 'import/sessionize-demo-jl4ktls0__GridSmart.json', event: 'sessionize-grid', args: ['--timezone', 'Europe/Zagreb'] },
  { file: 'import/sessionize-demo-jl4ktls0__Sessions.json', event: 'sessionize-sessions', args: ['--timezone', 'Europe/Zagreb'] },
  // iCalendar: Meetup, Google (a series), Outlook (Windows zones, a series), Apple iCal (floating
  // times, all-day entries), Lanyrd, TripIt, Thunderbird, Synology (tests/fixtures/calendar).
  ...readdirSync(join(FIXTURES, 'calendar'))
    .filter((name) => name.endsWith('.ics'))
    .map((name) => ({ file: `calendar/${name}`, event: `ics-${slugify(name.replace(/^node-ical__test__fixtures__|\.ics$/g, ''))}`, args: [] as string[] })),
];

let project: TempProject;
let copy: string;
const outputs = new Map<string, string>();
let build: { status: number | null; output: string };

beforeAll(() => {
  project = tempProject();
  copy = project.root;
  for (const { file, event, args } of IMPORTS) {
    const run = project.run(['scripts/import.ts', join(FIXTURES, file), '--event', event, ...args]);
    outputs.set(event, `${run.output}\nexit ${run.status}`);
  }
  // Exports are written only for a site with a public address.
  process.env.SITE_URL = SITE_URL;
  build = project.astro(['build']);
}, 600_000);

// Removing the copy's dist/ can take a while on a busy machine.
afterAll(() => project.remove(), 60_000);

const dist = (path: string) => readFileSync(join(copy, 'dist', path), 'utf8');

interface ExportedEvent {
  title: string;
  date: string;
  duration: string;
  room: string;
  persons: { name: string }[];
  code?: string;
}

it('imports every real file and builds', () => {
  for (const { event } of IMPORTS) expect(outputs.get(event), event).toMatch(/Created \(\d+: 1 event, \d+ people, \d+ notes\)[\s\S]*exit 0$/);
  expect(build.status, build.output.slice(-3000)).toBe(0);
});

it('keeps the language of German talks, and names it on their page', () => {
  const index = JSON.parse(dist('api/sessions.json')) as { sessions: { event: string; slug: string; language: string }[] };
  const german = index.sessions.filter((s) => s.event === 'camp-2019' && s.language === 'de');
  expect(german).toHaveLength(24);
  const page = dist(`camp-2019/${german[0]!.slug}/index.html`);
  expect(page).toContain('lang="de"');
  // In the session's facts line ("Conférence · en allemand").
  expect(page).toMatch(/ · en allemand/);
});

it('matches people across imports instead of duplicating them', () => {
  // The three Sessionize views share their speakers: the second and third import reuse them.
  expect(outputs.get('sessionize-grid')).toContain('Created (11: 1 event, 0 people, 10 notes)');
  expect(outputs.get('sessionize-grid')).toContain('"Aiden Test" is already known');
});

describe.each(IMPORTS)('$file', ({ file, event }) => {
  const source = () => readSchedule(readFileSync(join(FIXTURES, file), 'utf8'), { file });
  // The schedule formats file every session under a time and a length (all-day calendar
  // entries have neither, nor has a session longer than a day, which the importer drops).
  const timed = () => source().sessions.filter((s) => s.start && s.durationMinutes && s.durationMinutes <= 24 * 60);

  it('accounts for every session of the file: each one new, none refused', () => {
    const { sessions, left } = source();
    expect(outputs.get(event)).toContain(
      `Sessions of the file (${sessions.length + left.length}): ${sessions.length} new, 0 already there, 0 refused, ${left.length} left out`,
    );
  });

  it('keeps each session’s language in the exports', () => {
    const json = JSON.parse(dist(`${event}/schedule.json`));
    const exported: (ExportedEvent & { language: string })[] = json.schedule.conference.days.flatMap((day: { rooms: Record<string, ExportedEvent[]> }) =>
      Object.values(day.rooms).flat(),
    );
    for (const session of timed()) {
      const spoken = session.language && canonicalLanguage(session.language);
      if (!spoken) continue;
      const match = exported.find((e) => e.title === session.title && new Date(e.date).getTime() === session.start!.getTime());
      expect(match?.language, session.title).toBe(spoken);
    }
  });

  it('exports a schedule.xml that validates against the XSD', async () => {
    expect(await frabProblems(dist(`${event}/schedule.xml`))).toEqual([]);
  });

  it('exports a schedule.json that validates and keeps every session’s title, start, duration, room and people', () => {
    const json = JSON.parse(dist(`${event}/schedule.json`));
    expect(c3vocProblems(json)).toEqual([]);
    const exported: ExportedEvent[] = json.schedule.conference.days.flatMap((day: { rooms: Record<string, ExportedEvent[]> }) =>
      Object.values(day.rooms).flat(),
    );
    const { people } = source();
    const sessions = timed();
    expect(exported).toHaveLength(sessions.length);
    for (const session of sessions) {
      const match = exported.find((e) => e.title === session.title && new Date(e.date).getTime() === session.start!.getTime());
      expect(match, `${session.title} at ${session.start?.toISOString()}`).toBeDefined();
      const [h, m] = match!.duration.split(':').map(Number);
      expect(h! * 60 + m!, session.title).toBe(session.durationMinutes);
      // A session without a room is filed under one named after the venue.
      if (session.room) expect(match!.room, session.title).toBe(session.room);
      // People are one per name (matched by their slug, as the importer matches them): "mo"
      // and "Mo" in Camp 2019 are one person, written with the first spelling met.
      const names = [...new Set(session.people.map((key) => slugify(people.get(key)!.name)))];
      expect(
        match!.persons.map((p) => slugify(p.name)),
        session.title,
      ).toEqual(names);
    }
  });

  it('exports a calendar that node-ical reads, one entry per session plus the event', () => {
    const entries = calendarEntries(dist(`${event}/calendar.ics`));
    expect(entries).toHaveLength(timed().length + 1);
  });
});
