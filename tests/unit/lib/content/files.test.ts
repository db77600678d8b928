import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readContentFiles } from '../../../../src/lib/content/read.ts';
import { contentKind } from '../../../../src/lib/content/files.ts';
import { checkContent } from '../../../../src/lib/content/check.ts';

// The collections are fed what the checks read (issue #13: a README.md in sessions/ was built
// without being checked): every file the checks read as a kind of content is an entry of its
// collection, with the id its path gives, and nothing else is.
const SESSION = '---\ntitle: Une session\nkind: talk\nlanguage: fr\n---\n\nLe texte.\n';
const FILES: Record<string, string> = {
  'topics.yaml': '- id: securite\n  label: { fr: Sécurité, en: Security }\n- id: reseau\n  label: { fr: Réseau, en: Networking }\n',
  'site.yaml': 'name: Carnet\n',
  'speakers/aurelie-vache.yaml': 'name: Aurélie Vache\n',
  'speakers/README.md': '# Les personnes\n',
  'events/kcd-france-2023/event.yaml': 'name: KCD\n',
  'events/kcd-france-2023/replays.yaml': 'replays: []\n',
  'events/kcd-france-2023/README.md': '# KCD\n',
  'events/kcd-france-2023/sessions/creer-un-plugin-kubectl.md': SESSION,
  'events/kcd-france-2023/sessions/demo.mdx': SESSION,
  'events/kcd-france-2023/sessions/README.md': '# Les sessions\n',
  'events/kcd-france-2023/sessions/readme.md': SESSION,
  'events/kcd-france-2023/sessions/demo/second-regard.md': '---\nlanguage: fr\n---\n\nUn autre regard.\n',
  'events/kcd-france-2023/transcripts/demo.vtt': 'WEBVTT\n',
  'events/README.md': '# Les événements\n',
  'README.md': '# Le contenu\n',
};

describe('one list of content files', () => {
  it('loads each file the checks read, under the id its path gives, and no README', () => {
    const { entries } = checkContent(Object.entries(FILES).map(([path, text]) => ({ path: `content/${path}`, text })));
    expect(entries.map(({ kind, id, file }) => [kind, id, file]).sort()).toEqual(
      [
        ['events', 'kcd-france-2023', 'events/kcd-france-2023/event.yaml'],
        ['notes', 'kcd-france-2023/demo/second-regard', 'events/kcd-france-2023/sessions/demo/second-regard.md'],
        ['replays', 'kcd-france-2023', 'events/kcd-france-2023/replays.yaml'],
        ['sessions', 'kcd-france-2023/creer-un-plugin-kubectl', 'events/kcd-france-2023/sessions/creer-un-plugin-kubectl.md'],
        ['sessions', 'kcd-france-2023/demo', 'events/kcd-france-2023/sessions/demo.mdx'],
        ['sessions', 'kcd-france-2023/readme', 'events/kcd-france-2023/sessions/readme.md'],
        ['speakers', 'aurelie-vache', 'speakers/aurelie-vache.yaml'],
        ['topics', 'reseau', 'topics.yaml'],
        ['topics', 'securite', 'topics.yaml'],
        ['transcripts', 'kcd-france-2023/transcripts/demo.vtt', 'events/kcd-france-2023/transcripts/demo.vtt'],
      ].sort(),
    );
    // Front matter as data, the note as its body, trimmed as Astro trims it.
    const note = entries.find((entry) => entry.id === 'kcd-france-2023/demo/second-regard')!;
    expect([note.data, note.body]).toEqual([{ language: 'fr' }, 'Un autre regard.']);
  });

  it('keeps dates as the text the file holds: one type for a date, whatever reads it', () => {
    const { entries } = checkContent([{ path: 'content/events/demo/event.yaml', text: 'startDate: 2026-02-03\nbreaks:\n  - start: 2026-02-03T10:30:00+01:00\n' }]);
    expect(entries[0]!.data).toEqual({ startDate: '2026-02-03', breaks: [{ start: '2026-02-03T10:30:00+01:00' }] });
  });

  it('never reads a README as content, wherever it is', () => {
    expect(contentKind('events/kcd-france-2023/sessions/README.md')).toBeUndefined();
    expect(contentKind('events/kcd-france-2023/sessions/readme.md')).toEqual({ kind: 'sessions', parts: ['kcd-france-2023', 'readme', 'md'] });
  });
});

describe('reading content/ from disk', () => {
  const root = mkdtempSync(join(tmpdir(), 'carnet-links-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('lists symbolic links, to files and to folders, so the checks refuse them instead of following them', () => {
    const outside = join(root, 'outside');
    mkdirSync(join(outside, 'secrets'), { recursive: true });
    writeFileSync(join(outside, 'secret.md'), '---\ntitle: Secret\n---\n');
    writeFileSync(join(outside, 'secrets', 'a.md'), 'secret');
    const sessions = join(root, 'content', 'events', 'demo', 'sessions');
    mkdirSync(sessions, { recursive: true });
    writeFileSync(join(sessions, 'note.md'), 'plain');
    symlinkSync(join(outside, 'secret.md'), join(sessions, 'linked.md'));
    symlinkSync(join(outside, 'secrets'), join(sessions, 'images'));
    const files = readContentFiles(root).sort((a, b) => a.path.localeCompare(b.path));
    expect(files).toEqual([
      { path: 'content/events/demo/sessions/images', text: '', symlink: true },
      { path: 'content/events/demo/sessions/linked.md', text: '', symlink: true },
      { path: 'content/events/demo/sessions/note.md', text: 'plain' },
    ]);
  });

  it('refuses a content folder that is itself a link (it could lead out of the repository)', () => {
    const elsewhere = join(root, 'elsewhere');
    mkdirSync(join(elsewhere, 'content'), { recursive: true });
    writeFileSync(join(elsewhere, 'content', 'topics.yaml'), '[]\n');
    mkdirSync(join(root, 'linked'));
    symlinkSync(join(elsewhere, 'content'), join(root, 'linked', 'content'));
    expect(readContentFiles(join(root, 'linked'))).toEqual([{ path: 'content', text: '', symlink: true }]);
  });
});
