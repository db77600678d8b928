import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../../src/lib/import/model.ts';
import { readSchedule } from '../../../../src/lib/import/read.ts';

const fixture = (path: string) => readFileSync(new URL(`../../../fixtures/${path}`, import.meta.url), 'utf8');
const read = (text: string, file = 'schedule', timeZone?: string) => readSchedule(text, { file, timeZone });

/** The ImportError thrown by reading `text`. */
function refusal(text: string, file = 'input'): ImportError {
  try {
    read(text, file);
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('no error');
}

describe('pretalx schedule.xml (RomHack Camp 2026)', () => {
  const schedule = read(fixture('schedule/giggity__romhack_camp_2026.pretalx.xml'));

  it('reads the conference, its rooms, tracks and sessions', () => {
    expect(schedule).toMatchObject({
      format: 'pretalx-xml',
      title: 'RomHack Camp 2026',
      timeZone: 'Europe/Rome',
      startDate: '2026-10-02',
      endDate: '2026-10-04',
    });
    expect(schedule.sessions).toHaveLength(10);
    expect(schedule.rooms).toEqual(['STAGE 1', 'WORKSHOP 2']);
    const opening = schedule.sessions[0]!;
    expect(opening).toMatchObject({
      code: '7DJ87Y',
      title: 'RomHack Camp Opening',
      type: 'Talk',
      durationMinutes: 40,
      room: 'STAGE 1',
      track: 'Orga',
      language: 'en',
    });
    expect(opening.start?.toISOString()).toBe('2026-10-02T09:00:00.000Z');
    expect(opening.people.map((key) => schedule.people.get(key)?.name)).toEqual(['Cyber Saiyan']);
  });

  it('decodes character references in text', () => {
    expect(schedule.sessions.find((s) => s.code === 'MKHXNV')?.title).toBe('Presentazione "Manualetto di sicurezza digitale per giornalisti e attivisti"');
  });

  it('warns about the numbered track slugs the XSD refuses, and reads on', () => {
    expect(schedule.warnings.some((w) => w.message.includes('"14-orga"') && w.where.includes('track[1]'))).toBe(true);
  });
});

describe('C3VOC schedule.json', () => {
  it('reads frab’s export (Camp 2019) with its numeric ids and people', () => {
    const schedule = read(fixture('schedule/voc-schedule__json__examples__frab-camp2019.json'));
    expect(schedule).toMatchObject({ format: 'c3voc-json', timeZone: 'Europe/Berlin' });
    expect(schedule.sessions).toHaveLength(79);
    expect(schedule.sessions[0]).toMatchObject({ code: '10386', title: 'Opening Ceremony', durationMinutes: 30, room: 'Curie' });
    expect(schedule.sessions[0]!.people.map((key) => schedule.people.get(key)?.name)).toEqual(['jinxx', 'smtw']);
    expect(schedule.warnings.filter((w) => w.message.includes('slug'))).toHaveLength(79);
  });

  it('reads pretalx’s export, keyed by pretalx codes', () => {
    const schedule = read(fixture('schedule/voc-schedule__json__examples__pretalx-democon.json'));
    expect(schedule.format).toBe('pretalx-json');
    expect(schedule.sessions).toHaveLength(36);
    expect(schedule.people.get('NQTF8Y')?.name).toBe('Brian Robinson');
  });

  it('reads the hub’s schedule2 (events at the top, start and end instead of duration)', () => {
    const schedule = read(fixture('schedule/voc-schedule__json__examples__hub-schedule2.json'));
    expect(schedule.format).toBe('c3voc-schedule2');
    expect(schedule.sessions.map((s) => [s.title, s.durationMinutes, s.room, s.track])).toEqual([
      ['38C3: Opening Ceremony', 30, 'Saal 1', 'CCC'],
      ['A Competitive Time-Trial AI for Need for Speed:', 40, 'Saal ZIGZAG', 'Hardware & Making'],
    ]);
    expect(schedule.people.get('0c16ffaa-709d-599f-959f-9a38b911361a')?.bio).toContain('Gabriela');
  });

  it('finds a session’s room by the guid or slug of the conference’s rooms', () => {
    const data = JSON.parse(fixture('schedule/voc-schedule__json__examples__hub-schedule2.json'));
    data.schedule.events[0].room = 'ba692ba3-421b-5371-8309-60acc34a3c05';
    data.schedule.events[1].room = { guid: '62251a07-13e4-5a72-bb3c-8528416ee0f2' };
    const schedule = read(JSON.stringify(data));
    expect(schedule.sessions.map((s) => s.room)).toEqual(['Saal 1', 'Saal ZIGZAG']);
  });

  it('names a frab room declared by guid only, and keeps an event’s own room, declared nowhere', () => {
    const xml = `<schedule><conference><title>T</title><time_zone_name>Europe/Berlin</time_zone_name><rooms><room name="Saal 1" guid="g-1"/></rooms></conference>
      <day index="1" date="2026-12-27"><room guid="g-1"><event id="1"><date>2026-12-27T11:00:00+01:00</date><duration>00:30</duration><title>A</title></event>
      <event id="2"><date>2026-12-27T12:00:00+01:00</date><duration>00:30</duration><room>Kidspace</room><title>B</title></event></room></day></schedule>`;
    const schedule = read(xml);
    expect(schedule.sessions.map((s) => s.room)).toEqual(['Saal 1', 'Kidspace']);
    expect(schedule.rooms).toEqual(['Saal 1', 'Kidspace']);
  });

  it('accepts ids given as text, with a warning', () => {
    const schedule = read(fixture('schedule/voc-schedule__json__examples__invalid-example.json'));
    expect(schedule.sessions[0]).toMatchObject({ code: '2814', title: 'Internal Penetration Testing Basics' });
    expect(schedule.warnings.map((w) => w.message)).toContain('id is text ("2814") where the schema wants a number: accepted');
  });

  it('reads a time without offset in the conference’s zone, with a warning', () => {
    const text = fixture('schedule/voc-schedule__json__examples__pretalx-democon.json').replace('"2020-12-14T09:00:00+01:00"', '"2020-12-14T09:00:00"');
    const schedule = read(text.replace('"time_zone_name": "UTC"', '"time_zone_name": "Europe/Berlin"'));
    expect(schedule.sessions[0]!.start?.toISOString()).toBe('2020-12-14T08:00:00.000Z');
    expect(schedule.warnings.map((w) => w.message)).toContain('time "2020-12-14T09:00:00" has no UTC offset: read as Europe/Berlin time');
  });

  it('skips a byte-order mark, with a warning', () => {
    const schedule = read(`\uFEFF${fixture('schedule/voc-schedule__json__examples__invalid-example.json')}`);
    expect(schedule.sessions).toHaveLength(1);
    expect(schedule.warnings[0]).toEqual({ where: 'line 1', message: 'starts with a byte-order mark: ignored' });
  });
});

describe('Sessionize', () => {
  it('reads the All view: categories give kind, track and language; ids as text or numbers join', () => {
    const schedule = read(fixture('import/sessionize-demo-jl4ktls0__All.json'), 'All.json', 'Europe/Paris');
    expect(schedule.sessions).toHaveLength(10);
    expect(schedule.sessions[0]).toMatchObject({
      code: '14022',
      title: "Aiden's Session",
      type: 'Session',
      room: 'Green Room',
      track: 'Technical',
      language: 'it',
      durationMinutes: 60,
    });
    expect(schedule.people.get(schedule.sessions[0]!.people[0]!)).toMatchObject({ name: 'Aiden Test', role: 'Professional public speaker' });
    expect(schedule.left).toEqual([{ title: 'Lunch', where: 'sessions[5]', reason: 'a service session (break, meal), not a talk' }]);
  });

  it('reads the GridSmart and Sessions views too', () => {
    for (const view of ['GridSmart', 'Sessions']) {
      const schedule = read(fixture(`import/sessionize-demo-jl4ktls0__${view}.json`), view, 'UTC');
      expect(schedule.sessions.map((s) => s.title).sort(), view).toEqual(
        read(fixture('import/sessionize-demo-jl4ktls0__All.json'), 'All', 'UTC')
          .sessions.map((s) => s.title)
          .sort(),
      );
    }
  });

  it('says which zone it used when none is given', () => {
    const schedule = read(fixture('import/sessionize-demo-jl4ktls0__All.json'));
    expect(schedule.timeZone).toBe('UTC');
    expect(schedule.warnings[0]?.message).toContain('pass --timezone');
  });
});

describe('refusals: a clear error naming the file and the place', () => {
  it('truncated JSON: the line and column where it stops', () => {
    const whole = fixture('schedule/voc-schedule__json__examples__pretalx-democon.json');
    const error = refusal(whole.slice(0, 2000), 'democon.json');
    expect(error.message).toMatch(/^democon\.json: line \d+, column \d+: is not valid JSON: .*cut off/);
    expect(error.where).toBe(`line ${whole.slice(0, 2000).split('\n').length}, column ${2000 - whole.slice(0, 2000).lastIndexOf('\n')}`);
  });

  it('a JSON syntax error in the middle: its line and column', () => {
    const error = refusal('{\n  "schedule": {\n    "version": "1",,\n  }\n}', 'bad.json');
    expect(error.message).toMatch(/^bad\.json: line 3, column \d+: is not valid JSON/);
  });

  it('XML that is not well-formed: its line and column', () => {
    const error = refusal('<schedule>\n  <conference>\n    <title>x</titel>\n  </conference>\n</schedule>', 'bad.xml');
    expect(error.message).toMatch(/^bad\.xml: line 3, column \d+: is not well-formed XML/);
  });

  it('the wrong format: a Sessionize speakers list, an RSS feed, a CSV file', () => {
    expect(refusal(fixture('import/sessionize-demo-jl4ktls0__Speakers.json'), 'Speakers.json').message).toBe(
      'Speakers.json: is a Sessionize list of speakers without sessions: export the "All" view (…/api/v2/<id>/view/All)',
    );
    expect(refusal('<rss version="2.0"><channel/></rss>', 'feed.xml').message).toContain('feed.xml: <rss>: is XML but not a schedule.xml');
    expect(refusal('{"data": []}', 'other.json').message).toContain('other.json: is JSON but not a schedule Carnet reads');
    expect(refusal('title,start\nA,10:00', 'talks.csv').message).toContain('talks.csv: line 1, column 1: is neither XML, JSON nor iCalendar');
  });

  it('an empty file', () => {
    expect(refusal('', 'empty.json').message).toBe(
      'empty.json: is empty: expected a schedule.xml, a schedule.json, a Sessionize JSON export or an iCalendar (.ics) file',
    );
    expect(refusal('\uFEFF \n', 'blank.xml').message).toContain('blank.xml: is empty');
  });

  it('a session without a title: its place in the file', () => {
    const text = fixture('schedule/voc-schedule__json__examples__invalid-example.json').replace(
      '"title": "Internal Penetration Testing Basics"',
      '"title": ""',
    );
    expect(refusal(text, 'x.json').message).toBe('x.json: schedule.conference.days[0].rooms.Winterchaos[0].title: is missing: every session needs a title');
  });
});

describe('hostile files', () => {
  const xml = (doctype: string, body = '<conference><title>&x;</title></conference>') =>
    `<?xml version="1.0"?>\n${doctype}\n<schedule>${body}<day index="1" date="2026-01-01"/></schedule>\n`;

  it('refuses a DTD or entity declarations before anything is expanded or fetched: XXE, parameter entities, billion laughs', () => {
    const laughs = [
      '<!DOCTYPE lolz [',
      ' <!ENTITY lol "lol">',
      ...Array.from({ length: 8 }, (_, i) => ` <!ENTITY lol${i + 2} "${`&lol${i === 0 ? '' : i + 1};`.repeat(10)}">`),
      ']>',
    ].join('\n');
    for (const doctype of [
      '<!DOCTYPE schedule [<!ENTITY x SYSTEM "file:///etc/passwd">]>',
      '<!DOCTYPE schedule [<!ENTITY % pe SYSTEM "http://127.0.0.1/x.dtd"> %pe;]>',
      '<!DOCTYPE schedule SYSTEM "http://127.0.0.1/schedule.dtd">',
      laughs,
    ]) {
      const error = refusal(xml(doctype, '<conference><title>&lol9;</title></conference>'), 'hostile.xml');
      expect(error.message).toBe(
        'hostile.xml: line 2, column 1: declares a DTD or entities (<!DOCTYPE … [ <!ENTITY …> ]>): a schedule.xml needs none, and Carnet reads none',
      );
    }
  });

  it('refuses elements named __proto__, constructor or prototype, with their place', () => {
    expect(refusal(xml('', '<__proto__><polluted>yes</polluted></__proto__>'), 'proto.xml').message).toBe(
      'proto.xml: line 3, column 11: has an element named <__proto__>, which no schedule.xml has and Carnet refuses',
    );
    expect(refusal(xml('', '<conference><constructor/></conference>'), 'c.xml').message).toMatch(
      /^c\.xml: line 3, column 23: has an element named <constructor>/,
    );
    // The words themselves are fine in text.
    expect(() => read(xml('', '<conference><title>The constructor = prototype pattern</title></conference>'))).not.toThrow(/constructor/);
  });

  it('turns what the XML parser itself refuses into a plain problem of the file: 100,000 nested elements', () => {
    const deep = `<schedule>${'<a>'.repeat(100_000)}${'</a>'.repeat(100_000)}<day index="1"/></schedule>`;
    expect(refusal(deep, 'deep.xml').message).toMatch(/^deep\.xml: could not be read as XML: /);
  });

  it('a JSON file with a __proto__ key or malformed JSON: a plain problem', () => {
    expect(refusal('{"__proto__": {"schedule": {}}, "x": 1}', 'p.json').message).toMatch(/^p\.json: is JSON but not a schedule Carnet reads/);
    expect(refusal('{"schedule": {"conference": ', 'cut.json').message).toMatch(/^cut\.json: line 1, column \d+: is not valid JSON/);
  });
});
