// The site's identity, from content/site.yaml (validated by src/schema/site.ts), and its public
// address (SITE_URL overrides the file's). Read when the configuration loads, so that
// astro.config.mjs and the pages see the same site.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { CONTENT_DIR } from './lib/content/dir.ts';
import { localisedPath, withBase } from './lib/site/paths.ts';
import { siteAddress } from './lib/site/address.ts';
import { siteSchema, type SiteFile } from './schema/site.ts';

function readSiteFile(): SiteFile {
  const file = join(CONTENT_DIR, 'site.yaml');
  let text: string | undefined;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    text = undefined;
  }
  if (text === undefined) throw new Error(`${file}: is missing: it names the site and its repository (see README.md, "Make it yours")`);
  let data: unknown;
  try {
    data = load(text, { schema: CORE_SCHEMA }) ?? {};
  } catch (error) {
    throw new Error(`${file}: is not valid YAML: ${(error as Error).message.split('\n')[0]} (run npm run check)`, { cause: error });
  }
  const parsed = siteSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${file}: ${issue.path.join('.') || 'site'}: ${issue.message} (run npm run check)`);
  }
  return parsed.data;
}

const file = readSiteFile();

/** The site as a whole: who it is, where it lives, where its sources are. */
export const SITE = {
  ...file,
  ...siteAddress(file.url, process.env.SITE_URL),
};

/**
 * The link to a path of the site (from src/lib/site/paths.ts), under the base path the site is
 * served at: `href('/speakers/')` is "/carnet/speakers/" on a project site. With a language,
 * the path of that language's page: `href('/speakers/', 'en')` is "/carnet/en/speakers/".
 * Every internal link goes through here, so the site works at any address.
 */
export function href(path: string, language: string = SITE.defaultLanguage): string {
  return withBase(localisedPath(path, language, SITE.defaultLanguage), SITE.base);
}

/** The absolute address of a path of the site (see `href`), or undefined while the public address is unknown. */
export function publicUrl(path: string, language?: string): string | undefined {
  return SITE.url ? new URL(href(path, language), SITE.url).href : undefined;
}
