import ical, { type VEvent } from 'node-ical';
import { describe, expect, it } from 'vitest';
import { programmeCalendar } from '../../../../src/lib/watchlist/calendar.ts';
import { isPast, programmeEvent, type ProgrammeEvent } from '../../../../src/lib/watchlist/data.ts';
import {
  decodeList,
  encodeList,
  isSessionId,
  MAX_SESSIONS,
  merged,
  readStored,
  storedText,
  toggled,
  type SessionId,
} from '../../../../src/lib/watchlist/list.ts';
import { vtimezone } from '../../../../src/lib/export/ical.ts';

const list: SessionId[] = ['cndf-2026/keynote', 'cndf-2026/ebpf-en-prod', 'kcd-france-2023/creer-un-plugin-kubectl'];

describe('the share link', () => {
  it('carries the list whole and in order, in characters URLs leave alone, ending with a letter or digit', () => {
    const payload = encodeList(list);
    expect(payload).toBe('1~cndf-2026_keynote.ebpf-en-prod~kcd-france-2023_creer-un-plugin-kubectl');
    expect(payload).toMatch(/^[A-Za-z0-9._~-]+[a-z0-9]$/);
    expect(decodeList(payload)).toEqual({ ok: true, list });
    expect(decodeList(`#${payload}`)).toEqual({ ok: true, list });
  });

  it('survives an app that percent-encodes it', () => {
    expect(decodeList(encodeURIComponent(encodeList(list)).replace(/~/g, '%7E'))).toEqual({ ok: true, list });
  });

  it('refuses garbled, hostile or future payloads whole, with the reason', () => {
    expect(decodeList('')).toEqual({ ok: false, reason: 'empty' });
    expect(decodeList('2~cndf-2026_keynote')).toEqual({ ok: false, reason: 'version' });
    for (const payload of [
      '1~cndf-2026_../../etc',
      '1~<script>_x',
      '1~cndf-2026_Keynote',
      '1~_keynote',
      '1~cndf-2026',
      'javascript:alert(1)',
      '%E0%A4%A',
      '1~a_b.',
      '1~__proto___x',
    ])
      expect(decodeList(payload), payload).toEqual({ ok: false, reason: 'garbled' });
    expect(decodeList(`1~e_${'a'.repeat(40_000)}`)).toEqual({ ok: false, reason: 'too-long' });
    const many = Array.from({ length: MAX_SESSIONS + 1 }, (_, i) => `s${i}`).join('.');
    expect(decodeList(`1~e_${many}`)).toEqual({ ok: false, reason: 'too-long' });
  });
});

describe('the list', () => {
  it('adds and removes a session', () => {
    expect(toggled(list, 'cndf-2026/keynote')).toEqual(list.slice(1));
    expect(toggled(list.slice(1), 'cndf-2026/keynote')).toEqual([...list.slice(1), 'cndf-2026/keynote']);
  });

  it('takes the sessions of a shared list it lacks, keeping its own first', () => {
    expect(merged(['kcd-france-2023/creer-un-plugin-kubectl'], list)).toEqual([
      'kcd-france-2023/creer-un-plugin-kubectl',
      'cndf-2026/keynote',
      'cndf-2026/ebpf-en-prod',
    ]);
  });

  it('reads back what it stored, and drops what is not a session from an old or tampered store', () => {
    expect(readStored(storedText(list))).toEqual(list);
    expect(readStored('{"version":1,"sessions":["a/b","<img>","a/b/c",3,"a/b"]}')).toEqual(['a/b']);
    expect(readStored('not json')).toEqual([]);
    expect(readStored(null)).toEqual([]);
    expect(isSessionId('a/b')).toBe(true);
    expect(isSessionId('a/b/c')).toBe(false);
  });
});

const source = {
  id: 'cndf-2026',
  url: '/cndf-2026/',
  data: { name: 'Cloud Native Days France 2026', timeZone: 'Europe/Paris', startDate: '2026-02-03', endDate: '2026-02-03' },
  sessions: [
    {
      id: 'cndf-2026/keynote',
      title: 'Keynote',
      url: '/cndf-2026/keynote/',
      start: new Date('2026-02-03T08:30:00Z'),
      durationMinutes: 30,
      room: 'Grande salle',
      people: ['Ada'],
      hasNotes: true,
      replay: { state: 'pending' as const },
    },
    {
      id: 'cndf-2026/ebpf-en-prod',
      title: 'eBPF, en prod',
      url: '/cndf-2026/ebpf-en-prod/',
      people: [],
      hasNotes: false,
      replay: { state: 'not-recorded' as const },
    },
  ],
};

describe('the programme files', () => {
  it('give each session with its time in the event’s offset, and the zone’s VTIMEZONE', () => {
    const event = programmeEvent(source, vtimezone('Europe/Paris'));
    expect(event.sessions[0]).toMatchObject({
      id: 'cndf-2026/keynote',
      start: '2026-02-03T09:30:00+01:00',
      durationMinutes: 30,
      room: 'Grande salle',
      people: ['Ada'],
      hasNote: true,
      replay: false,
    });
    expect(event.vtimezone).toContain('TZID:Europe/Paris');
    expect(isPast(event, '2026-02-04')).toBe(true);
    expect(isPast(event, '2026-02-03')).toBe(false);
  });
});

describe('the programme as a calendar', () => {
  it('holds the listed sessions that have a time, at their time and zone, and says which had none', () => {
    const events: ProgrammeEvent[] = [programmeEvent(source, vtimezone('Europe/Paris'))];
    const { text, left } = programmeCalendar(events, ['cndf-2026/keynote', 'cndf-2026/ebpf-en-prod'], {
      name: 'Mon programme',
      origin: 'https://carnet.test',
      stamp: new Date('2026-01-01T00:00:00Z'),
    });
    expect(left).toEqual(['cndf-2026/ebpf-en-prod']);
    expect(text).toContain('DTSTART;TZID=Europe/Paris:20260203T093000');
    const entries = Object.values(ical.sync.parseICS(text)).filter((entry): entry is VEvent => entry?.type === 'VEVENT');
    expect(entries).toHaveLength(1);
    const [entry] = entries;
    expect(entry!.summary).toBe('Keynote');
    expect(entry!.start.toISOString()).toBe('2026-02-03T08:30:00.000Z');
    expect(entry!.end?.toISOString()).toBe('2026-02-03T09:00:00.000Z');
    expect(text).toContain('URL;VALUE=URI:https://carnet.test/cndf-2026/keynote/');
  });
});
