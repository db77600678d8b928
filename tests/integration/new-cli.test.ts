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
});
