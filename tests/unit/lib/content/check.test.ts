import { describe, expect, it } from 'vitest';
import { checkContent, formatProblem, splitFrontMatter, type SourceFile } from '../../../../src/lib/content/check.ts';

const event = `name: Test Days 2026
shortName: TD 2026
startDate: 2026-02-03
endDate: 2026-02-03
timeZone: Europe/Paris
venue: { name: Hall, city: Paris, country: FR }
description: Une journée de test.
rooms:
  - { id: monet, name: Monet }
tracks:
  - { id: infra, name: Infra }
organisers: [aurelie-vache]
`;

const note = (front: string, body = '') => `---\n${front}\n---\n${body}`;

/** A small valid content tree; each test changes one file. */
function tree(overrides: Record<string, string | null> = {}): SourceFile[] {
  const files: Record<string, string | null> = {
    'content/topics.yaml': '- { id: secrets, label: { fr: Secrets } }\n- { id: security, label: { fr: Sécurité } }\n',
    'content/speakers/aurelie-vache.yaml': 'name: Aurélie Vache\n',
    'content/speakers/sebastien-blanc.yaml': 'name: Sébastien Blanc\n',
    'content/events/test-days/event.yaml': event,
    'content/events/test-days/replays.yaml': 'replays:\n  - session: plugin\n    url: https://youtu.be/2XghfHsbRtw\n',
    'content/events/test-days/sessions/plugin.md': note(
      'title: Plugins\nkind: talk\nlanguage: fr\nspeakers: [aurelie-vache, sebastien-blanc]\ntopics: [secrets]\ntrack: infra\nroom: monet\nstart: 2026-02-03T10:30:00+01:00\ndurationMinutes: 30',
      'Une note.\n',
    ),
    ...overrides,
  };
  return Object.entries(files)
    .filter((entry): entry is [string, string] => entry[1] !== null)
    .map(([path, text]) => ({ path, text }));
}

const report = (files: SourceFile[]) => checkContent(files).problems.map(formatProblem);

describe('checkContent', () => {
  it('accepts a valid tree and indexes it', () => {
    const { problems, content } = checkContent(tree());
    expect(problems).toEqual([]);
    expect([...content.sessions.keys()]).toEqual(['test-days/plugin']);
    expect(content.sessions.get('test-days/plugin')!.body).toBe('Une note.\n');
  });

  it('names the file, line and field of an unknown speaker, and suggests the near miss', () => {
    const files = tree({
      'content/events/test-days/sessions/plugin.md': note('title: Plugins\nkind: talk\nlanguage: fr\nspeakers:\n  - aurelie-vach\n  - nobody-here'),
    });
    expect(report(files)).toEqual([
      'content/events/test-days/sessions/plugin.md:6: speakers[0]: no speaker "aurelie-vach": did you mean "aurelie-vache"?',
      'content/events/test-days/sessions/plugin.md:7: speakers[1]: no speaker "nobody-here": add content/speakers/nobody-here.yaml first',
    ]);
  });

  it('reports a misspelt field alone, then every reference problem of the note at once', () => {
    const files = tree({
      'content/events/test-days/sessions/plugin.md': note(
        'title: Plugins\nkind: talk\nlanguage: fr\ntopics: [secret]\ntrack: infrastructure\nroom: piaf\nstart: 2026-02-04T10:00:00+01:00\nsumary: oops',
      ),
    });
    expect(report(files)).toEqual([
      'content/events/test-days/sessions/plugin.md:9: sumary: is not a field Carnet knows (check its spelling)',
    ]);
    const fixed = tree({
      'content/events/test-days/sessions/plugin.md': note('title: Plugins\nkind: talk\nlanguage: fr\ntopics: [secret]\ntrack: infrastructure\nroom: piaf\nstart: 2026-02-04T10:00:00+01:00'),
    });
    expect(report(fixed)).toEqual([
      'content/events/test-days/sessions/plugin.md:5: topics[0]: no topic "secret" in content/topics.yaml: did you mean "secrets"?',
      'content/events/test-days/sessions/plugin.md:6: track: no track "infrastructure" in test-days/event.yaml',
      'content/events/test-days/sessions/plugin.md:7: room: no room "piaf" in test-days/event.yaml',
      'content/events/test-days/sessions/plugin.md:8: start: is on 2026-02-04, outside the event\'s dates (2026-02-03 to 2026-02-03)',
    ]);
  });

  it('says when a required field is missing', () => {
    const files = tree({ 'content/events/test-days/sessions/plugin.md': note('kind: talk\nlanguage: fr') });
    expect(report(files)).toContain('content/events/test-days/sessions/plugin.md:2: title: is required (text)');
  });

  it('refuses a replay for a session that does not exist and an organiser with no file', () => {
    const files = tree({
      'content/events/test-days/replays.yaml': 'replays:\n  - session: plugins\n    url: https://youtu.be/2XghfHsbRtw\n',
      'content/events/test-days/event.yaml': event.replace('organisers: [aurelie-vache]', 'organisers: [denis-germain]'),
    });
    expect(report(files)).toEqual([
      'content/events/test-days/event.yaml:12: organisers[0]: no speaker "denis-germain": add content/speakers/denis-germain.yaml first',
      'content/events/test-days/replays.yaml:2: replays[0].session: no session "plugins" of test-days: did you mean "plugin"?',
    ]);
  });

  it('accepts named breaks, and says what is wrong with one: no end or length, an end before its start, a day outside the event', () => {
    const withBreaks = (lines: string) => tree({ 'content/events/test-days/event.yaml': `${event}breaks:\n${lines}` });
    expect(report(withBreaks('  - { label: Déjeuner, start: 2026-02-03T12:10:00+01:00, durationMinutes: 50 }\n  - { label: Café, start: 2026-02-03T15:00:00+01:00, end: 2026-02-03T15:15:00+01:00 }\n'))).toEqual([]);
    expect(
      report(
        withBreaks(
          '  - { label: Déjeuner, start: 2026-02-03T12:10:00+01:00 }\n  - { label: Café, start: 2026-02-03T15:00:00+01:00, end: 2026-02-03T14:00:00+01:00 }\n  - { label: Dîner, start: 2026-02-04T19:00:00+01:00, durationMinutes: 90 }\n',
        ),
      ),
    ).toEqual([
      'content/events/test-days/event.yaml:14: breaks[0].end: give either end or durationMinutes (one of the two)',
      'content/events/test-days/event.yaml:15: breaks[1].end: must be after start',
      // An invalid event.yaml is not loaded, so its notes and replays are reported as orphans too.
      'content/events/test-days/sessions/plugin.md: is in content/events/test-days/, which has no event.yaml',
      'content/events/test-days/replays.yaml: is in content/events/test-days/, which has no event.yaml',
    ]);
    expect(report(withBreaks('  - { label: Dîner, start: 2026-02-04T19:00:00+01:00, durationMinutes: 90 }\n'))).toEqual([
      "content/events/test-days/event.yaml:14: breaks[0].start: is on 2026-02-04, outside the event's dates (2026-02-03 to 2026-02-03)",
    ]);
  });

  it('refuses a session in a folder without event.yaml, a bad file name, and a stray file', () => {
    const files = tree({
      'content/events/ghost/sessions/talk.md': note('title: T\nkind: talk\nlanguage: fr'),
      'content/speakers/Aurelie.yaml': 'name: Aurélie\n',
      'content/events/test-days/sessions/notes.txt': 'hello',
    });
    expect(report(files)).toEqual([
      'content/events/test-days/sessions/notes.txt: is not a file Carnet reads here (expected speakers/<id>.yaml and its photo, events/<event>/event.yaml, replays.yaml, transcripts/<name>.vtt, sessions/<slug>.md or .mdx, or an image in sessions/images/: .jpg, .png, .webp, .avif or .gif)',
      'content/speakers/Aurelie.yaml: the file name "Aurelie" must be lower-case words joined by hyphens, like aurelie-vache (it is the person\'s id and URL)',
      'content/events/ghost/sessions/talk.md: is in content/events/ghost/, which has no event.yaml',
    ]);
  });

  it('refuses the same session as .md and .mdx', () => {
    const files = tree({ 'content/events/test-days/sessions/plugin.mdx': note('title: P\nkind: talk\nlanguage: fr') });
    expect(report(files)).toEqual([
      'content/events/test-days/sessions/plugin.mdx: another note has the same name "plugin" (content/events/test-days/sessions/plugin.md): keep one',
    ]);
  });

  it('points at the line of a YAML syntax error and of a missing front matter', () => {
    const files = tree({
      'content/speakers/sebastien-blanc.yaml': 'name: Sébastien Blanc\nlinks: [github: x\n',
      'content/events/test-days/sessions/plugin.md': 'title: no front matter\n',
    });
    const problems = report(files);
    expect(problems).toContain('content/events/test-days/sessions/plugin.md:1: must start with front matter between two lines of --- (see content/events/README.md)');
    expect(problems.some((p) => /^content\/speakers\/sebastien-blanc\.yaml:\d+: is not valid YAML/.test(p))).toBe(true);
  });
});

describe('checkContent on YAML read by the faster parser', () => {
  it('still places a problem on its line', () => {
    const files = tree({ 'content/speakers/sebastien-blanc.yaml': 'name: Sébastien Blanc\n\nbio: Acme\nwebsite: https://example.org\nname2: 3\n' });
    expect(report(files)).toEqual([
      'content/speakers/sebastien-blanc.yaml:4: website: is not a field Carnet knows (check its spelling)',
      'content/speakers/sebastien-blanc.yaml:5: name2: is not a field Carnet knows (check its spelling)',
    ]);
  });

  it('reports an alias bomb as invalid YAML instead of expanding it', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++) levels.push(`${'bcdefghij'[i - 1]}: &${'bcdefghij'[i - 1]} [${Array(10).fill(`*${'abcdefghij'[i - 1]}`).join(', ')}]`);
    const files = tree({ 'content/speakers/sebastien-blanc.yaml': `name: Sébastien Blanc\n${levels.join('\n')}\n` });
    expect(report(files).some((p) => /^content\/speakers\/sebastien-blanc\.yaml:1: is not valid YAML: .*alias/i.test(p))).toBe(true);
  });
});

describe('splitFrontMatter', () => {
  it('separates the YAML from the body, ignoring a byte-order mark', () => {
    expect(splitFrontMatter('\uFEFF---\ntitle: A\n---\nBody\n')).toEqual({ frontMatter: 'title: A', body: 'Body\n' });
    expect(splitFrontMatter('no front matter')).toBeUndefined();
  });
});
