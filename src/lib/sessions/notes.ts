// The notes of one session, as its page shows them: the first in full, the others one click
// away, each with its anchor, its credit, and the link between a note and its translations.
// Pure: the route hands in the notes (src/data/model.ts), the components render the result.
import type { Session } from '../../schema/index.ts';

type Contributors = Session['contributors'];

/** A note as this module reads it: its name (file name), language, authors, day and what it translates. */
export interface NoteInfo {
  name: string;
  language: string;
  contributors: Contributors;
  /** YYYY-MM-DD; the session file's own note has none (its history is in git). */
  date?: string | undefined;
  translationOf?: string | undefined;
}

/** The anchor of a note on its session's page: `note` for the session file's own, `note-<name>` for the others. */
export function noteAnchor(name: string, session: string): string {
  return name === session ? 'note' : `note-${name}`;
}

/** Further notes in reading order: oldest first, then by name, so a new note never moves the others. */
export function readingOrder<T extends { name: string; data: { date: string } }>(notes: readonly T[]): T[] {
  return [...notes].sort((a, b) => a.data.date.localeCompare(b.data.date) || a.name.localeCompare(b.name));
}

/** A link from a note to another note of the page. */
export interface NoteLink {
  anchor: string;
  language: string;
}

export interface NoteHead extends NoteInfo {
  anchor: string;
  /** Notes of the page that translate this one. */
  translations: NoteLink[];
  /** The note this one translates, when it is on the page. */
  original?: NoteLink | undefined;
}

/**
 * Every note of a session, in page order (the session file's own first), with its anchor and
 * its translation links. `session` is the session's slug, the name of its own note.
 */
export function noteHeads(session: string, notes: readonly NoteInfo[]): NoteHead[] {
  const byName = new Map(notes.map((note) => [note.name, note]));
  const link = (note: NoteInfo): NoteLink => ({ anchor: noteAnchor(note.name, session), language: note.language });
  return notes.map((note) => {
    const original = note.translationOf === undefined ? undefined : byName.get(note.translationOf);
    return {
      ...note,
      anchor: noteAnchor(note.name, session),
      translations: notes.filter((other) => other.translationOf === note.name).map(link),
      original: original && link(original),
    };
  });
}
