// Each event's programme.json: what the reader's programme page (/programme/) draws from.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ProgrammeEvent } from '../../src/lib/watchlist/data.ts';
import { DIST, page } from './dist.ts';

const events = readdirSync(DIST).filter((name) => existsSync(join(DIST, name, 'programme.json')));
const programme = (event: string) => JSON.parse(readFileSync(join(DIST, event, 'programme.json'), 'utf8')) as ProgrammeEvent;

describe('the events’ programme files', () => {
  it('exist for both shipped events', () => {
    expect(events.sort()).toEqual(['cloud-native-days-france-2026', 'kcd-france-2023']);
  });

  it.each(events)('%s lists every session of its schedule, with the page’s path, and nothing else', (event) => {
    const file = programme(event);
    const scheduled = page(`/${event}/`)
      .querySelectorAll('button[data-watch]')
      .map((button) => button.getAttribute('data-watch'));
    expect(file.sessions.map((session) => session.id).sort()).toEqual([...new Set(scheduled)].sort());
    for (const session of file.sessions) {
      expect(session.url).toBe(`/${session.id}/`);
      expect(existsSync(join(DIST, session.id, 'index.html')), session.id).toBe(true);
    }
  });

  it('give times with the event’s offset and the zone’s VTIMEZONE, and no absolute address', () => {
    const file = programme('cloud-native-days-france-2026');
    const keynote = file.sessions.find((session) => session.title.startsWith('Keynote'))!;
    expect(keynote.start).toBe('2026-02-03T09:00:00+01:00');
    expect(file.vtimezone).toContain('TZID:Europe/Paris');
    expect(readFileSync(join(DIST, 'cloud-native-days-france-2026', 'programme.json'), 'utf8')).not.toMatch(/https?:\/\//);
  });
});
