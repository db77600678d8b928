import { z } from 'astro/zod';
import { httpsUrl, line, localized, MAX_LENGTH, paragraph } from './common.ts';

/** A licence: its short name, its SPDX id and where its text is. */
const licence = z.strictObject({
  /** How the licence is named to readers, like "CC BY 4.0". */
  name: line(40),
  /** The SPDX identifier, like CC-BY-4.0 (https://spdx.org/licenses/). */
  spdx: z.string().regex(/^[A-Za-z0-9.+-]+$/, 'must be an SPDX identifier, like CC-BY-4.0'),
  /** Where the licence's text is. */
  url: httpsUrl,
});

/** An interface language: the name of its dictionary, src/i18n/<code>.ts ("fr", "en", "de", "pt-BR"). */
const interfaceLanguage = z
  .string()
  .regex(/^[a-z]{2,3}(?:-[A-Z][a-zA-Z]{1,3})?$/, 'must be a language code like "fr", "en" or "pt-BR", with a dictionary src/i18n/<code>.ts');

/**
 * `content/site.yaml`: the site's identity, so that a community makes Carnet its own without
 * touching code. Every field but the repository has a default.
 */
export const siteSchema = z
  .strictObject({
    /** The site's name, in the header, page titles and social cards. */
    name: line(60).default('Carnet'),
    /** One line under the name on the home page; the interface's own when left out. */
    tagline: localized(line, MAX_LENGTH.title).optional(),
    /** One or two sentences for the home page and search engines; the interface's own when left out. */
    description: localized(paragraph, MAX_LENGTH.summary).optional(),
    /**
     * The public address, with its sub-path if any (https://org.github.io/carnet/). Leave it out
     * until it is known: feeds, calendars and share links, which need it, are then not written.
     * The SITE_URL environment variable overrides it.
     */
    url: httpsUrl.optional(),
    /** The repository contributors open pull requests against ("edit this note" links). */
    repository: httpsUrl,
    /** The branch "edit this page" links point to. */
    branch: z
      .string()
      .regex(/^[\w./-]+$/, 'must be a branch name, like main')
      .max(100)
      .default('main'),
    /** What readers may do with the code and with the notes and data of content/. */
    licences: z.strictObject({ code: licence, content: licence }).default({
      code: { name: 'MIT', spdx: 'MIT', url: 'https://opensource.org/license/mit' },
      content: { name: 'CC BY 4.0', spdx: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
    }),
    /**
     * The interface languages, each one a dictionary in src/i18n/ (`de` is src/i18n/de.ts). The
     * default one is at the site's root (`/speakers/`), each other under its code (`/en/speakers/`).
     */
    languages: z.array(interfaceLanguage).min(1).default(['fr', 'en']),
    /** The language of the pages at the site's root; one of `languages`. */
    defaultLanguage: interfaceLanguage.default('fr'),
  })
  .refine((site) => site.languages.includes(site.defaultLanguage), {
    message: 'must be one of languages',
    path: ['defaultLanguage'],
  })
  .refine((site) => new Set(site.languages).size === site.languages.length, { message: 'names a language twice', path: ['languages'] });

export type SiteFile = z.infer<typeof siteSchema>;
