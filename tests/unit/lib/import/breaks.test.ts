import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../../src/lib/content/check.ts';
import { isBreak, separateBreaks } from '../../../../src/lib/import/breaks.ts';
import { emptySchedule } from '../../../../src/lib/import/model.ts';
import { planImport } from '../../../../src/lib/import/plan.ts';
import { readSchedule } from '../../../../src/lib/import/read.ts';
import { readContentFiles } from '../../../../src/lib/content/read.ts';

const fixture = (path: string) => readFileSync(new URL(`../../../fixtures/${path}`, import.meta.url), 'utf8');
const session = (title: string, extra: { type?: string; people?: string[]; start?: Date; durationMinutes?: number } = {}) => ({
  key: title,
  title,
  people: [],
  where: `sessions["${title}"]`,
  ...extra,
});

describe('breaks and meals in an imported schedule', () => {
  it('are told by their type, or by their title when nobody is on stage', () => {
    expect(isBreak(session('Lunch'))).toBe(true);
    expect(isBreak(session('Pause café'))).toBe(true);
    expect(isBreak(session('Déjeuner'))).toBe(true);
    expect(isBreak(session('Repas du soir', { type: 'Other' }))).toBe(true);
    expect(isBreak(session('Networking', { type: 'Coffee break' }))).toBe(true);
    // Talks that only mention the words.
    expect(isBreak(session('When Lightning Strikes Thrice: Breaking Thunderbolt 3 Security'))).toBe(false);
    expect(isBreak(session('Coffee with Java', { people: ['duke'] }))).toBe(false);
    expect(isBreak(session('Kubernetes', { type: 'Talk' }))).toBe(false);
  });

  it('become the event’s breaks when timed, and are listed as left out of the notes', () => {
    const start = new Date('2026-10-02T10:30:00Z');
    const schedule = separateBreaks({
      ...emptySchedule('c3voc-json'),
      sessions: [session('Keynote', { start, durationMinutes: 30 }), session('Coffee break', { start, durationMinutes: 20 }), session('Lunch')],
    });
    expect(schedule.sessions.map((s) => s.title)).toEqual(['Keynote']);
    expect(schedule.breaks).toEqual([{ label: 'Coffee break', start, durationMinutes: 20, where: 'sessions["Coffee break"]' }]);
    expect(schedule.left.map((l) => [l.title, l.reason])).toEqual([
      ['Coffee break', 'a break or meal: written as a break of the event'],
      ['Lunch', 'a break or meal without a time: left out'],
    ]);
  });

  it('come from Sessionize service sessions, and are written into a new event.yaml that passes the checks', () => {
    const schedule = readSchedule(fixture('import/sessionize-demo-jl4ktls0__All.json'), { file: 'All.json', timeZone: 'Europe/Paris' });
    expect(schedule.breaks).toEqual([{ label: 'Lunch', start: new Date('2017-05-27T12:30:00Z'), durationMinutes: 60, where: 'sessions[5]' }]);
    const repository = readContentFiles(process.cwd());
    const plan = planImport(schedule, repository, { eventId: 'sessionize-demo', source: 'All.json' });
    expect(plan.problems).toEqual([]);
    const event = plan.create.find((file) => file.what === 'event')!;
    expect(event.text).toContain('breaks:\n  - label: Lunch\n    start: 2017-05-27T14:30:00+02:00\n    durationMinutes: 60\n');
    const { content, problems } = checkContent([...repository, ...plan.create.map(({ path, text }) => ({ path, text }))]);
    expect(problems).toEqual([]);
    expect(content.events.get('sessionize-demo')!.breaks).toEqual([{ label: 'Lunch', start: new Date('2017-05-27T12:30:00Z'), durationMinutes: 60 }]);
  });
});
