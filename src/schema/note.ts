import { z } from 'astro/zod';
import { day, slug, spokenLanguage } from './common.ts';
import { contributorSchema, sourceSchema } from './session.ts';

/**
 * The front matter of a further note on a session, `content/events/<event>/sessions/<slug>/<name>.md`
 * (or `.mdx`): the session's file holds its facts and its first note; every other note, by
 * another attendee or a translation, is a file of the folder named like the session. The
 * session's facts (time, room, people, replay) are never repeated here.
 */
export const noteSchema = z.strictObject({
  /** The language the note is written in: a BCP 47 code ("fr", "en", "pt-BR"). */
  language: spokenLanguage,
  /** Who wrote the note, credited on the page: at least one name or pseudonym. */
  contributors: z.array(contributorSchema).min(1, 'needs at least one contributor: who wrote this note (a name or a pseudonym)'),
  /** The day the note was written, YYYY-MM-DD. */
  date: day,
  /**
   * The note this one translates: the session's file name (without .md) for its first note, or
   * the name of another file of this folder, like "notes-de-camille".
   */
  translationOf: slug('translationOf').optional(),
  /** What the note was written from, credited on the page. */
  sources: z.array(sourceSchema).default([]),
  /** A draft is checked but not published. */
  draft: z.boolean().default(false),
});

export type Note = z.output<typeof noteSchema>;
