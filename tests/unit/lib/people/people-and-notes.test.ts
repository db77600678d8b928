// Issue #17: affiliations per appearance, people's own choices, several notes per session and
// https-only addresses, as a contributor meets them: the messages of the checks, and the rules.
import { describe, expect, it } from 'vitest';
import { affiliationAt, affiliationHistory, formatPeriod } from '../../../../src/lib/people/affiliations.ts';
import { checkContent, formatProblem, type SourceFile } from '../../../../src/lib/content/check.ts';
import { planNote, ScaffoldError, type NoteChoices } from '../../../../src/lib/content/scaffold.ts';
import { noteHeads, readingOrder } from '../../../../src/lib/sessions/notes.ts';
import { formerSpeakerPaths, listedName, shownName, speakerRedirects, speakerUrl } from '../../../../src/lib/people/names.ts';
import type { ImportedSchedule } from '../../../../src/lib/import/model.ts';
import { planImport } from '../../../../src/lib/import/plan.ts';

const event = `name: Test Days 2026
shortName: TD 2026
startDate: 2026-02-03
endDate: 2026-02-03
timeZone: Europe/Paris
venue: { name: Hall, city: Paris, country: FR }
description: Une journée de test.
`;

const note = (front: string, body = 'Une note.\n') => `---\n${front}\n---\n${body}`;
const SESSION = 'content/events/test-days/sessions/plugin.md';
const FOLDER = 'content/events/test-days/sessions/plugin';

function tree(overrides: Record<string, string | null> = {}): SourceFile[] {
  const files: Record<string, string | null> = {
    'content/topics.yaml': '- { id: secrets, label: { fr: Secrets } }\n',
    'content/speakers/aurelie-vache.yaml': 'name: Aurélie Vache\n',
    'content/speakers/sebastien-blanc.yaml': 'name: Sébastien Blanc\n',
    'content/speakers/jerome-petazzoni.yaml': 'name: Jérôme Petazzoni\n',
    'content/events/test-days/event.yaml': event,
    [SESSION]: note('title: Plugins\nkind: talk\nlanguage: fr\nspeakers: [aurelie-vache, sebastien-blanc]'),
    ...overrides,
  };
  return Object.entries(files)
    .filter((entry): entry is [string, string] => entry[1] !== null)
    .map(([path, text]) => ({ path, text }));
}

const report = (overrides: Record<string, string | null>) => checkContent(tree(overrides)).problems.map(formatProblem);

describe('affiliations belong to an appearance', () => {
  it('refuses a company or a role in a person’s file, saying where they go now', () => {
    expect(report({ 'content/speakers/aurelie-vache.yaml': 'name: Aurélie Vache\ncompany: OVHcloud\nrole: DevRel\n' })).toEqual([
      `content/speakers/aurelie-vache.yaml:2: company: is no longer part of a person's file: a company is true of one appearance, so write it in the session's (or the event's) affiliations, like "affiliations: [{ person: aurelie-vache, company: … }]" (see content/speakers/README.md)`,
      `content/speakers/aurelie-vache.yaml:3: role: is no longer part of a person's file: a role is true of one appearance, so write it in the session's (or the event's) affiliations, like "affiliations: [{ person: aurelie-vache, role: … }]" (see content/speakers/README.md)`,
    ]);
  });

  it('accepts a session’s affiliation for one of its people', () => {
    expect(
      report({
        [SESSION]: note('title: Plugins\nkind: talk\nlanguage: fr\nspeakers: [aurelie-vache]\naffiliations:\n  - person: aurelie-vache\n    company: OVHcloud'),
      }),
    ).toEqual([]);
  });

  it('refuses an affiliation for a person who is not on the session, naming its people', () => {
    expect(
      report({
        [SESSION]: note(
          'title: Plugins\nkind: talk\nlanguage: fr\nspeakers: [aurelie-vache, sebastien-blanc]\naffiliations:\n  - person: jerome-petazzoni\n    company: Enix',
        ),
      }),
    ).toEqual([
      'content/events/test-days/sessions/plugin.md:7: affiliations[0].person: "jerome-petazzoni" is not among this session’s people (aurelie-vache, sebastien-blanc): an affiliation says what a person did at that appearance',
    ]);
  });

  it('refuses an affiliation with neither company nor role, one for a person who does not exist, and two for one person', () => {
    expect(
      report({
        [SESSION]: note(
          'title: Plugins\nkind: talk\nlanguage: fr\nspeakers: [aurelie-vache]\naffiliations:\n  - person: aurelie-vache\n  - person: aurelie-vach\n    company: X\n  - person: aurelie-vache\n    company: A\n  - person: aurelie-vache\n    company: B',
        ),
      }),
    ).toEqual(['content/events/test-days/sessions/plugin.md:7: affiliations[0]: needs a company, a role, or both']);
    expect(
      report({
        [SESSION]: note(
          'title: Plugins\nkind: talk\nlanguage: fr\nspeakers: [aurelie-vache]\naffiliations:\n  - person: aurelie-vach\n    company: X\n  - person: aurelie-vache\n    company: A\n  - person: aurelie-vache\n    company: B',
        ),
      }),
    ).toEqual([
      'content/events/test-days/sessions/plugin.md:7: affiliations[0].person: no speaker "aurelie-vach": did you mean "aurelie-vache"?',
      'content/events/test-days/sessions/plugin.md:11: affiliations[2].person: "aurelie-vache" has two affiliations here: keep one',
    ]);
  });

  it('refuses an event’s affiliation for a person on none of its sessions', () => {
    expect(report({ 'content/events/test-days/event.yaml': `${event}affiliations:\n  - person: jerome-petazzoni\n    company: Enix\n` })).toEqual([
      'content/events/test-days/event.yaml:9: affiliations[0].person: "jerome-petazzoni" is not an organiser nor on any session of this event (aurelie-vache, sebastien-blanc): an affiliation says what a person did at that appearance',
    ]);
  });

  it('shows the session’s word, else the event’s, else none; and a history by year', () => {
    const session = [{ person: 'a', company: 'Datadog' }];
    const eventWide = [
      { person: 'a', company: 'OVHcloud' },
      { person: 'b', role: 'SRE', company: 'Enix' },
    ];
    expect(affiliationAt('a', { session, event: eventWide })).toEqual({ person: 'a', company: 'Datadog' });
    expect(affiliationAt('b', { session, event: eventWide })).toEqual({ person: 'b', role: 'SRE', company: 'Enix' });
    expect(affiliationAt('c', { session, event: eventWide })).toBeUndefined();
    const history = affiliationHistory([
      { year: 2023, affiliation: undefined },
      { year: 2026, affiliation: { person: 'a', company: 'OVHcloud', role: 'DevRel' } },
      { year: 2022, affiliation: { person: 'a', company: 'Datadog' } },
      { year: 2023, affiliation: { person: 'a', company: 'Datadog' } },
    ]).map(formatPeriod);
    expect(history).toEqual(['DevRel, OVHcloud, 2026', 'Datadog, 2022–2023']);
  });
});

describe('people’s own choices', () => {
  it('takes pronouns, aliases and former ids, and refuses a shown name for a listed person', () => {
    expect(report({ 'content/speakers/aurelie-vache.yaml': 'name: Aurélie Vache\npronouns: elle\naliases: [Scraly]\nformerIds: [aurelie-v]\n' })).toEqual([]);
    expect(report({ 'content/speakers/aurelie-vache.yaml': 'name: Aurélie Vache\nshownName: Aurélie\n' })).toEqual([
      'content/speakers/aurelie-vache.yaml:2: shownName: is only for a person who asked not to be listed (add listed: false, or remove shownName: their name is shown)',
    ]);
  });

  it('refuses a former id that is someone’s current id, or another person’s former id', () => {
    expect(
      report({
        'content/speakers/aurelie-vache.yaml': 'name: Aurélie Vache\nformerIds: [sebastien-blanc, ancien]\n',
        'content/speakers/jerome-petazzoni.yaml': 'name: Jérôme Petazzoni\nformerIds: [ancien]\n',
      }),
    ).toEqual([
      'content/speakers/jerome-petazzoni.yaml:2: formerIds[0]: "ancien" is already a former id of content/speakers/aurelie-vache.yaml: one old address can lead to one person only',
      'content/speakers/aurelie-vache.yaml: formerIds: "sebastien-blanc" is the id of content/speakers/sebastien-blanc.yaml: an old address cannot lead away from a person\'s page',
    ]);
  });

  it('puts the rules in one place: names, pages and old addresses', () => {
    const unlisted = { name: 'Zoé Q', listed: false, shownName: 'Zoé' };
    const hidden = { name: 'Yannick S', listed: false };
    const listed = { name: 'Aurélie Vache', listed: true };
    expect([shownName(unlisted), shownName(hidden), shownName(listed)]).toEqual(['Zoé', undefined, 'Aurélie Vache']);
    expect([listedName(unlisted), listedName(listed)]).toEqual([undefined, 'Aurélie Vache']);
    expect([speakerUrl('zoe', unlisted), speakerUrl('aurelie-vache', listed)]).toEqual([undefined, '/speakers/aurelie-vache/']);
    expect(
      speakerRedirects([
        ['alex', { listed: true, formerIds: ['alex-ancien'] }],
        ['zoe', { listed: false, formerIds: ['zoe-ancien'] }],
      ]),
    ).toEqual([{ from: '/speakers/alex-ancien/', to: '/speakers/alex/' }]);
  });

  it('keeps the old addresses out of the sitemap, from the people files as the checks read them', () => {
    const { entries } = checkContent([
      { path: 'content/speakers/alex.yaml', text: 'name: Alex\nformerIds: [alex-ancien, alex-2019]\n' },
      { path: 'content/speakers/zoe.yaml', text: 'name: Zoé Q\nlisted: false\nformerIds: [zoe-ancien]\n' },
    ]);
    expect(formerSpeakerPaths(entries)).toEqual(new Set(['/speakers/alex-2019/', '/speakers/alex-ancien/']));
  });

  it('the importer matches a known person by an alias or a former id', () => {
    const files = tree({ 'content/speakers/aurelie-vache.yaml': 'name: Aurélie Vache\naliases: [Scraly the Dev]\nformerIds: [aurelie-v]\n' });
    const schedule: ImportedSchedule = {
      format: 'c3voc-json',
      title: 'Test Days 2026',
      rooms: [],
      tracks: [],
      people: new Map([
        ['p1', { key: 'p1', name: 'Scraly the Dev', links: [] }],
        ['p2', { key: 'p2', name: 'Aurelie V', links: [] }],
      ]),
      sessions: [{ key: 's1', where: 's1', title: 'Une session', start: new Date('2026-02-03T09:30:00Z'), durationMinutes: 30, people: ['p1', 'p2'] }],
      left: [],
      warnings: [],
    };
    const plan = planImport(schedule, files, { eventId: 'test-days', source: 'test.json' });
    expect(plan.problems).toEqual([]);
    expect(plan.create.filter((file) => file.what === 'person')).toEqual([]);
    expect(plan.create.find((file) => file.what === 'note')?.text).toContain('speakers:\n  - aurelie-vache\n');
  });
});

const further = (front: string, body?: string) => note(front, body);

describe('several notes on one session', () => {
  it('accepts a further note and its translation of the session’s own note', () => {
    expect(
      report({
        [`${FOLDER}/notes-de-camille.md`]: further('language: fr\ndate: 2026-02-04\ncontributors: [{ name: Camille }]'),
        [`${FOLDER}/in-english.md`]: further('language: en\ndate: 2026-02-05\ntranslationOf: plugin\ncontributors: [{ name: Sam }]'),
      }),
    ).toEqual([]);
  });

  it('refuses a translation of a note that does not exist, or in the same language', () => {
    expect(
      report({
        [`${FOLDER}/in-english.md`]: further('language: en\ndate: 2026-02-05\ntranslationOf: plugn\ncontributors: [{ name: Sam }]'),
        [`${FOLDER}/en-francais.md`]: further('language: fr\ndate: 2026-02-05\ntranslationOf: plugin\ncontributors: [{ name: Sam }]'),
        [`${FOLDER}/autre.md`]: further('language: en\ndate: 2026-02-05\ntranslationOf: introuvable\ncontributors: [{ name: Sam }]'),
      }),
    ).toEqual([
      `${FOLDER}/autre.md:4: translationOf: no note "introuvable" on this session (the notes of this session: plugin, en-francais, in-english)`,
      `${FOLDER}/en-francais.md:4: translationOf: "plugin" is in fr too: a translation is in another language (check language)`,
      `${FOLDER}/in-english.md:4: translationOf: no note "plugn" on this session: did you mean "plugin"?`,
    ]);
  });

  it('refuses an unknown language code, a note without contributors or date, and an empty note', () => {
    expect(report({ [`${FOLDER}/note.md`]: further('language: english\ncontributors: []', '') })).toEqual([
      `${FOLDER}/note.md: has no note under its front matter (write the note, or delete the file)`,
      `${FOLDER}/note.md:2: language: "english" is not a language code (BCP 47, like "fr", "de" or "pt-BR")`,
      `${FOLDER}/note.md:3: contributors: needs at least one contributor: who wrote this note (a name or a pseudonym)`,
      `${FOLDER}/note.md:2: date: is required (text)`,
    ]);
  });

  it('refuses a folder of notes with no session, and a note named like its session', () => {
    const front = 'language: fr\ndate: 2026-02-04\ncontributors: [{ name: Camille }]';
    expect(report({ 'content/events/test-days/sessions/plugins/a.md': further(front), [`${FOLDER}/plugin.md`]: further(front) })).toEqual([
      `${FOLDER}/plugin.md: is named like its session: "plugin" is the name of the note in plugin.md itself (rename this file, like notes-de-camille.md)`,
      'content/events/test-days/sessions/plugins/a.md: is in sessions/plugins/, but content/events/test-days/sessions/ has no session plugins.md or .mdx: did you mean the folder "plugin"?',
    ]);
  });

  it('orders further notes by day then name, and links translations both ways', () => {
    expect(
      readingOrder([
        { name: 'b', data: { date: '2026-02-05' } },
        { name: 'c', data: { date: '2026-02-04' } },
        { name: 'a', data: { date: '2026-02-05' } },
      ]).map((n) => n.name),
    ).toEqual(['c', 'a', 'b']);
    const heads = noteHeads('plugin', [
      { name: 'plugin', language: 'fr', contributors: [] },
      { name: 'notes-de-camille', language: 'fr', contributors: [{ name: 'Camille' }], date: '2026-02-04' },
      { name: 'in-english', language: 'en', contributors: [{ name: 'Sam' }], date: '2026-02-05', translationOf: 'plugin' },
    ]);
    expect(heads.map((h) => [h.anchor, h.translations, h.original])).toEqual([
      ['note', [{ anchor: 'note-in-english', language: 'en' }], undefined],
      ['note-notes-de-camille', [], undefined],
      ['note-in-english', [], { anchor: 'note', language: 'fr' }],
    ]);
  });
});

describe('addresses are https', () => {
  it('refuses an http source, an http link in a note’s body, and an http website in a person’s file', () => {
    expect(
      report({
        [SESSION]: note(
          'title: Plugins\nkind: talk\nlanguage: fr\nspeakers: [aurelie-vache]\nsources:\n  - label: Le compte rendu\n    url: http://example.org/cr',
          'Voir [le site](http://example.org/).\n',
        ),
        'content/speakers/aurelie-vache.yaml': 'name: Aurélie Vache\nlinks:\n  website: http://example.org/\n',
        [`${FOLDER}/autre.md`]: further(
          'language: fr\ndate: 2026-02-04\ncontributors: [{ name: Camille }]\nsources: [{ label: Blog, url: "http://blog.example.org/" }]',
          'Un [lien](http://example.org/b).\n',
        ),
      }),
    ).toEqual([
      'content/events/test-days/sessions/plugin.md:10: link: "http://example.org/" is not https: links in notes must start with https:// (most sites answer there: check the address in a browser)',
      'content/events/test-days/sessions/plugin.md:8: sources[0].url: must start with https://',
      `${FOLDER}/autre.md:7: link: "http://example.org/b" is not https: links in notes must start with https:// (most sites answer there: check the address in a browser)`,
      `${FOLDER}/autre.md:5: sources[0].url: must start with https://`,
      'content/speakers/aurelie-vache.yaml:3: links.website: must start with https://',
    ]);
  });
});

describe('npm run new beside a note', () => {
  const files = tree();
  const choices = (more: Partial<NoteChoices>): NoteChoices => ({
    event: 'test-days',
    session: 'plugin',
    format: 'md',
    another: true,
    date: '2026-02-06',
    contributor: { name: 'Camille Durand' },
    ...more,
  });

  it('adds a further note in the session’s folder, leaving the session’s file alone', () => {
    const plan = planNote(files, choices({ language: 'en', translationOf: 'plugin' }));
    expect(plan.note).toBe(`${FOLDER}/notes-de-camille-durand.md`);
    expect(plan.url).toBe('/test-days/plugin/#note-notes-de-camille-durand');
    expect(plan.files.map((file) => file.path)).toEqual([plan.note]);
    expect(plan.files[0]!.text).toMatch(
      /^---\nlanguage: en\ndate: 2026-02-06\ncontributors:\n {2}- name: Camille Durand\ntranslationOf: plugin\n---\n\n## Context/,
    );
  });

  it('never overwrites: a name that is taken gets a number', () => {
    const taken = [
      ...files,
      { path: `${FOLDER}/notes-de-camille-durand.md`, text: note('language: fr\ndate: 2026-02-04\ncontributors: [{ name: Camille Durand }]') },
    ];
    expect(planNote(taken, choices({})).note).toBe(`${FOLDER}/notes-de-camille-durand-2.md`);
  });

  it('needs an author, and leaves the session’s facts where they are', () => {
    let errors: string[] = [];
    try {
      planNote(files, choices({ contributor: undefined, topics: ['secrets'] }));
    } catch (error) {
      errors = (error as ScaffoldError).errors;
    }
    expect(errors).toEqual([
      'a further note credits its author: give your name (--author)',
      `a further note does not change the session's topics: the session's facts stay in ${SESSION}`,
    ]);
  });
});
