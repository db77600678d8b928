// iCalendar import: real calendars from Meetup, Google, Outlook, Apple iCal, Lanyrd, TripIt
// (tests/fixtures/calendar/README.md), and a hand-written one with every mess at once.
import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../../../src/lib/content/check.ts';
import { ImportError, type ImportedSchedule } from '../../../../src/lib/import/model.ts';
import { planImport } from '../../../../src/lib/import/plan.ts';
import { readSchedule } from '../../../../src/lib/import/read.ts';
import { readContentFiles } from '../../../../src/lib/content/read.ts';

const FOLDER = new URL('../../../fixtures/calendar/', import.meta.url);
const FILES = readdirSync(FOLDER).filter((name) => name.endsWith('.ics'));
const fixture = (name: string) => readFileSync(new URL(`node-ical__test__fixtures__${name}.ics`, FOLDER), 'utf8');
const read = (text: string, file = 'calendar.ics', timeZone?: string) => readSchedule(text, { file, timeZone });
const repository = readContentFiles(process.cwd());
const messages = (schedule: ImportedSchedule) => schedule.warnings.map((w) => `${w.where}: ${w.message}`);

/** The VEVENT blocks of a file that are entries of their own (not a moved date of a series). */
const entries = (text: string) => (text.match(/^BEGIN:VEVENT[\s\S]*?^END:VEVENT/gm) ?? []).filter((block) => !/^RECURRENCE-ID/m.test(block));

describe.each(FILES)('%s', (file) => {
  const text = readFileSync(new URL(file, FOLDER), 'utf8');
  const schedule = read(text, file);

  it('makes every VEVENT a session (one per date of a series) or lists it with a reason', () => {
    expect(schedule.format).toBe('icalendar');
    entries(text).forEach((_, i) => {
      const mine = (where: string) => where === `VEVENT[${i + 1}]` || where.startsWith(`VEVENT[${i + 1}] `) || where.startsWith(`VEVENT[${i + 1}],`);
      const found = schedule.sessions.filter((s) => mine(s.where)).length + schedule.left.filter((l) => mine(l.where)).length;
      expect(found, `VEVENT[${i + 1}] of ${file}`).toBeGreaterThan(0);
    });
  });

  it('reads the same with CRLF line ends', () => {
    const crlf = read(text.replace(/\r?\n/g, '\r\n'), file);
    expect(crlf.sessions.map((s) => [s.title, s.start?.getTime(), s.room])).toEqual(schedule.sessions.map((s) => [s.title, s.start?.getTime(), s.room]));
  });

  it('plans valid content: one note per session, none refused', () => {
    const plan = planImport(schedule, repository, { eventId: 'calendar-import', source: file });
    expect(plan.problems).toEqual([]);
    expect(plan.sessions.filter((s) => s.outcome !== 'create')).toEqual([]);
    expect(plan.sessions).toHaveLength(schedule.sessions.length);
  });
});

describe('Meetup', () => {
  const schedule = read(fixture('meetup-timed-tz'));

  it('takes the calendar’s name, and the zone its entries name when it declares none', () => {
    expect(schedule).toMatchObject({ title: 'My Meetups', timeZone: 'America/Phoenix', startDate: '2011-11-09', endDate: '2011-11-09' });
    expect(messages(schedule)).toContain("VCALENDAR: no X-WR-TIMEZONE: America/Phoenix, the zone its entries name, is the event's");
  });

  it('reads the session: title, start in its zone, length, location (folded, escaped commas), description, link', () => {
    const [meetup] = schedule.sessions;
    expect(meetup).toMatchObject({
      title: 'Phoenix Drupal User Group Monthly Meetup',
      durationMinutes: 120,
      room: 'Open Source Project Tempe (1415 E University Dr. #103A, Tempe, AZ 85281)',
      url: 'http://www.meetup.com/Phoenix-Drupal-User-Group/events/33627272/',
    });
    // 19:00 in Phoenix (UTC-7, no summer time) is 02:00 UTC the next day.
    expect(meetup!.start?.toISOString()).toBe('2011-11-10T02:00:00.000Z');
    // Imported text is one line (model.ts text()): the abstract only feeds the note's summary.
    expect(meetup!.abstract).toContain('Wednesday, November 9 at 7:00 PM Customizing node display');
  });
});

describe('Google Calendar', () => {
  const schedule = read(fixture('google-calendar-kiev-tz'));

  it('takes X-WR-CALNAME and X-WR-TIMEZONE as the event’s name and zone', () => {
    expect(schedule).toMatchObject({ title: 'ical', timeZone: 'Europe/Kiev' });
  });

  it('makes a daily series one session per date, with its moved date', () => {
    expect(schedule.sessions.map((s) => [s.title, s.start?.toISOString()])).toEqual([
      ['repeated', '2016-08-25T11:00:00.000Z'],
      ['bla bla', '2016-08-26T11:00:00.000Z'],
      ['repeated', '2016-08-27T11:00:00.000Z'],
      ['repeated', '2016-08-28T11:00:00.000Z'],
    ]);
  });

  it('plans one event with dated sessions, the series’ notes told apart by their day, and finds them again', () => {
    const plan = planImport(schedule, repository, { eventId: 'kyiv-series', source: 'basic.ics' });
    expect(plan.create.filter((f) => f.what === 'note').map((f) => f.path.replace(/^.*\//, ''))).toEqual([
      'repeated.md',
      'bla-bla.md',
      'repeated-2016-08-27.md',
      'repeated-2016-08-28.md',
    ]);
    const again = planImport(schedule, [...repository, ...plan.create], { eventId: 'kyiv-series', source: 'basic.ics' });
    expect(again.create).toEqual([]);
    expect(again.sessions.every((s) => s.outcome === 'skip')).toBe(true);
  });

  it('adds the new dates of a series imported again later, beside the notes of the old ones', () => {
    const first = planImport(schedule, repository, { eventId: 'kyiv-series', source: 'basic.ics' });
    // The calendar a month on: one more date (the event's dates are widened by hand for it).
    const later = {
      ...schedule,
      sessions: [
        ...schedule.sessions,
        { ...schedule.sessions[0]!, key: 'later', where: 'VEVENT[1], date 2016-08-29', start: new Date('2016-08-29T11:00:00Z') },
      ],
    };
    const files = [...repository, ...first.create].map((f) =>
      f.path.endsWith('event.yaml') ? { ...f, text: f.text.replace('endDate: 2016-08-28', 'endDate: 2016-08-29') } : f,
    );
    const again = planImport(later, files, { eventId: 'kyiv-series', source: 'basic.ics' });
    expect(again.conflicts).toEqual([]);
    expect(again.create.map((f) => f.path.replace(/^.*\//, ''))).toEqual(['repeated-2016-08-29.md']);
  });
});

describe('Outlook (Exchange 2010)', () => {
  const schedule = read(fixture('Office-2012-owa'));

  it('reads Windows zone names without VTIMEZONE, saying so', () => {
    const sydney = schedule.sessions.find((s) => s.title === 'TEST Syd')!;
    // 13:30 in Sydney in October (UTC+11, summer time) is 02:30 UTC.
    expect(sydney.start?.toISOString()).toBe('2020-10-28T02:30:00.000Z');
    expect(messages(schedule)).toContain(
      'TZID=(GMT+10:00) Canberra, Melbourne, Sydney: zone "(GMT+10:00) Canberra, Melbourne, Sydney" has no VTIMEZONE in the file: read as the IANA or Windows zone of that name',
    );
  });

  it('expands a weekly series with UNTIL to its dates', () => {
    const series = schedule.sessions.filter((s) => s.title === 'TEST2');
    expect(series.length).toBeGreaterThan(50);
    expect(series.at(-1)!.start!.getTime()).toBeLessThanOrEqual(new Date('2021-08-28T14:00:00Z').getTime());
  });
});

describe('floating times and all-day entries (Apple iCal)', () => {
  const original = process.env['TZ'];
  afterEach(() => {
    process.env['TZ'] = original;
  });

  it('reads a floating time in the calendar’s zone, whatever the machine’s zone', () => {
    const starts = ['Asia/Tokyo', 'America/Sao_Paulo', 'UTC'].map((tz) => {
      process.env['TZ'] = tz;
      return read(fixture('mixed-timezone-handling')).sessions.map((s) => s.start?.toISOString());
    });
    expect(starts[0]).toEqual(starts[1]);
    expect(starts[0]).toEqual(starts[2]);
    // 01:20:30 in US/Pacific on 28 October 2002 (standard time, UTC-8).
    expect(starts[0]![0]).toBe('2002-10-28T09:20:30.000Z');
  });

  it('warns about the floating time and the all-day entries, which become sessions without a time', () => {
    const schedule = read(fixture('mixed-timezone-handling'));
    expect(schedule.timeZone).toBe('US/Pacific');
    expect(messages(schedule)).toContain('VEVENT[1] (line 12) > DTSTART: time 2002-10-28 01:20:30 has no zone (a floating time): read as US/Pacific time');
    expect(messages(schedule)).toContain('VEVENT[4] (line 33): an all-day entry (2002-10-28): imported without a time');
    expect(schedule.sessions.filter((s) => !s.start).map((s) => s.title)).toEqual(['Date Only (Explicit)', 'Date Only (Implicit)']);
  });

  it('keeps an all-day entry’s days (DTEND is the day after; DURATION works too) as the event’s dates', () => {
    expect(read(fixture('test_date_duration'))).toMatchObject({ startDate: '2024-02-15', endDate: '2024-02-21' });
    const lanyrd = read(fixture('multi-event-basic'));
    expect(lanyrd).toMatchObject({ title: 'Node.js conferences', startDate: '2011-03-12', endDate: '2011-12-02' });
    expect(messages(lanyrd)).toContain('VEVENT[3] (line 27): an all-day entry (2011-05-02 to 2011-05-03): imported without a time');
  });
});

describe('a hand-written calendar with every mess at once', () => {
  // CRLF, folded lines, escaped commas, TZID without VTIMEZONE, DURATION, people by CN,
  // a cancelled entry, one without SUMMARY, a series with COUNT and an EXDATE, no calendar zone.
  const ics = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Carnet//test//EN',
    'X-WR-CALNAME:Rust Lyon\\, meetups',
    'BEGIN:VEVENT',
    'UID:talk-1@example.org',
    'DTSTAMP:20260101T000000Z',
    'DTSTART;TZID=Europe/Paris:20260312T190000',
    'DURATION:PT1H30M',
    'SUMMARY;LANGUAGE=en-gb:Ownership\\, borrowing and you: a very long title that is folded over',
    '  two lines',
    'LOCATION:Salle Mont-Blanc\\, 2e étage',
    'DESCRIPTION:We look at the borrow checker.\\nBring a laptop.',
    'URL:https://example.org/meetups/1',
    'ORGANIZER;CN="Rust Lyon":mailto:orga@example.org',
    'ATTENDEE;CN=Aurélie Vache;ROLE=CHAIR:mailto:aurelie@example.org',
    'ATTENDEE;CN=someone@example.org:mailto:someone@example.org',
    'CATEGORIES:Rust,Systems',
    'END:VEVENT',
    'BEGIN:VEVENT',
    'UID:cancelled@example.org',
    'DTSTAMP:20260101T000000Z',
    'DTSTART;TZID=Europe/Paris:20260313T190000',
    'STATUS:CANCELLED',
    'SUMMARY:Cancelled talk',
    'END:VEVENT',
    'BEGIN:VEVENT',
    'UID:untitled@example.org',
    'DTSTAMP:20260101T000000Z',
    'DTSTART;TZID=Europe/Paris:20260314T190000',
    'END:VEVENT',
    'BEGIN:VEVENT',
    'UID:monthly@example.org',
    'DTSTAMP:20260101T000000Z',
    'DTSTART;TZID=Europe/Paris:20260402T183000',
    'DTEND;TZID=Europe/Paris:20260402T203000',
    'RRULE:FREQ=MONTHLY;COUNT=4;BYDAY=1TH',
    'EXDATE;TZID=Europe/Paris:20260507T183000',
    'SUMMARY:Rust Lyon monthly',
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');
  const schedule = read(ics, 'rust-lyon.ics');

  it('reads the talk: title unfolded and unescaped, zone, DURATION, room, description, link, people, track', () => {
    expect(schedule.title).toBe('Rust Lyon, meetups');
    const talk = schedule.sessions[0]!;
    expect(talk).toMatchObject({
      title: 'Ownership, borrowing and you: a very long title that is folded over two lines',
      durationMinutes: 90,
      room: 'Salle Mont-Blanc, 2e étage',
      abstract: 'We look at the borrow checker. Bring a laptop.',
      url: 'https://example.org/meetups/1',
      track: 'Rust',
      language: 'en-gb',
    });
    expect(talk.start?.toISOString()).toBe('2026-03-12T18:00:00.000Z');
    expect(talk.people.map((key) => schedule.people.get(key)?.name)).toEqual(['Rust Lyon', 'Aurélie Vache']);
    expect(messages(schedule)).toContain('VEVENT[1] (line 6) > ATTENDEE: CN "someone@example.org" is an e-mail address, not a name: left out');
  });

  it('lists the cancelled entry and the one without a title, with their reasons', () => {
    expect(schedule.left).toEqual([
      { title: 'Cancelled talk', where: 'VEVENT[2] (line 21)', reason: 'is cancelled (STATUS:CANCELLED)' },
      { title: 'untitled@example.org', where: 'VEVENT[3] (line 28)', reason: 'has no SUMMARY: a session needs a title' },
    ]);
  });

  it('makes the series one session per date, without the excluded date, and takes its entries’ zone', () => {
    expect(schedule.timeZone).toBe('Europe/Paris');
    expect(schedule.sessions.filter((s) => s.title === 'Rust Lyon monthly').map((s) => [s.start?.toISOString(), s.durationMinutes])).toEqual([
      ['2026-04-02T16:30:00.000Z', 120],
      ['2026-06-04T16:30:00.000Z', 120],
      ['2026-07-02T16:30:00.000Z', 120],
    ]);
    expect(schedule).toMatchObject({ startDate: '2026-03-12', endDate: '2026-07-02' });
  });

  it('plans an event with its rooms, tracks and people, valid content', () => {
    const plan = planImport(schedule, repository, { eventId: 'rust-lyon', source: 'rust-lyon.ics' });
    expect(plan.problems).toEqual([]);
    const { content } = checkContent([...repository, ...plan.create]);
    expect(content.events.get('rust-lyon')).toMatchObject({
      name: 'Rust Lyon, meetups',
      timeZone: 'Europe/Paris',
      startDate: '2026-03-12',
      endDate: '2026-07-02',
    });
    const note = content.sessions.get('rust-lyon/ownership-borrowing-and-you-a-very-long-title-that-is-folded')!;
    expect(note.data).toMatchObject({
      language: 'en-GB',
      room: 'salle-mont-blanc-2e-etage',
      track: 'rust',
      programmeUrl: 'https://example.org/meetups/1',
      speakers: ['rust-lyon', 'aurelie-vache'],
    });
  });

  it('reads an open-ended series up to three months past the day the calendar was written, or a year', () => {
    const weekly = (stamp: string) =>
      read(
        ics
          .replace('RRULE:FREQ=MONTHLY;COUNT=4;BYDAY=1TH', 'RRULE:FREQ=WEEKLY')
          .replace(/DTSTAMP:20260101T000000Z(\r\nDTSTART;TZID=Europe\/Paris:20260402)/, `DTSTAMP:${stamp}$1`),
      );
    const firstYear = weekly('20260101T000000Z').sessions.filter((s) => s.title === 'Rust Lyon monthly');
    expect(firstYear.at(-1)!.start!.toISOString().slice(0, 10)).toBe('2027-04-01');
    const years = weekly('20290101T000000Z');
    expect(
      years.sessions
        .filter((s) => s.title === 'Rust Lyon monthly')
        .at(-1)!
        .start!.toISOString()
        .slice(0, 10),
    ).toBe('2029-03-29');
    expect(
      messages(years).some((m) => m.includes('repeats with no end (RRULE without UNTIL or COUNT): its dates from 2026-04-02 to 2029-04-03 are imported')),
    ).toBe(true);
  });

  it('refuses a calendar that is cut off, naming the file and the line', () => {
    const cut = ics.slice(0, ics.indexOf('END:VCALENDAR'));
    expect(() => read(cut, 'cut.ics')).toThrow(ImportError);
    expect(() => read(cut, 'cut.ics')).toThrow(/^cut\.ics: line \d+: has no END:VCALENDAR/);
  });
});
