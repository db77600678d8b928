import { describe, expect, it } from 'vitest';
import en from '../../../src/i18n/en.ts';
import fr from '../../../src/i18n/fr.ts';
import { t } from '../../../src/i18n/index.ts';
import { addMinutes, formatDay, formatDayRange, formatDayShort, formatMinutes, localDay, localTime } from '../../../src/lib/time/dates.ts';
import { profileLinks } from '../../../src/lib/people/links.ts';
import { hueOf, indexLetter, initials, sortPeople } from '../../../src/lib/people/names.ts';
import { buildSchedule, DRAWN_BREAK_MINUTES, groupByKind, neighbours, programmeOrder, type Schedulable } from '../../../src/lib/schedule/timetable.ts';
import { slugify } from '../../../src/lib/content/slug.ts';
import { closest } from '../../../src/lib/content/suggest.ts';
import { formatOffset, parseOffset } from '../../../src/lib/replay/offset.ts';
import { toolsIndex } from '../../../src/lib/sessions/tools.ts';

describe('slugify', () => {
  it('drops accents and punctuation', () => {
    expect(slugify('Aurélie Vache')).toBe('aurelie-vache');
    expect(slugify('  kubectl view-secret  ')).toBe('kubectl-view-secret');
    expect(slugify('Ops / Dev / DevOps : qui fait quoi ?')).toBe('ops-dev-devops-qui-fait-quoi');
    expect(slugify('R&D')).toBe('r-and-d');
  });
});

describe('dates and time zones', () => {
  const start = new Date('2026-02-03T10:30:00+01:00');
  it('shows an instant in the event’s time zone, whatever the machine’s', () => {
    expect(localTime(start, 'Europe/Paris')).toBe('10:30');
    expect(localTime(start, 'America/Montreal')).toBe('04:30');
    expect(localDay(new Date('2026-02-03T23:30:00Z'), 'Europe/Paris')).toBe('2026-02-04');
  });
  it('crosses a daylight-saving change correctly', () => {
    // 29 March 2026: Paris moves from UTC+1 to UTC+2 at 02:00.
    expect(localTime(addMinutes(new Date('2026-03-29T01:30:00+01:00'), 60), 'Europe/Paris')).toBe('03:30');
  });
  it('writes days and durations in French', () => {
    expect(formatDay('2026-02-03', 'fr-FR')).toBe('mardi 3 février 2026');
    expect(formatDayRange('2023-03-07', '2023-03-07', 'fr-FR')).toBe('7 mars 2023');
    expect(formatDayRange('2026-06-02', '2026-06-03', 'fr-FR')).toBe('2–3 juin 2026');
    expect(formatMinutes(45)).toBe('45 min');
    expect(formatDayShort('2025-10-07', 'fr-FR')).toBe('mardi 7 octobre');
    expect(formatMinutes(75)).toBe('1 h 15');
    expect(formatMinutes(120)).toBe('2 h');
  });
});

describe('video offsets', () => {
  it('reads every common form', () => {
    expect(parseOffset('12:34')).toBe(754);
    expect(parseOffset('1:02:03')).toBe(3723);
    expect(parseOffset('2415')).toBe(2415);
    expect(parseOffset('40m15s')).toBe(2415);
    expect(parseOffset('1h')).toBe(3600);
    expect(parseOffset(90)).toBe(90);
  });
  it('refuses what is not a position', () => {
    for (const bad of ['', 'abc', '12:60', '-5', '1:2:3:4', 'h', '1.5']) expect(parseOffset(bad), bad).toBeUndefined();
    expect(parseOffset(-1)).toBeUndefined();
  });
  it('writes positions as players do', () => {
    expect(formatOffset(754)).toBe('12:34');
    expect(formatOffset(3723)).toBe('1:02:03');
    expect(formatOffset(5)).toBe('0:05');
  });
});

describe('people', () => {
  it('sorts A to Z by family name, particles aside', () => {
    const names = ['Sébastien Blanc', 'Caroline de Vasson', 'Aurélie Vache', 'Amine Alaoui Echerif', 'Si Li'].map((name) => ({ name }));
    expect(sortPeople(names).map((p) => p.name)).toEqual(['Amine Alaoui Echerif', 'Sébastien Blanc', 'Si Li', 'Aurélie Vache', 'Caroline de Vasson']);
    expect(indexLetter('Rémi Verchère')).toBe('V');
    expect(indexLetter('Julie Élan')).toBe('E');
  });
  it('draws initials and a stable colour', () => {
    expect(initials('Aurélie Vache')).toBe('AV');
    expect(initials('Jean-Baptiste Kempf')).toBe('JK');
    expect(initials('Madonna')).toBe('M');
    expect(hueOf('Aurélie Vache')).toBe(hueOf('Aurélie Vache'));
    expect(hueOf('Aurélie Vache')).not.toBe(hueOf('Sébastien Blanc'));
  });
  it('turns profile handles into links', () => {
    expect(
      profileLinks({ github: 'scraly', mastodon: '@zwindler@framapiaf.org', linkedin: 'in/cchaudier', bluesky: 'r.verchere.fr', x: 'c_chaudier' }),
    ).toEqual([
      { label: 'GitHub : scraly', href: 'https://github.com/scraly' },
      { label: 'Mastodon : @zwindler@framapiaf.org', href: 'https://framapiaf.org/@zwindler' },
      { label: 'Bluesky : r.verchere.fr', href: 'https://bsky.app/profile/r.verchere.fr' },
      { label: 'LinkedIn', href: 'https://www.linkedin.com/in/cchaudier/' },
      { label: 'X : @c_chaudier', href: 'https://x.com/c_chaudier' },
    ]);
  });
});

describe('schedule', () => {
  const at = (time: string) => new Date(`2026-02-03T${time}:00+01:00`);
  const sessions: Schedulable[] = [
    { id: 'b', title: 'Beta', kind: 'talk', start: at('10:30'), durationMinutes: 30, room: 'piaf' },
    { id: 'k', title: 'Keynote', kind: 'keynote', start: at('09:00'), durationMinutes: 75, room: 'monet' },
    { id: 'a', title: 'Alpha', kind: 'lightning', start: at('10:30'), durationMinutes: 10, room: 'monet' },
  ];
  const rooms = ['monet', 'piaf'];

  it('orders sessions by time, then room', () => {
    expect(programmeOrder(sessions, rooms).map((s) => s.id)).toEqual(['k', 'a', 'b']);
  });

  it('places each session in its room’s column and at its time', () => {
    const [day] = buildSchedule(sessions, rooms, 'Europe/Paris')!.days;
    const byId = Object.fromEntries(day!.sessions.map((item) => [item.session.id, item]));
    expect(byId.k).toMatchObject({ column: 1, top: 0, height: 75, from: '09:00', to: '10:15' });
    // The 15-minute break after the keynote is drawn DRAWN_BREAK_MINUTES tall.
    expect(byId.a).toMatchObject({ column: 1, top: 75 + DRAWN_BREAK_MINUTES, height: 10, from: '10:30', to: '10:40' });
    expect(byId.b).toMatchObject({ column: 2, top: 75 + DRAWN_BREAK_MINUTES, height: 30 });
    expect(day!.rows.flatMap((row) => (row.type === 'slot' ? [row.slot.time] : []))).toEqual(['09:00', '10:30']);
    expect(day!.height).toBe(75 + DRAWN_BREAK_MINUTES + 30);
  });

  it('has no grid when no session has a time, and groups by kind instead', () => {
    const untimed: Schedulable[] = [
      { id: 'r', title: 'Table ronde', kind: 'round-table' },
      { id: 't2', title: 'Zeta', kind: 'talk' },
      { id: 'k', title: 'Keynote', kind: 'keynote' },
      { id: 't1', title: 'Épure', kind: 'talk' },
    ];
    expect(buildSchedule(untimed, rooms, 'Europe/Paris')).toBeUndefined();
    expect(groupByKind(untimed).map((g) => [g.kind, g.sessions.map((s) => s.id)])).toEqual([
      ['keynote', ['k']],
      ['talk', ['t1', 't2']],
      ['round-table', ['r']],
    ]);
  });

  it('finds the previous and next session', () => {
    const list = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    expect(neighbours(list, 'b')).toEqual({ previous: { id: 'a' }, next: { id: 'c' } });
    expect(neighbours(list, 'a')).toEqual({ previous: undefined, next: { id: 'b' } });
    expect(neighbours(list, 'z')).toEqual({});
  });
});

describe('tools index', () => {
  it('merges names that differ only by case or accents and keeps every session once', () => {
    const one = { id: '1', tools: [{ name: 'Helm' }, { name: 'Backstage', url: 'https://backstage.io' }] };
    const two = { id: '2', tools: [{ name: 'helm' }, { name: 'Helm' }] };
    const index = toolsIndex([one, two]);
    expect(index.map((tool) => [tool.id, tool.name, tool.sessions.map((s) => s.id)])).toEqual([
      ['backstage', 'Backstage', ['1']],
      ['helm', 'Helm', ['1', '2']],
    ]);
    expect(index[0]!.url).toBe('https://backstage.io');
  });
});

describe('suggestions', () => {
  it('suggests a close id and nothing for a far one', () => {
    expect(closest('aurelie-vach', ['aurelie-vache', 'sebastien-blanc'])).toBe('aurelie-vache');
    expect(closest('zzz', ['aurelie-vache'])).toBeUndefined();
  });
});

describe('interface strings', () => {
  it('has every French key in English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
  });
  it('fills placeholders', () => {
    expect(t('home.sessionsCount', { count: 51 })).toBe('51 sessions');
    expect(t('home.sessionsCount', { count: 51 }, 'en')).toBe('51 sessions');
    expect(t('replay.watchOn', { provider: 'YouTube' }, 'en')).toBe('Watch the replay on YouTube');
  });
});
