import { describe, expect, it } from 'vitest';
import { checkContent, type SourceFile } from '../../../../src/lib/content/check.ts';
import { outline, planNote, ScaffoldError, type NoteChoices, type Plan } from '../../../../src/lib/content/scaffold.ts';
import { readContentFiles } from '../../../../src/lib/content/read.ts';

const BASE = readContentFiles(new URL('../../../fixtures/content/', import.meta.url).pathname);
const STUB = 'content/events/demo-2026/sessions/ouverture.md';
const WITH_STUB: SourceFile[] = [...BASE, { path: STUB, text: '---\ntitle: "Ouverture"\nkind: keynote\nlanguage: fr\nroom: grande-salle # la plénière\n---\n' }];

function errors(files: readonly SourceFile[], choices: NoteChoices): string[] {
  try {
    planNote(files, choices);
  } catch (error) {
    if (error instanceof ScaffoldError) return error.errors;
    throw error;
  }
  throw new Error('expected the plan to be refused');
}

/** The content as it is once the plan is written. */
function applied(files: readonly SourceFile[], plan: Plan): SourceFile[] {
  const after = new Map(files.map((file) => [file.path, file]));
  for (const path of plan.removes) after.delete(path);
  for (const file of plan.files) after.set(file.path, file);
  return [...after.values()];
}

describe('planning a note', () => {
  it('fills in a session that has no note yet, keeping its front matter and crediting the writer', () => {
    const plan = planNote(WITH_STUB, { event: 'demo-2026', session: 'ouverture', topics: ['security'], contributor: { name: 'Jeanne Martin', github: '@jmartin' }, format: 'md' });
    expect(plan.note).toBe(STUB);
    expect(plan.url).toBe('/demo-2026/ouverture/');
    expect(plan.files).toEqual([
      {
        path: STUB,
        replaces: STUB,
        text: `---\ntitle: "Ouverture"\nkind: keynote\nlanguage: fr\nroom: grande-salle # la plénière\ntopics:\n  - security\ncontributors:\n  - name: Jeanne Martin\n    github: jmartin\n---\n\n${outline('fr', 'md')}`,
      },
    ]);
    expect(checkContent(applied(WITH_STUB, plan)).problems).toEqual([]);
  });

  it('creates a new session with new people, and the result passes every check', () => {
    const plan = planNote(BASE, {
      event: 'demo-2026',
      newSession: { title: 'Sécurité : les bases', kind: 'talk' },
      people: ['aurelie-vache'],
      newPeople: ['Zoé Lefèvre'],
      topics: ['security'],
      language: 'en',
      format: 'mdx',
    });
    expect(plan.files.map((file) => file.path)).toEqual(['content/speakers/zoe-lefevre.yaml', 'content/events/demo-2026/sessions/securite-les-bases.mdx']);
    expect(plan.files[0]!.text).toBe('name: Zoé Lefèvre\n');
    expect(plan.files[1]!.text).toBe(
      `---\ntitle: "Sécurité : les bases"\nkind: talk\nlanguage: en\nspeakers:\n  - aurelie-vache\n  - zoe-lefevre\ntopics:\n  - security\n---\n\n${outline('en', 'mdx')}`,
    );
    expect(outline('en', 'mdx')).toContain('## What was presented\n\n{/* ');
    expect(checkContent(applied(BASE, plan)).problems).toEqual([]);
  });

  it('reuses a person whose file exists rather than writing it again', () => {
    const plan = planNote(BASE, { event: 'demo-2026', newSession: { title: 'Atelier', kind: 'workshop' }, newPeople: ['Aurélie Vache'], format: 'md' });
    expect(plan.reused).toEqual(['aurelie-vache']);
    expect(plan.files.map((file) => file.path)).toEqual(['content/events/demo-2026/sessions/atelier.md']);
  });

  it('gives a round table its panelists and moderator', () => {
    const plan = planNote(BASE, { event: 'demo-2026', newSession: { title: 'Table ronde', kind: 'round-table' }, people: ['aurelie-vache'], moderator: 'sebastien-blanc', format: 'md' });
    expect(plan.files[0]!.text).toContain('panelists:\n  - aurelie-vache\nmoderator: sebastien-blanc\n');
  });

  it('turns a .md stub into an .mdx note, removing the stub', () => {
    const plan = planNote(WITH_STUB, { event: 'demo-2026', session: 'ouverture', format: 'mdx' });
    expect(plan.files.map((file) => file.path)).toEqual(['content/events/demo-2026/sessions/ouverture.mdx']);
    expect(plan.removes).toEqual([STUB]);
  });
});

describe('refusing, in plain words', () => {
  it('never overwrites a note', () => {
    expect(errors(BASE, { event: 'demo-2026', session: 'plugin-kubectl', format: 'md' })).toEqual([
      'content/events/demo-2026/sessions/plugin-kubectl.md already has a note: open it and add to it (Carnet never overwrites a note)',
    ]);
    expect(errors(BASE, { event: 'demo-2026', newSession: { title: 'Plugin kubectl', kind: 'talk' }, format: 'md' })).toEqual([
      'content/events/demo-2026/sessions/plugin-kubectl.md exists already: choose that session (--session plugin-kubectl) rather than creating it again',
    ]);
  });

  it('suggests the near miss for an event, a session, a person or a topic', () => {
    expect(errors(BASE, { event: 'demo-2025', session: 'x', format: 'md' })).toEqual(['no event "demo-2025": did you mean "demo-2026"?']);
    expect(errors(BASE, { event: 'demo-2026', session: 'plugin-kubctl', format: 'md' })).toEqual(['no session in demo-2026 "plugin-kubctl": did you mean "plugin-kubectl"?']);
    expect(errors(BASE, { event: 'demo-2026', newSession: { title: 'T', kind: 'talk' }, people: ['aurelie-vach'], topics: ['secu'], format: 'md' })).toEqual([
      'no person "aurelie-vach": did you mean "aurelie-vache"?',
      'no topic "secu" (expected one of containers, security)',
    ]);
  });

  it('refuses a moderator on a talk, and a session without a session', () => {
    expect(errors(BASE, { event: 'demo-2026', newSession: { title: 'T', kind: 'talk' }, moderator: 'aurelie-vache', format: 'md' })).toEqual([
      'only a round table has a moderator; this session is a talk',
    ]);
    expect(errors(BASE, { event: 'demo-2026', format: 'md' })).toEqual(['choose a session (--session) or give the title of a new one (--title)']);
  });

  it('refuses what the build would refuse, before anything is written', () => {
    expect(errors(BASE, { event: 'demo-2026', newSession: { title: 'T', kind: 'talk' }, summary: '   ', contributor: { name: 'X', github: 'not a handle' }, format: 'md' })).toEqual([
      'content/events/demo-2026/sessions/t.md:7: contributors[0].github: must be the GitHub user name alone',
    ]);
  });
});
