// The export model of a content folder, built the way the site builds it but without Astro.
import { checkContent } from '../../src/lib/content/check.ts';
import { toExportEvent, type ExportEvent } from '../../src/lib/export/model.ts';
import { replayStateFor } from '../../src/lib/replay/state.ts';
import { programmeOrder } from '../../src/lib/schedule/timetable.ts';
import { readContentFiles } from '../../src/lib/content/read.ts';

/** The address `npm test` builds the site with (SITE_URL in package.json's test script): .test is reserved for tests. */
export const SITE_URL = 'https://carnet.test/';

export function exportEvents(root: string): ExportEvent[] {
  const { problems, content } = checkContent(readContentFiles(root));
  if (problems.length > 0) throw new Error(`content problems: ${JSON.stringify(problems.slice(0, 3))}`);
  return [...content.events].map(([id, data]) => {
    const sessions = [...content.sessions.values()]
      .filter((entry) => entry.event === id && !entry.data.draft)
      .map((entry) => ({
        id: entry.id,
        title: entry.data.title,
        kind: entry.data.kind,
        start: entry.data.start,
        room: entry.data.room,
        slug: entry.slug,
        data: entry.data,
        hasNotes: entry.body.trim().length > 0,
        replay: replayStateFor(entry.slug, content.replays.get(id)),
      }));
    const ordered = programmeOrder(
      sessions,
      data.rooms.map((room) => room.id),
    );
    return toExportEvent({ id, data, sessions: ordered }, content.speakers, SITE_URL);
  });
}
