import { z } from 'astro/zod';
import { textProblem } from '../lib/content/plain-text.ts';
import { SLUG_PATTERN } from '../lib/content/rules.ts';
import { isTimeZone } from '../lib/time/zoned.ts';

/**
 * Longest text fields, in characters: several times what real content needs (the longest
 * title shipped is 147), small enough that no field can make the build or its outputs slow.
 */
export const MAX_LENGTH = {
  /** An id or slug, a user name, a programme code. */
  id: 100,
  /** A person's, room's, track's, tool's or partner's name, a city, a topic's label. */
  name: 120,
  /** A title, an event's name, the label of a link, a chapter or a source. */
  title: 200,
  /** The programme's own wording of a title, and a street address. */
  longTitle: 500,
  /** A session's summary, a short bio, a track's or topic's description, a highlight. */
  summary: 2000,
  /** An event's description. */
  text: 5000,
  url: 2000,
} as const;

function checkText(max: number, multiline: boolean) {
  return (value: string, ctx: z.RefinementCtx) => {
    const problem = textProblem(value, { max, multiline });
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  };
}

/** A short value a pattern then constrains (a handle, a code): at most MAX_LENGTH.id characters, so no pattern reads a long one. */
export const token = () => z.string().superRefine(checkText(MAX_LENGTH.id, false));

/** One line of plain text (a title, a name): not empty, at most `max` characters, no control characters. */
export const line = (max: number, empty?: string) => z.string().min(1, empty).superRefine(checkText(max, false));

/** Text that may run over several lines (a description, a bio): tabs and line breaks allowed, other control characters not. */
export const paragraph = (max: number, empty?: string) => z.string().min(1, empty).superRefine(checkText(max, true));

export { SLUG_PATTERN };

/** An id or slug (lower-case words joined by hyphens, src/lib/content/rules.ts), named in its message as `what`. */
export const slug = (what: string) =>
  z
    .string({ error: `${what} must be text` })
    .superRefine(checkText(MAX_LENGTH.id, false))
    .regex(SLUG_PATTERN, `${what} must be lower-case words joined by hyphens (like "aurelie-vache")`);

/** An absolute https URL. Plain http and other schemes are refused: pages link only to https. */
export const httpsUrl = z.string({ error: 'must be a URL' }).superRefine((value, ctx) => {
  const problem = textProblem(value, { max: MAX_LENGTH.url });
  if (problem) {
    ctx.addIssue({ code: 'custom', message: problem });
    return;
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    ctx.addIssue({ code: 'custom', message: 'must be a full URL starting with https://' });
    return;
  }
  if (url.protocol !== 'https:') ctx.addIssue({ code: 'custom', message: 'must start with https://' });
});

/** The languages of the interface (and an event's main language): one dictionary each. */
export const language = z.enum(['fr', 'en'], { error: 'must be "fr" or "en"' });
export type Language = z.infer<typeof language>;

/**
 * The language something was said or written in: any BCP 47 tag ("de", "pt-BR", "zh-Hant"),
 * kept in its canonical form ("EN-gb" becomes "en-GB"), so that filters group it once.
 */
export const spokenLanguage = z.string({ error: 'must be a language code like "fr", "de" or "pt-BR"' }).transform((value, ctx) => {
  const canonical = canonicalLanguage(value);
  if (canonical) return canonical;
  ctx.addIssue({ code: 'custom', message: `"${value}" is not a language code (BCP 47, like "fr", "de" or "pt-BR")` });
  return z.NEVER;
});

/**
 * A BCP 47 tag in canonical form, or undefined when it is not one. The language itself must be
 * an ISO 639 code (two or three letters): BCP 47 also allows five to eight letters, which no
 * language uses and which would let "english" or "Deutsch" through.
 */
export function canonicalLanguage(tag: string): string | undefined {
  let canonical: string | undefined;
  try {
    canonical = Intl.getCanonicalLocales(tag.trim())[0];
  } catch {
    return undefined;
  }
  return canonical && /^[a-z]{2,3}(-|$)/.test(canonical) ? canonical : undefined;
}

/** Text given in French and in English; French is required, English falls back to it. `text` is `line` or `paragraph`. */
export const localized = (text: typeof line, max: number) =>
  // Strict: an unknown key (a YAML merge key `<<` among them) is refused, not silently dropped.
  z.strictObject({
    /** The French text. */
    fr: text(max, 'needs a French text'),
    /** The English text; when absent, the French one is shown. */
    en: text(max).optional(),
  });

/**
 * A calendar day written YYYY-MM-DD. Dates reach every schema as the text of the file: the one
 * YAML reader (src/lib/content/check.ts) reads no timestamps, and the collections are fed what it read.
 */
export const day = z
  .string({ error: 'must be a date like 2026-02-03' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2026-02-03')
  // 2026-02-30 has the right shape but is no day of the calendar.
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, 'is not a day of the calendar');

/**
 * An instant with its UTC offset, written like 2026-02-03T10:30:00+01:00.
 * A time without an offset is refused: it would mean different instants in different places.
 */
export const instant = z
  .string({ error: 'must be a date and time like 2026-02-03T10:30:00+01:00' })
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/, 'must be a date and time with its offset, like 2026-02-03T10:30:00+01:00')
  // The right shape is not enough: 10:30:60, 25:00 or 2026-02-30 would be an invalid date, or another day.
  .refine(isCalendarInstant, 'is not a date and time of the calendar (check the day, the hour, the minutes and the offset)')
  .transform((value) => new Date(value));

/** Whether a date-time of the instant pattern names a real day, hour, minute and UTC offset. */
function isCalendarInstant(value: string): boolean {
  const [, date, hours, minutes, seconds, offsetHours, offsetMinutes] =
    /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(?:Z|[+-](\d{2}):(\d{2}))$/.exec(value) ?? [];
  // A value of another shape is the pattern's to report.
  if (!date) return true;
  const day = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(day.getTime()) || !day.toISOString().startsWith(date)) return false;
  return Number(hours) < 24 && Number(minutes) < 60 && Number(seconds ?? 0) < 60 && Number(offsetHours ?? 0) <= 14 && Number(offsetMinutes ?? 0) < 60;
}

/** An IANA time zone name, like Europe/Paris. */
export const timeZone = z.string().refine(isTimeZone, 'must be a time zone name like "Europe/Paris"');

/** A length in whole minutes, at most a day: a session's or a break's. */
export const minutes = z
  .number()
  .int()
  .positive()
  .max(24 * 60);
