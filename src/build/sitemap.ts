// @astrojs/sitemap's options: each page listed with its versions in every interface language
// (xhtml:link hreflang), which the sitemap tells apart by their /<code>/ prefix, and the default
// language's as x-default, as the pages' own <link rel="alternate"> say.
import type { SitemapItem, SitemapOptions } from '@astrojs/sitemap';
import { formerSpeakerPaths } from '../lib/people/names.ts';
import { parsePagePath } from '../lib/site/paths.ts';
import { SITE } from '../site.ts';
import type { BuildContext } from './context.ts';

/**
 * Pages only some readers should find stay out: the offline notice, and a renamed person's old
 * address (`/speakers/old-id/`), which only leads to their page. Pages are told by their path
 * without base and language; the people are those the build's checks read.
 */
export function sitemapOptions(build: BuildContext): SitemapOptions {
  let formerPaths: ReadonlySet<string> | undefined;
  const leaveOut = (path: string) => path.endsWith('/offline/') || (formerPaths ??= formerSpeakerPaths(build.entries ?? [])).has(path);
  return {
    filter: (page) =>
      !leaveOut(parsePagePath(new URL(page).pathname, { base: SITE.base, languages: SITE.languages, defaultLanguage: SITE.defaultLanguage }).path),
    i18n: {
      defaultLocale: SITE.defaultLanguage,
      // The hreflang values are the codes, as on the pages.
      locales: Object.fromEntries(SITE.languages.map((language) => [language, language])),
    },
    serialize: (item: SitemapItem) => {
      const fallback = item.links?.find((link) => link.lang === SITE.defaultLanguage);
      return fallback ? { ...item, links: [...item.links!, { lang: 'x-default', url: fallback.url }] } : item;
    },
  };
}
