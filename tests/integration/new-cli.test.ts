// `npm run new` end to end, on a copy of the fixture content in a temporary folder.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'carnet-new-'));
  cpSync(join(process.cwd(), 'tests/fixtures/content/content'), join(root, 'content'), { recursive: true });
  rmSync(join(root, 'content/events/demo-2026/sessions'), { recursive: true, force: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [join(process.cwd(), 'scripts/new.ts'), ...args, '--yes'], { cwd: root, encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

const files = () => readdirSync(root, { recursive: true }).map(String).sort();
const NEW_NOTE = ['--event', 'demo-2026', '--title', 'Première note', '--new-speaker', 'Zoé Lefèvre', '--language', 'fr'];

describe('npm run new', { timeout: 30_000 }, () => {
  it('creates the sessions folder of an event that has none, then the person and the note', () => {
    const result = run(...NEW_NOTE);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out).toContain('Wrote content/speakers/zoe-lefevre.yaml, content/events/demo-2026/sessions/premiere-note.md');
    expect(readFileSync(join(root, 'content/speakers/zoe-lefevre.yaml'), 'utf8')).toBe('name: Zoé Lefèvre\n');
    expect(readFileSync(join(root, 'content/events/demo-2026/sessions/premiere-note.md'), 'utf8')).toMatch(/^---\ntitle: "?Première note"?\n/);
    expect(files().filter((path) => path.includes('carnet-staging'))).toEqual([]);
  });

  it('writes nothing, not even the new person, when the note cannot be written, and says why without a stack trace', () => {
    // A file where the sessions folder should be: the note cannot go there.
    writeFileSync(join(root, 'content/events/demo-2026/sessions'), '');
    const before = files();
    const result = run(...NEW_NOTE);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/^Nothing was written:\n {2}- content\/events\/demo-2026\/sessions\/premiere-note\.md: could not be written \(E[A-Z]+\)\n$/);
    expect(existsSync(join(root, 'content/speakers/zoe-lefevre.yaml'))).toBe(false);
    expect(files()).toEqual(before);
  });

  it('adds a note beside a session that has one, in the session’s folder, never over it', () => {
    expect(run(...NEW_NOTE).code).toBe(0);
    const session = join(root, 'content/events/demo-2026/sessions/premiere-note.md');
    writeFileSync(session, `${readFileSync(session, 'utf8')}Une note déjà écrite.\n`);
    const before = readFileSync(session, 'utf8');
    const again = run('--event', 'demo-2026', '--session', 'premiere-note');
    expect(again.code).toBe(1);
    expect(again.err).toContain('already has a note');
    expect(again.err).toContain('--another-note');
    const args = [
      '--event',
      'demo-2026',
      '--session',
      'premiere-note',
      '--another-note',
      '--author',
      'Camille Durand',
      '--language',
      'en',
      '--translation-of',
      'premiere-note',
      '--date',
      '2026-02-06',
    ];
    const result = run(...args);
    expect(result.err).toBe('');
    expect(result.out).toContain('Wrote content/events/demo-2026/sessions/premiere-note/notes-de-camille-durand.md');
    expect(run(...args).out).toContain('Wrote content/events/demo-2026/sessions/premiere-note/notes-de-camille-durand-2.md');
    expect(readFileSync(join(root, 'content/events/demo-2026/sessions/premiere-note/notes-de-camille-durand.md'), 'utf8')).toMatch(
      /^---\nlanguage: en\ndate: 2026-02-06\ncontributors:\n {2}- name: Camille Durand\ntranslationOf: premiere-note\n---\n/,
    );
    expect(readFileSync(session, 'utf8')).toBe(before);
  });
});
