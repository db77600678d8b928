// A congress-sized frab schedule.xml, generated: 1,351 sessions over four days, the way the big
// ones are written. Rooms are declared day by day (some rooms only on some days, one only in
// the conference's <rooms> list and named by its guid on a day), some events name their room
// themselves, two rooms and two tracks make the same id, talks are in German, Czech and
// English, and the last sessions of a day run past midnight. Every session must be imported,
// or listed with its reason.
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../../src/lib/content/check.ts';
import { planImport } from '../../../../src/lib/import/plan.ts';
import { readSchedule } from '../../../../src/lib/import/read.ts';
import { readContentFiles } from '../../../../src/lib/content/read.ts';

const SESSIONS = 1351;
const DAYS = ['2026-12-27', '2026-12-28', '2026-12-29', '2026-12-30'];
// Which rooms each day declares: "Saal 1" and "Saal-1" are two rooms with one slug; the
// workshop rooms open on day 2; "Stage HUFF" is declared only by the conference, by guid.
const ROOMS_BY_DAY: string[][] = [
  ['Saal 1', 'Saal-1', 'Saal GLITCH', 'Saal ZIGZAG'],
  ['Saal 1', 'Saal GLITCH', 'Workshop Raum A', 'Workshop Raum B', 'guid:huff'],
  ['Saal-1', 'Saal ZIGZAG', 'Workshop Raum A', 'Sendezentrum Bühne', 'guid:huff'],
  ['Saal 1', 'Saal-1', 'Saal GLITCH', 'Saal ZIGZAG', 'Sendezentrum Bühne'],
];
const TRACKS = ['Hardware & Making', 'Ethics, Society & Politics', 'Security', 'DevOps', 'devops', 'Kunst & Kultur'];
const LANGUAGES = ['de', 'de', 'en', 'en', 'en', 'cs', 'de-CH'];
const TYPES = ['lecture', 'Talk', 'workshop', 'Podium', 'lightning'];

const esc = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** The file, and what a reader should find in it. */
function congress(): { xml: string; expected: { title: string; room: string; language: string; start: string }[] } {
  const expected: { title: string; room: string; language: string; start: string }[] = [];
  const perDay = Math.ceil(SESSIONS / DAYS.length);
  let n = 0;
  const days = DAYS.map((date, d) => {
    const rooms = ROOMS_BY_DAY[d]!;
    const inDay = Math.min(perDay, SESSIONS - n);
    const byRoom = rooms.map(() => [] as string[]);
    for (let i = 0; i < inDay; i++, n++) {
      const r = i % rooms.length;
      const slot = Math.floor(i / rooms.length);
      // From 10:00, 25-minute slots, so a room's last ones run past midnight.
      const minutes = 10 * 60 + slot * 25;
      const day = new Date(`${date}T00:00:00+01:00`);
      const start = new Date(day.getTime() + minutes * 60_000);
      const clock = `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
      const declared = rooms[r]!;
      const roomName = declared === 'guid:huff' ? 'Stage HUFF' : declared;
      // Some events name their room themselves, differently from the <room> they are filed under.
      const own = n % 97 === 0 ? 'Kidspace' : undefined;
      const language = LANGUAGES[n % LANGUAGES.length]!;
      // A recurring title on each day, and titles in the languages of the talks.
      const title =
        i === 0
          ? 'Lightning Talks'
          : language.startsWith('de')
            ? `Über Rechenzentren, Teil ${n}`
            : language === 'cs'
              ? `Přednáška číslo ${n}`
              : `Talk number ${n}`;
      const offset = start.toISOString().replace('Z', '+00:00').replace('.000', '');
      byRoom[r]!.push(
        `<event guid="00000000-0000-4000-8000-${String(n).padStart(12, '0')}" id="${10000 + n}">` +
          `<date>${offset}</date><start>${clock}</start><duration>00:25</duration>` +
          `<room>${esc(own ?? roomName)}</room><slug>c-${n}</slug><title>${esc(title)}</title><subtitle/>` +
          `<track>${esc(TRACKS[n % TRACKS.length]!)}</track><type>${TYPES[n % TYPES.length]}</type><language>${language}</language>` +
          `<abstract>Abstract ${n}.</abstract><description/>` +
          `<persons><person id="${n % 400}">Person ${n % 400}</person>${n % 5 === 0 ? `<person guid="p-${n % 333}">Zweite Person ${n % 333}</person>` : ''}</persons>` +
          `<links/><attachments/></event>`,
      );
      expected.push({ title, room: own ?? roomName, language, start: start.toISOString() });
    }
    const roomXml = rooms.map((room, r) => {
      const attributes = room === 'guid:huff' ? 'guid="53f436a0-705b-40eb-974f-2bfce8857b1b"' : `name="${esc(room)}"`;
      return `<room ${attributes}>${byRoom[r]!.join('')}</room>`;
    });
    return `<day index="${d + 1}" date="${date}" start="${date}T10:00:00+01:00" end="${DAYS[d + 1] ?? '2026-12-31'}T04:00:00+01:00">${roomXml.join('')}</day>`;
  });
  const xml =
    `<?xml version="1.0" encoding="UTF-8"?>\n<schedule><version>1.0</version>` +
    `<conference><acronym>39c3</acronym><title>39th Chaos Communication Congress</title><start>2026-12-27</start><end>2026-12-30</end>` +
    `<days>4</days><timeslot_duration>00:05</timeslot_duration><time_zone_name>Europe/Berlin</time_zone_name>` +
    `<rooms><room name="Saal 1" guid="ba692ba3-421b-5371-8309-60acc34a3c05"/><room name="Stage HUFF" guid="53f436a0-705b-40eb-974f-2bfce8857b1b"/></rooms>` +
    `</conference>${days.join('\n')}</schedule>`;
  return { xml, expected };
}

describe('a 1,351-session, four-day frab schedule.xml with rooms declared day by day', () => {
  const { xml, expected } = congress();
  const schedule = readSchedule(xml, { file: 'schedule.xml' });
  const repository = readContentFiles(process.cwd());
  const plan = planImport(schedule, repository, { eventId: 'congress-2026', source: 'schedule.xml' });

  it('reads every session, each in its room, at its instant', () => {
    expect(schedule.sessions).toHaveLength(SESSIONS);
    const key = (title: string, room: string | undefined, start: string | undefined) => `${start} ${room} ${title}`;
    expect(schedule.sessions.map((s) => key(s.title, s.room, s.start?.toISOString())).sort()).toEqual(
      expected.map((e) => key(e.title, e.room, e.start)).sort(),
    );
  });

  it('knows every room, whichever day or list declares it and however it is named', () => {
    expect([...schedule.rooms].sort()).toEqual([
      'Kidspace',
      'Saal 1',
      'Saal GLITCH',
      'Saal ZIGZAG',
      'Saal-1',
      'Sendezentrum Bühne',
      'Stage HUFF',
      'Workshop Raum A',
      'Workshop Raum B',
    ]);
  });

  it('plans one note for every session, none refused, all valid content', () => {
    expect(plan.sessions).toHaveLength(SESSIONS);
    expect(plan.sessions.filter((s) => s.outcome !== 'create')).toEqual([]);
    expect(plan.conflicts).toEqual([]);
    expect(plan.create.filter((f) => f.what === 'note')).toHaveLength(SESSIONS);
    expect(new Set(plan.sessions.map((s) => s.path)).size).toBe(SESSIONS);
    expect(plan.problems).toEqual([]);
  });

  const { content } = checkContent([...repository, ...plan.create]);
  const event = content.events.get('congress-2026')!;

  it('tells apart two rooms and two tracks whose names make one id', () => {
    expect(event.rooms.filter((room) => room.id.startsWith('saal-1'))).toEqual([
      { id: 'saal-1', name: 'Saal 1' },
      { id: 'saal-1-2', name: 'Saal-1' },
    ]);
    // Which one gets the suffix follows the order the file names them in.
    expect(event.tracks.filter((track) => track.id.startsWith('devops')).map(({ id, name }) => `${id}=${name}`)).toEqual(['devops=devops', 'devops-2=DevOps']);
    const notes = [...content.sessions.values()].filter((note) => note.event === 'congress-2026');
    const roomName = new Map(event.rooms.map((room) => [room.id, room.name]));
    const byTitle = new Map(notes.map((note) => [`${note.data.title}@${note.data.start?.toISOString()}`, note]));
    for (const e of expected) expect(roomName.get(byTitle.get(`${e.title}@${e.start}`)!.data.room!), e.title).toBe(e.room);
  });

  it('spans the four days, the sessions after midnight included', () => {
    expect(event.startDate).toBe('2026-12-27');
    expect(event.endDate).toBe('2026-12-31');
  });

  it('imports again into the event it made: every session is already there', { timeout: 30_000 }, () => {
    const again = planImport(schedule, [...repository, ...plan.create], { eventId: 'congress-2026', source: 'schedule.xml' });
    expect(again.create).toEqual([]);
    expect(again.conflicts).toEqual([]);
    expect(again.sessions.filter((s) => s.outcome === 'skip')).toHaveLength(SESSIONS);
  });

  it('into an event that lacks a room, refuses only that room’s sessions, saying which room', { timeout: 30_000 }, () => {
    const eventFile = plan.create.find((f) => f.what === 'event')!;
    const withoutKidspace = { ...eventFile, text: eventFile.text.replace(/\n {2}- id: kidspace\n {4}name: Kidspace/, '') };
    expect(withoutKidspace.text).not.toContain('Kidspace');
    const refused = planImport(schedule, [...repository, withoutKidspace], { eventId: 'congress-2026', source: 'schedule.xml' });
    const kidspace = expected.filter((e) => e.room === 'Kidspace').length;
    expect(refused.sessions.filter((s) => s.outcome === 'refuse')).toHaveLength(kidspace);
    expect(refused.sessions.filter((s) => s.outcome === 'create')).toHaveLength(SESSIONS - kidspace);
    for (const s of refused.sessions.filter((s) => s.outcome === 'refuse'))
      expect(s.reason).toMatch(/is in room "Kidspace", which content\/events\/congress-2026\/event.yaml does not have/);
  });

  it('keeps each session’s language as the file gives it (German, Czech, Swiss German, English)', () => {
    const notes = [...content.sessions.values()].filter((note) => note.event === 'congress-2026');
    const byTitle = new Map(notes.map((note) => [`${note.data.title}@${note.data.start?.toISOString()}`, note.data.language]));
    expect(expected.map((e) => byTitle.get(`${e.title}@${e.start}`))).toEqual(expected.map((e) => e.language));
    expect(new Set(notes.map((note) => note.data.language))).toEqual(new Set(['de', 'en', 'cs', 'de-CH']));
    expect(plan.warnings.filter((w) => w.message.includes('language'))).toEqual([]);
  });
});
