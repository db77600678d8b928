// @astrojs/sitemap's options: each page listed with its versions in every interface language
// (xhtml:link hreflang), which the sitemap tells apart by their /<code>/ prefix.
import type { SitemapOptions } from '@astrojs/sitemap';
import { SITE } from '../site.ts';

export function sitemapOptions(): SitemapOptions {
  return {
    i18n: {
      defaultLocale: SITE.defaultLanguage,
      // The hreflang values are the codes, as on the pages' own <link rel="alternate">.
      locales: Object.fromEntries(SITE.languages.map((language) => [language, language])),
    },
  };
}
