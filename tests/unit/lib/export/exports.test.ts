import { describe, expect, it } from 'vitest';
import { c3vocJson } from '../../../../src/lib/export/c3voc.ts';
import { frabXml } from '../../../../src/lib/export/frab.ts';
import { icalendar } from '../../../../src/lib/export/ical.ts';
import { acronymOf, numericIds, uuidFor, zonedIso, type ExportEvent } from '../../../../src/lib/export/model.ts';
import { sessionsIndex } from '../../../../src/lib/export/sessions-json.ts';
import { exportEvents, SITE_URL } from '../../../helpers/content.ts';
import { c3vocProblems, calendarEntries, frabProblems, valueOf } from '../../../helpers/validate.ts';

const events = exportEvents(process.cwd());
const cnd = events.find((event) => event.id === 'cloud-native-days-france-2026')!;
const kcd = events.find((event) => event.id === 'kcd-france-2023')!;

/** A one-session event with everything that could break an export: markup, control characters, a short slug. */
function awkward(): ExportEvent {
  const base = structuredClone(cnd);
  const session = { ...base.sessions[0]!, id: `${base.id}/ai`, slug: 'ai', code: 'lower', title: 'Tom & Jerry <3 "quotes" &lt;\u0007', summary: 'a]]>b' };
  return {
    ...base,
    id: 'ab',
    tracks: [{ id: '3d', name: 'Three D' }],
    rooms: [{ id: 'x', name: 'Salle <X>' }],
    sessions: [{ ...session, room: { id: 'x', name: 'Salle <X>' }, track: { id: '3d', name: 'Three D' } }],
  };
}

describe('frab schedule.xml', () => {
  it('validates against the official XSD for both shipped events', async () => {
    for (const event of events) expect(await frabProblems(frabXml(event, `${event.url}schedule.xml`)), event.id).toEqual([]);
  });

  it('places every timed session under its day and room, at its local time', () => {
    const xml = frabXml(cnd, `${cnd.url}schedule.xml`);
    expect(xml.match(/<event /g)).toHaveLength(51);
    expect(xml).toContain('<time_zone_name>Europe/Paris</time_zone_name>');
    expect(xml).toMatch(/<room name="Piaf"[^>]*>[\s\S]*<title>Inside Cilium: Deep Dive sur DSR \(Direct Server Return\)<\/title>/);
    expect(xml).toContain('<date>2026-02-03T14:30:00+01:00</date>');
    expect(xml).toContain('<start>14:30</start>');
    expect(xml).toContain('code="8QBHMU"');
  });

  it('keeps the days of an event whose sessions have no time, and no session', async () => {
    const xml = frabXml(kcd, `${kcd.url}schedule.xml`);
    expect(xml).not.toContain('<event ');
    expect(xml).toMatch(/<day index="1" date="2023-03-07" start="2023-03-07T00:00:00\+01:00"/);
  });

  it('escapes markup, drops characters XML cannot carry, and leaves out values the XSD refuses', async () => {
    const xml = frabXml(awkward(), 'https://carnet.example.org/ab/schedule.xml');
    expect(await frabProblems(xml)).toEqual([]);
    expect(xml).toContain('Tom &amp; Jerry &lt;3 "quotes" &amp;lt;</title>');
    expect(xml).not.toContain('code="lower"');
    expect(xml).not.toContain('slug="3d"');
  });
});

describe('C3VOC schedule.json', () => {
  it('validates against the official JSON Schema (draft-06) for both shipped events', () => {
    for (const event of events) expect(c3vocProblems(c3vocJson(event, `${event.url}schedule.json`)), event.id).toEqual([]);
  });

  it('validates with awkward input too', () => {
    expect(c3vocProblems(c3vocJson(awkward(), 'https://carnet.example.org/ab/schedule.json'))).toEqual([]);
  });

  it('writes start, end and duration in the event’s time zone', () => {
    const json = c3vocJson(cnd, '') as {
      schedule: {
        conference: { days: { rooms: Record<string, { title: string; date: string; end: string; duration: string; persons: { name: string }[] }[]> }[] };
      };
    };
    const piaf = json.schedule.conference.days[0]!.rooms['Piaf']!;
    const cilium = piaf.find((e) => e.title.startsWith('Inside Cilium'))!;
    expect(cilium).toMatchObject({ date: '2026-02-03T14:30:00+01:00', end: '2026-02-03T14:40:00+01:00', duration: '00:10' });
    expect(cilium.persons.map((p) => p.name)).toEqual(['Alexis La Goutte']);
  });

  it('the official schema does reject a broken export (the validator is not a no-op)', () => {
    const json = c3vocJson(cnd, '') as { schedule: { conference: Record<string, unknown> } };
    delete json.schedule.conference['days'];
    expect(c3vocProblems(json).join('\n')).toContain('days');
  });
});

describe('iCalendar', () => {
  it('has one entry per timed session in the event’s zone, with room and note link', () => {
    const text = icalendar(cnd, { untimedLabel: 'Sans horaire' });
    const parsed = calendarEntries(text);
    expect(parsed).toHaveLength(52);
    expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Paris');
    expect(text).toContain('DTSTART;TZID=Europe/Paris:20260203T143000');
    const cilium = parsed.find((item) => valueOf(item.summary).startsWith('Inside Cilium'))!;
    expect(valueOf(cilium.location)).toBe('Piaf, CENTQUATRE-PARIS');
    expect(cilium.start.toISOString()).toBe('2026-02-03T13:30:00.000Z');
    expect(valueOf(cilium.url)).toBe(`${SITE_URL}cloud-native-days-france-2026/inside-cilium-dsr/`);
  });

  it('lists sessions without a time in the event’s all-day entry', () => {
    const text = icalendar(kcd, { untimedLabel: 'Sans horaire' });
    const entries = calendarEntries(text);
    expect(entries).toHaveLength(1);
    expect(text).toContain('DTSTART;VALUE=DATE:20230307');
    expect(valueOf(entries[0]!.description)).toContain('Comment créer un plugin kubectl ?');
  });

  it('is the same from one build to the next', () => {
    expect(icalendar(cnd, { untimedLabel: 'x' })).toBe(icalendar(cnd, { untimedLabel: 'x' }));
  });
});

describe('sessions index', () => {
  it('lists every session, with null for unknown times', () => {
    const index = sessionsIndex(events, SITE_URL);
    expect(index.sessions).toHaveLength(64);
    const plugin = index.sessions.find((s) => s.id === 'kcd-france-2023/creer-un-plugin-kubectl')!;
    expect(plugin).toMatchObject({ start: null, end: null, room: null, url: `${SITE_URL}kcd-france-2023/creer-un-plugin-kubectl/` });
    expect(plugin.people.map((p) => p.name)).toEqual(['Aurélie Vache', 'Sébastien Blanc']);
    const cilium = index.sessions.find((s) => s.id === 'cloud-native-days-france-2026/inside-cilium-dsr')!;
    expect(cilium).toMatchObject({
      start: '2026-02-03T14:30:00+01:00',
      end: '2026-02-03T14:40:00+01:00',
      durationMinutes: 10,
      room: { id: 'piaf', name: 'Piaf' },
    });
  });
});

describe('identifiers', () => {
  it('are stable and well formed', () => {
    expect(uuidFor('https://example.org/')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(uuidFor('https://example.org/')).toBe(uuidFor('https://example.org/'));
    const ids = numericIds(cnd.sessions);
    expect(new Set(ids.values()).size).toBe(cnd.sessions.length);
    expect(numericIds([...cnd.sessions].reverse())).toEqual(ids);
    expect(acronymOf('kcd-france-2023')).toBe('kcd_france_2023');
    expect(zonedIso(new Date('2026-07-01T10:00:00Z'), 'Europe/Paris')).toBe('2026-07-01T12:00:00+02:00');
  });
});
