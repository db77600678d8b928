import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeAll } from '../../../scripts/write-all.ts';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'carnet-write-'));
  mkdirSync(join(root, 'content/speakers'), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('writing the planned files', () => {
  it('writes every file, creating folders', () => {
    writeAll(root, [
      { path: 'content/events/new/event.yaml', text: 'name: x\n' },
      { path: 'content/events/new/sessions/a.md', text: '---\n---\n' },
    ]);
    expect(readFileSync(join(root, 'content/events/new/event.yaml'), 'utf8')).toBe('name: x\n');
    expect(readdirSync(join(root, 'content/events/new/sessions'))).toEqual(['a.md']);
  });

  it('writes none when one cannot be written: a file that appeared meanwhile is kept, the others are removed', () => {
    writeFileSync(join(root, 'content/speakers/taken.yaml'), 'name: Someone\n');
    expect(() =>
      writeAll(root, [
        { path: 'content/events/new/event.yaml', text: 'name: x\n' },
        { path: 'content/speakers/fresh.yaml', text: 'name: Fresh\n' },
        { path: 'content/speakers/taken.yaml', text: 'name: Replaced\n' },
      ]),
    ).toThrow(/EEXIST/);
    expect(readFileSync(join(root, 'content/speakers/taken.yaml'), 'utf8')).toBe('name: Someone\n');
    expect(existsSync(join(root, 'content/speakers/fresh.yaml'))).toBe(false);
    expect(existsSync(join(root, 'content/events'))).toBe(false);
    expect(readdirSync(join(root, 'content/speakers'))).toEqual(['taken.yaml']);
  });
});
