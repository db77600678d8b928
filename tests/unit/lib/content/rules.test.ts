// The naming rules are written once (src/lib/content/rules.ts); the guides repeat the list of
// reserved event ids for people, and the pages are what makes an id reserved.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RESERVED_EVENT_IDS, SLUG_PATTERN } from '../../../../src/lib/content/rules.ts';

const root = new URL('../../../../', import.meta.url);

/** The reserved ids a guide lists: the code spans of the sentence that names `speakers`. */
function listedIn(file: string): string[] {
  const text = readFileSync(new URL(file, root), 'utf8').replace(/\n\s*/g, ' ');
  const list = /\((`speakers`[^)]*)\)/.exec(text);
  if (!list) throw new Error(`${file}: no list of reserved ids`);
  return [...list[1]!.matchAll(/`([^`]+)`/g)].map((match) => match[1]!);
}

describe('reserved event ids', () => {
  it.each(['CONTRIBUTING.md', 'CONTRIBUTING.en.md', 'content/events/README.md'])('are the ones %s lists', (file) => {
    expect(listedIn(file)).toEqual([...RESERVED_EVENT_IDS]);
  });

  it('include every top-level page and folder of src/pages that an event id could take', () => {
    // Pages in every interface language live under [...lang]/: their top-level names are taken too.
    const taken = [...readdirSync(new URL('src/pages/', root)), ...readdirSync(new URL('src/pages/[...lang]/', root))]
      .filter((name) => !name.startsWith('['))
      .map((name) => name.replace(/\.(astro|ts)$/, ''))
      .filter((name) => SLUG_PATTERN.test(name) && name !== 'index');
    expect(taken.length).toBeGreaterThan(5);
    expect(RESERVED_EVENT_IDS).toEqual(expect.arrayContaining(taken));
  });
});
