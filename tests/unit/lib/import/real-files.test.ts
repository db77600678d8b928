// Every real schedule in tests/fixtures (copies of ../shared/data) and every real calendar:
// each session of the file is planned as a note, or listed with its reason. None is refused.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planImport } from '../../../../src/lib/import/plan.ts';
import { readSchedule } from '../../../../src/lib/import/read.ts';
import { readContentFiles } from '../../../../src/lib/content/read.ts';

const FIXTURES = join(process.cwd(), 'tests/fixtures');
// Schemas are not schedules; the Sessionize speaker views have no sessions and are refused on purpose.
const NOT_SCHEDULES = /schema|\.xsd$|Speakers|SpeakerWall|README/;
const FILES = ['schedule', 'import', 'calendar'].flatMap((folder) =>
  readdirSync(join(FIXTURES, folder))
    .filter((name) => !NOT_SCHEDULES.test(name))
    .map((name) => `${folder}/${name}`),
);
const repository = readContentFiles(process.cwd());

describe.each(FILES)('%s', (file) => {
  it('plans a note for every session, or lists it with a reason', () => {
    // Sessionize and one pretalx file name no zone: a person would pass one.
    const schedule = readSchedule(readFileSync(join(FIXTURES, file), 'utf8'), { file, timeZone: 'Europe/Berlin' });
    const plan = planImport(schedule, repository, { eventId: 'real-file', source: file });
    expect(plan.problems).toEqual([]);
    expect(plan.sessions.map((s) => s.where)).toEqual(schedule.sessions.map((s) => s.where));
    expect(plan.sessions.filter((s) => s.outcome !== 'create')).toEqual([]);
    expect(plan.conflicts).toEqual([]);
    for (const left of plan.left) expect(left.reason).toMatch(/\w{4}/);
  });
});
