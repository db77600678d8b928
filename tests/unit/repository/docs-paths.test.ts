// The guides name files to change ("a content check: src/lib/content/check.ts"): when code
// moves, a guide that still names the old place sends a newcomer nowhere.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../../../', import.meta.url);
const GUIDES = ['README.md', 'CONTRIBUTING.md', 'CONTRIBUTING.en.md', 'src/build/README.md', 'docs/schedules.md'];

/** Repository paths a guide names in code spans, like `src/lib/cards/layout.ts` or `tests/unit/`. */
function namedPaths(file: string): string[] {
  const text = readFileSync(new URL(file, root), 'utf8');
  const spans = [...text.matchAll(/`([^`\s]+)`/g)].map((match) => match[1]!);
  return spans.filter((span) => /^(src|tests|scripts|content)\/[\w./[\]-]*$/.test(span) && !span.includes('<'));
}

describe('paths named in the guides', () => {
  it.each(GUIDES)('exist, in %s', (file) => {
    const named = namedPaths(file);
    const missing = named.filter((path) => !existsSync(new URL(path, root)));
    expect(missing).toEqual([]);
  });

  it('are found (the check reads the guides it is meant to)', () => {
    expect(namedPaths('CONTRIBUTING.en.md')).toEqual(expect.arrayContaining(['src/lib/content/check.ts', 'src/lib/cards/layout.ts']));
  });
});
