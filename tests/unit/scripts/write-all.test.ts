import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeAll } from '../../../scripts/lib/write-all.ts';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'carnet-write-'));
  mkdirSync(join(root, 'content/speakers'), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** Every file and folder under the project, staging folders included. */
const everything = () => readdirSync(root, { recursive: true }).map(String).sort();

describe('writing the planned files', () => {
  it('writes every file, creating folders, and leaves no staging folder', async () => {
    await writeAll(root, [
      { path: 'content/events/new/event.yaml', text: 'name: x\n' },
      { path: 'content/events/new/sessions/a.md', text: '---\n---\n' },
    ]);
    expect(readFileSync(join(root, 'content/events/new/event.yaml'), 'utf8')).toBe('name: x\n');
    expect(readdirSync(join(root, 'content/events/new/sessions'))).toEqual(['a.md']);
    expect(readdirSync(root)).toEqual(['content']);
  });

  it('writes none when one cannot be written: a file that appeared meanwhile is kept, the others are removed', async () => {
    writeFileSync(join(root, 'content/speakers/taken.yaml'), 'name: Someone\n');
    const writing = writeAll(root, [
      { path: 'content/events/new/event.yaml', text: 'name: x\n' },
      { path: 'content/speakers/fresh.yaml', text: 'name: Fresh\n' },
      { path: 'content/speakers/taken.yaml', text: 'name: Replaced\n' },
    ]);
    await expect(writing).rejects.toMatchObject({
      name: 'WriteError',
      path: 'content/speakers/taken.yaml',
      message: 'content/speakers/taken.yaml exists already (written meanwhile?): Carnet never overwrites a file',
    });
    expect(readFileSync(join(root, 'content/speakers/taken.yaml'), 'utf8')).toBe('name: Someone\n');
    expect(existsSync(join(root, 'content/speakers/fresh.yaml'))).toBe(false);
    expect(existsSync(join(root, 'content/events'))).toBe(false);
    expect(everything()).toEqual(['content', 'content/speakers', 'content/speakers/taken.yaml']);
  });

  it('replaces a stub and removes a file only while they still hold what was read, and undoes it all otherwise', async () => {
    writeFileSync(join(root, 'content/speakers/stub.md'), 'stub\n');
    writeFileSync(join(root, 'content/speakers/old.md'), 'old\n');
    await writeAll(root, [{ path: 'content/speakers/stub.md', text: 'note\n', replaces: 'stub\n' }], {
      removes: [{ path: 'content/speakers/old.md', text: 'old\n' }],
    });
    expect(readFileSync(join(root, 'content/speakers/stub.md'), 'utf8')).toBe('note\n');
    expect(existsSync(join(root, 'content/speakers/old.md'))).toBe(false);

    writeFileSync(join(root, 'content/speakers/gone.md'), 'edited meanwhile\n');
    const writing = writeAll(
      root,
      [
        { path: 'content/speakers/stub.md', text: 'again\n', replaces: 'note\n' },
        { path: 'content/speakers/new.yaml', text: 'name: N\n' },
      ],
      {
        removes: [{ path: 'content/speakers/gone.md', text: 'as read\n' }],
      },
    );
    await expect(writing).rejects.toThrow('content/speakers/gone.md changed since it was read: run the command again');
    expect(readFileSync(join(root, 'content/speakers/stub.md'), 'utf8')).toBe('note\n');
    expect(readFileSync(join(root, 'content/speakers/gone.md'), 'utf8')).toBe('edited meanwhile\n');
    expect(existsSync(join(root, 'content/speakers/new.yaml'))).toBe(false);
  });

  it('stops when its signal is aborted while the files are staged: nothing in place, no staging folder left', async () => {
    const controller = new AbortController();
    const files = Array.from({ length: 500 }, (_, i) => ({ path: `content/events/big/sessions/s${i}.md`, text: `---\ntitle: S${i}\n---\n` }));
    const writing = writeAll(root, files, { signal: controller.signal });
    setImmediate(() => controller.abort());
    await expect(writing).rejects.toThrow('interrupted (Ctrl+C or a stop signal) before every file was ready');
    expect(everything()).toEqual(['content', 'content/speakers']);
  });
});
