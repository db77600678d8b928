import { z } from 'astro/zod';
import { affiliationsSchema } from './affiliation.ts';
import { httpsUrl, instant, line, MAX_LENGTH, minutes, paragraph, slug, spokenLanguage, token } from './common.ts';

/** The kinds of session a programme has. */
export const SESSION_KINDS = ['keynote', 'talk', 'lightning', 'workshop', 'round-table'] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

/** The part a person plays in a session. */
export type PersonRole = 'speaker' | 'panelist' | 'moderator';

/** A tool or project named in the note; the tools index groups them by name. */
export const toolSchema = z.strictObject({
  /** The name as the project writes it, like "Backstage". */
  name: line(MAX_LENGTH.name),
  /** The project's home page, when known for sure. */
  url: httpsUrl.optional(),
});

/** Someone who wrote or edited the note, credited on the page. */
export const contributorSchema = z.strictObject({
  /** Name or pseudonym to credit. */
  name: line(MAX_LENGTH.name),
  /** GitHub user name, linked from the credit. */
  github: token()
    .regex(/^[A-Za-z0-9-]+$/, 'must be the GitHub user name alone')
    .optional(),
});

/** What a note was written from, shown as a link when its address is given. */
export const sourceSchema = z.strictObject({
  /** What the source is, like "Compte rendu publié par Ladies of Code Paris". */
  label: line(MAX_LENGTH.title),
  /** Where to read it: an https address, when known for sure. */
  url: httpsUrl.optional(),
});

/** Fields every kind of session has. */
const base = {
  /** The title as given in the programme. */
  title: line(MAX_LENGTH.title, 'needs the session’s title'),
  /** The programme's own wording, when the title shown here is shortened. */
  officialTitle: line(MAX_LENGTH.longTitle).optional(),
  /** Track id, from the event's `tracks`. */
  track: slug('track id').optional(),
  /** Room id, from the event's `rooms`. */
  room: slug('room id').optional(),
  /** Start, with its UTC offset (2026-02-03T10:30:00+01:00). Leave out when unknown. */
  start: instant.optional(),
  /** Length in minutes. Leave out when unknown. */
  durationMinutes: minutes.optional(),
  /** The language the session was given in: a BCP 47 code ("fr", "de", "pt-BR"). */
  language: spokenLanguage,
  /** One or two sentences saying what the session was about, shown in lists. */
  summary: paragraph(MAX_LENGTH.summary).optional(),
  /** Topic ids from `content/topics.yaml`. */
  topics: z.array(slug('topic id')).default([]),
  /** Tools and projects named in the note, in order of appearance. */
  tools: z.array(toolSchema).default([]),
  /** Link to the slides. */
  slides: httpsUrl.optional(),
  /** The session's page in the official programme. */
  programmeUrl: httpsUrl.optional(),
  /** The organisers' code for the session (from their schedule). */
  code: token()
    .regex(/^[A-Za-z0-9_-]+$/, 'must be letters, digits, - and _ (the programme’s code)')
    .optional(),
  /** What the note was written from (an attendee's write-up, the programme), credited on the page. */
  sources: z.array(sourceSchema).default([]),
  /** Who wrote the note. */
  contributors: z.array(contributorSchema).default([]),
  /** Company and role of people on this session at that time (each must be on the session); they win over the event's. */
  affiliations: affiliationsSchema,
  /** A draft is checked but not published. */
  draft: z.boolean().default(false),
};

const speakerIds = z.array(slug('speaker id'));

/** Talks, keynotes, lightning talks and workshops list their speakers, in display order. */
const presentation = z.strictObject({
  ...base,
  kind: z.enum(['keynote', 'talk', 'lightning', 'workshop']),
  /** Speaker ids (files in content/speakers), in display order. Empty when not confirmed. */
  speakers: speakerIds.default([]),
});

/** A round table lists panelists and, when known, its moderator. */
const roundTable = z.strictObject({
  ...base,
  kind: z.literal('round-table'),
  /** Panelist ids, in display order. */
  panelists: speakerIds.default([]),
  /** Moderator id, when the moderator is named. */
  moderator: slug('speaker id').optional(),
});

/** The front matter of a session file, `content/events/<event>/sessions/<slug>.mdx`. */
export const sessionSchema = z
  .discriminatedUnion('kind', [presentation, roundTable], {
    error: (issue) => (issue.code === 'invalid_union' ? `kind must be one of ${SESSION_KINDS.join(', ')}` : undefined),
  })
  .transform((session) => ({
    ...session,
    /** Everyone on stage with their role, in display order (moderator first). */
    people:
      session.kind === 'round-table'
        ? [
            ...(session.moderator ? [{ id: session.moderator, role: 'moderator' as PersonRole }] : []),
            ...session.panelists.map((id) => ({ id, role: 'panelist' as PersonRole })),
          ]
        : session.speakers.map((id) => ({ id, role: 'speaker' as PersonRole })),
  }));

export type SessionInput = z.input<typeof sessionSchema>;
export type Session = z.output<typeof sessionSchema>;
export type Tool = z.infer<typeof toolSchema>;
export type Source = z.infer<typeof sourceSchema>;
