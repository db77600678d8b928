import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import picomatch from 'picomatch';
import { afterAll, describe, expect, it } from 'vitest';
import { readContentFiles } from '../../../../src/lib/content/read.ts';
import { COLLECTION_KINDS, contentKind, loaderPattern } from '../../../../src/lib/content/files.ts';

// The loaders and the checks must see the same files (issue #13: a README.md in sessions/ was
// built without being checked). Both are driven by src/lib/content/files.ts; this holds them together.
const PATHS = [
  'topics.yaml',
  'site.yaml',
  'speakers/aurelie-vache.yaml',
  'speakers/README.md',
  'speakers/aurelie-vache.jpg',
  'events/kcd-france-2023/event.yaml',
  'events/kcd-france-2023/replays.yaml',
  'events/kcd-france-2023/README.md',
  'events/kcd-france-2023/sessions/creer-un-plugin-kubectl.md',
  'events/kcd-france-2023/sessions/demo.mdx',
  'events/kcd-france-2023/sessions/README.md',
  'events/kcd-france-2023/sessions/readme.md',
  'events/kcd-france-2023/sessions/images/schema.png',
  'events/kcd-france-2023/sessions/deep/note.md',
  'events/README.md',
  'README.md',
];

describe('one list of content files', () => {
  it('gives every path the same kind for the loaders as for the checks', () => {
    for (const path of PATHS) {
      const loaders = COLLECTION_KINDS.filter((kind) => {
        const [glob, ...not] = loaderPattern(kind);
        return picomatch.isMatch(path, glob!, { ignore: not.map((pattern) => pattern.slice(1)) });
      });
      const kind = contentKind(path)?.kind;
      expect(loaders, path).toEqual(kind && kind !== 'site' ? [kind] : []);
    }
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
