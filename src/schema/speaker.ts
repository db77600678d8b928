import { z } from 'astro/zod';
import { movedToAppearance } from './affiliation.ts';
import { httpsUrl, line, MAX_LENGTH, paragraph, slug, token } from './common.ts';

/** A handle without the leading @, as on the platform's profile URL. */
const handle = (platform: string) => token().regex(/^[A-Za-z0-9_.-]+$/, `must be the ${platform} handle alone, without @ or URL`);

/** Public profiles of a person. Only links the person made public; leave unknown ones out. */
export const speakerLinksSchema = z.strictObject({
  /** Personal website or blog. */
  website: httpsUrl.optional(),
  /** GitHub user name (github.com/<name>). */
  github: handle('GitHub').optional(),
  /** Mastodon address, written @user@instance. */
  mastodon: token()
    .regex(/^@[A-Za-z0-9_.]+@[a-z0-9.-]+\.[a-z]+$/, 'must be a Mastodon address like @user@instance.social')
    .optional(),
  /** Bluesky handle, like name.bsky.social or a custom domain. */
  bluesky: token()
    .regex(/^[a-z0-9.-]+\.[a-z]+$/, 'must be a Bluesky handle like name.bsky.social')
    .optional(),
  /** LinkedIn profile path after linkedin.com/, like in/name. */
  linkedin: token()
    .regex(/^in\/[A-Za-z0-9_-]+$/, 'must look like in/name (the part after linkedin.com/)')
    .optional(),
  /** X (Twitter) user name. */
  x: handle('X').optional(),
});

/** One person, in `content/speakers/<id>.yaml`; the file name is the id. */
export const speakerSchema = z.strictObject({
  /** Full name as the person writes it. */
  name: line(MAX_LENGTH.name, 'needs the person’s name'),
  /**
   * How the name is filed in the A-to-Z index of speakers, when the rule gets it wrong: by
   * default the words after the first name, less a lower-case particle (de, du, van, von, d’),
   * so "Caroline de Vasson" files under "Vasson" and "Alexis La Goutte" under "La Goutte".
   * Write the family name as it should sort, like "Goutte" or "Ben Farhat".
   */
  sortAs: line(MAX_LENGTH.name).optional(),
  /** Refused: a company belongs to an appearance (a session's or an event's `affiliations`). */
  company: movedToAppearance('company'),
  /** Refused: a role belongs to an appearance (a session's or an event's `affiliations`). */
  role: movedToAppearance('role'),
  /** Pronouns the person asked for, shown beside their name, like "elle" or "iel". */
  pronouns: line(MAX_LENGTH.name).optional(),
  /** Other names the person is known by (a former name, a pseudonym): the importer matches them too. Never shown. */
  aliases: z.array(line(MAX_LENGTH.name)).default([]),
  /** Former file names (ids) of this person: each old address /speakers/<id>/ leads to the current page. */
  formerIds: z.array(slug('former id')).default([]),
  /**
   * false when the person asked not to be listed: no page of their own, left out of the
   * speakers index, search, the sitemap and the exports. Their sessions name them only by
   * `shownName`, or not at all.
   */
  listed: z.boolean().default(true),
  /** For an unlisted person: the name their sessions may show (like a first name). Without it, none. */
  shownName: line(MAX_LENGTH.name).optional(),
  /** A short biography (one or two sentences), in the person's words or neutral ones. */
  bio: paragraph(MAX_LENGTH.summary).optional(),
  /** A photo next to this file (relative path); without one, an initials avatar is drawn. */
  photo: z
    .string()
    .regex(/^\.\/[^/]+\.(jpe?g|png|webp|avif)$/, 'must be a file next to the YAML, like ./aurelie-vache.jpg')
    .optional(),
  /** Public profiles. */
  links: speakerLinksSchema.default({}),
});

export type Speaker = z.infer<typeof speakerSchema>;
export type SpeakerLinks = z.infer<typeof speakerLinksSchema>;
