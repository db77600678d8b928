// The old addresses of renamed people files, read when the configuration loads, so that the
// sitemap can leave them out (they are pages that only lead elsewhere). The pages themselves come
// from src/pages/speakers/[id].astro, through the same rule (src/lib/people/names.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { CONTENT_DIR } from '../lib/content/dir.ts';
import { speakerRedirects } from '../lib/people/names.ts';

function formerAddresses(): Set<string> {
  const folder = join(CONTENT_DIR, 'speakers');
  let names: string[];
  try {
    names = readdirSync(folder).filter((name) => name.endsWith('.yaml'));
  } catch {
    return new Set();
  }
  const people: [string, { listed: boolean; formerIds: string[] }][] = [];
  for (const name of names) {
    let data: unknown;
    try {
      data = load(readFileSync(join(folder, name), 'utf8'), { schema: CORE_SCHEMA });
    } catch {
      // A file that does not parse is the content check's to report, with its line.
      continue;
    }
    const file = (data ?? {}) as { listed?: unknown; formerIds?: unknown };
    const formerIds = Array.isArray(file.formerIds) ? file.formerIds.filter((id): id is string => typeof id === 'string') : [];
    people.push([name.slice(0, -'.yaml'.length), { listed: file.listed !== false, formerIds }]);
  }
  return new Set(speakerRedirects(people).map((redirect) => redirect.from));
}

/** Site paths (`/speakers/<former id>/`) of the pages that only lead to a person's current page. */
export const SPEAKER_REDIRECTS: ReadonlySet<string> = formerAddresses();
