import type { LoadedEntry } from '../content/check.ts';

/**
 * Particles written in lower case before a family name, which French indexes skip: "Caroline
 * de Vasson" under V, "Jean d’Ormesson" under O, "Guido van Rossum" under R. Written with a
 * capital, an article or particle is part of the name and files it: "Alexis La Goutte" under L,
 * "Yann Le Goff" under L, "Vincent Van Gogh" under V (the Belgian and French usage).
 */
const PARTICLE = /^(?:(?:de la|des|du|de|van der|van den|van de|van|von der|von|der|den|di|da|del|dos|le|la)\s+|d['’])/u;

/** A person as an index sorts them: their name, and the key they asked to be filed under, if any. */
export interface Sortable {
  name: string;
  /** The speaker file's `sortAs`, which overrides the rule below. */
  sortAs?: string | undefined;
}

/**
 * The key a name is sorted under in an A-to-Z index: `sortAs` when given; otherwise the family
 * name, written after the first name in Carnet's files, without a lower-case leading particle.
 */
export function sortKey(person: string | Sortable): string {
  const { name, sortAs } = typeof person === 'string' ? { name: person, sortAs: undefined } : person;
  if (sortAs) return sortAs.trim();
  const family = name.trim().split(/\s+/).slice(1).join(' ') || name.trim();
  // A name that is all particle ("Marie de") keeps it rather than filing under nothing.
  return family.replace(PARTICLE, '') || family;
}

/** The index letter of a person: A to Z without accents, "#" for anything else. */
export function indexLetter(person: string | Sortable): string {
  const letter = sortKey(person).normalize('NFKD').charAt(0).toUpperCase();
  return /[A-Z]/.test(letter) ? letter : '#';
}

/** Sorts people A to Z by family name (or `sortAs`), then by full name, the way French readers expect. */
export function sortPeople<T extends Sortable>(people: readonly T[], locale = 'fr'): T[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  return [...people].sort((a, b) => collator.compare(sortKey(a), sortKey(b)) || collator.compare(a.name, b.name));
}

/** One or two initials for an avatar: "Aurélie Vache" gives "AV". */
export function initials(name: string): string {
  const words = name
    .trim()
    .split(/[\s-]+/)
    .filter(Boolean);
  const first = words[0]?.charAt(0) ?? '?';
  const last = words.length > 1 ? (words.at(-1)?.charAt(0) ?? '') : '';
  return (first + last).toUpperCase();
}

/** A stable hue (0-359) for a name, so an avatar keeps its colour across builds. */
export function hueOf(name: string): number {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + char.codePointAt(0)!) >>> 0;
  return hash % 360;
}

/** What a person's file says about how they are shown (src/schema/speaker.ts). */
export interface PersonChoices {
  name: string;
  /** false when the person asked not to be listed; listed when absent, as the schema's default. */
  listed?: boolean | undefined;
  shownName?: string | undefined;
}

// The rules for showing a person, in one place: every page, export and index asks these.

/**
 * The name a session shows for a person: their name, or, for a person who asked not to be
 * listed, only the name their file allows (`shownName`), else none.
 */
export function shownName(person: PersonChoices): string | undefined {
  return person.listed === false ? person.shownName : person.name;
}

/** The name lists of people use (the speakers index, search, exports, social cards): none for an unlisted person. */
export function listedName(person: PersonChoices): string | undefined {
  return person.listed === false ? undefined : person.name;
}

/** A person's page, `/speakers/<id>/`, or undefined when they asked for none. */
export function speakerUrl(id: string, person: Pick<PersonChoices, 'listed'>): string | undefined {
  return person.listed === false ? undefined : `/speakers/${id}/`;
}

/** An old address of a person's page and the page it now leads to. */
export interface SpeakerRedirect {
  from: string;
  to: string;
}

/**
 * The old addresses of renamed people files: `/speakers/<former id>/` leads to the current page.
 * An unlisted person has no page, so their old addresses lead nowhere (and are not built).
 */
export function speakerRedirects(people: Iterable<readonly [string, Pick<PersonChoices, 'listed'> & { formerIds: readonly string[] }]>): SpeakerRedirect[] {
  const redirects: SpeakerRedirect[] = [];
  for (const [id, person] of people) {
    const to = speakerUrl(id, person);
    if (to) for (const former of person.formerIds) redirects.push({ from: `/speakers/${former}/`, to });
  }
  return redirects.sort((a, b) => a.from.localeCompare(b.from));
}

/**
 * The site paths (`/speakers/<former id>/`) of the pages that only lead to a person's current page,
 * from the people files as the checks read them (before their schema: a build reaches here only
 * once they passed).
 */
export function formerSpeakerPaths(entries: readonly LoadedEntry[]): Set<string> {
  const people = entries
    .filter((entry) => entry.kind === 'speakers')
    .map((entry) => {
      const file = (entry.data ?? {}) as { listed?: unknown; formerIds?: unknown };
      const formerIds = Array.isArray(file.formerIds) ? file.formerIds.filter((id): id is string => typeof id === 'string') : [];
      return [entry.id, { listed: file.listed !== false, formerIds }] as const;
    });
  return new Set(speakerRedirects(people).map((redirect) => redirect.from));
}
