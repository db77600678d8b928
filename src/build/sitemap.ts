// @astrojs/sitemap's options: each page listed with its versions in every interface language
// (xhtml:link hreflang), which the sitemap tells apart by their /<code>/ prefix, and the default
// language's as x-default, as the pages' own <link rel="alternate"> say.
import type { SitemapItem, SitemapOptions } from '@astrojs/sitemap';
import { parsePagePath } from '../lib/site/paths.ts';
import { SITE } from '../site.ts';

/**
 * `leaveOut` is given each page's path without base and language (`/speakers/old-id/`): pages
 * only some readers should find (the offline notice, a renamed person's old address) stay out.
 */
export function sitemapOptions({ leaveOut = () => false }: { leaveOut?: (path: string) => boolean } = {}): SitemapOptions {
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
