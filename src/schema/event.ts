import { affiliationsSchema } from './affiliation.ts';
import { z } from 'astro/zod';
import { day, httpsUrl, instant, language, line, MAX_LENGTH, minutes, paragraph, slug, timeZone } from './common.ts';
import { DEFAULT_EVENT_COLOURS } from '../lib/content/rules.ts';

/** A room of the venue; sessions name it by id. */
export const roomSchema = z.strictObject({
  /** Stable id, used by sessions. */
  id: slug('room id'),
  /** The room's name as signposted at the venue. */
  name: line(MAX_LENGTH.name),
});

/** A track (a theme running through the day). Addressable as `/<event>/tracks/<id>/`. */
export const trackSchema = z.strictObject({
  /** Stable id, used by sessions and in the track's URL. */
  id: slug('track id'),
  /** The track's name. */
  name: line(MAX_LENGTH.name),
  /** One sentence on what the track covers. */
  description: paragraph(MAX_LENGTH.summary).optional(),
});

/** A community, sponsor or organiser thanked by the event. */
export const partnerSchema = z.strictObject({
  /** The partner's name. */
  name: line(MAX_LENGTH.name),
  /** What kind of partner it is. */
  kind: z.enum(['community', 'sponsor', 'organiser', 'media']),
  /** The partner's website, when known. */
  url: httpsUrl.optional(),
});

/** A link out from the event page (call for papers, official page, ...). */
export const eventLinkSchema = z.strictObject({
  /** What the link is, shown as its text. */
  label: line(MAX_LENGTH.title),
  /** Where it goes. */
  url: httpsUrl,
});

/**
 * A break or a meal the organisers name in the programme ("Déjeuner", "Pause café"). Give its
 * end or its length. Gaps in the schedule with no session in any room are shown as a break
 * even when not listed here; listing one gives it its name.
 */
export const breakSchema = z
  .strictObject({
    /** What the break is, shown across the schedule, like "Déjeuner". */
    label: line(MAX_LENGTH.name, 'needs a label, like "Déjeuner"'),
    /** Start, with its UTC offset (2026-02-03T12:10:00+01:00). */
    start: instant,
    /** End, with its UTC offset. Give either end or durationMinutes. */
    end: instant.optional(),
    /** Length in minutes. Give either end or durationMinutes. */
    durationMinutes: minutes.optional(),
  })
  .superRefine((entry, ctx) => {
    if ((entry.end === undefined) === (entry.durationMinutes === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: 'give either end or durationMinutes (one of the two)' });
    } else if (entry.end && entry.end <= entry.start) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: 'must be after start' });
    }
  });

const hexColour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #1d4ed8');

/** An event, in `content/events/<id>/event.yaml`; the folder name is the event's id and URL. */
export const eventSchema = z
  .strictObject({
    /** Full name, like "Kubernetes Community Days France 2023". */
    name: line(MAX_LENGTH.title, 'needs the event’s name'),
    /** A short name for tight places, like "KCD France 2023". */
    shortName: line(MAX_LENGTH.name),
    /** Which edition of the series this is (1 for the first). */
    edition: z.number().int().positive().optional(),
    /** First day, YYYY-MM-DD, in the event's time zone. */
    startDate: day,
    /** Last day, YYYY-MM-DD; the same as startDate for a one-day event. */
    endDate: day,
    /** IANA time zone in which session times are shown. */
    timeZone,
    /** The language most sessions are given in. */
    language: language.default('fr'),
    /** Where it took place. */
    venue: z.strictObject({
      /** The venue's name. */
      name: line(MAX_LENGTH.name),
      /** Street address, when known. */
      address: line(MAX_LENGTH.longTitle).optional(),
      /** City. */
      city: line(MAX_LENGTH.name),
      /** ISO 3166 country code, like FR. */
      country: z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter country code like FR'),
    }),
    /** The event's own website. */
    website: httpsUrl.optional(),
    /** Two or three sentences presenting the event. */
    description: paragraph(MAX_LENGTH.text),
    /** Facts worth a line on the event page (attendance, what was special). */
    highlights: z.array(paragraph(MAX_LENGTH.summary)).default([]),
    /** Other links out. */
    links: z.array(eventLinkSchema).default([]),
    /** Rooms of the venue. */
    rooms: z.array(roomSchema).default([]),
    /** Tracks of the programme. */
    tracks: z.array(trackSchema).default([]),
    /** Breaks and meals, named as the programme names them; optional. */
    breaks: z.array(breakSchema).default([]),
    /** Partners, in display order. */
    partners: z.array(partnerSchema).default([]),
    /** Ids of speakers (people files) who organised the event. */
    organisers: z.array(slug('organiser id')).default([]),
    /** Company and role of people at this event, for all their sessions there (a session's own word wins). */
    affiliations: affiliationsSchema,
    /** The event's replay playlist, when there is one. */
    playlist: httpsUrl.optional(),
    /** Colours used for generated images (posters, cards). */
    colours: z.strictObject({ background: hexColour, accent: hexColour }).default({ ...DEFAULT_EVENT_COLOURS }),
  })
  .superRefine((event, ctx) => {
    if (event.endDate < event.startDate) {
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: `must not be before startDate (${event.startDate})` });
    }
    for (const [field, list] of [
      ['rooms', event.rooms],
      ['tracks', event.tracks],
    ] as const) {
      const seen = new Set<string>();
      list.forEach((item, index) => {
        if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: [field, index, 'id'], message: `"${item.id}" is used twice` });
        seen.add(item.id);
      });
    }
  });

export type CarnetEvent = z.infer<typeof eventSchema>;
export type Room = z.infer<typeof roomSchema>;
export type Track = z.infer<typeof trackSchema>;
export type ScheduleBreakEntry = z.infer<typeof breakSchema>;
