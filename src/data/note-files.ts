// Whether content/ holds any further note (events/*/sessions/<slug>/<name>.md): without one, the
// notes collection is not loaded at all, so a build of a site with none prints no warning that
// the collection is empty (Astro's loader and getCollection would each print one).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_DIR } from '../lib/content/dir.ts';

const entries = (dir: string) => {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
};

function anyNoteFile(): boolean {
  const events = join(CONTENT_DIR, 'events');
  return entries(events).some(
    (event) =>
      event.isDirectory() &&
      entries(join(events, event.name, 'sessions')).some(
        (folder) =>
          folder.isDirectory() &&
          entries(join(events, event.name, 'sessions', folder.name)).some((file) => file.isFile() && /\.mdx?$/.test(file.name) && file.name !== 'README.md'),
      ),
  );
}

/** True when content/ has at least one further note, when the build starts. */
export const HAS_NOTE_FILES: boolean = anyNoteFile();
