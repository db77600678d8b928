// The interface of the page being rendered, from its URL: what every page and component calls
// (`const { t, href } = pageUi(Astro)`), so the language comes from the page, never a constant.
import { parsePagePath } from '../lib/site/paths.ts';
import { href, SITE } from '../site.ts';
import { DEFAULT_LANGUAGE, LANGUAGES, ui, type Ui, type UiLanguage } from './index.ts';

export interface PageUi extends Ui {
  /** The page's path in no language (`/speakers/` for /en/speakers/), to name it in another. */
  path: string;
  /** A link to a path of the site (src/lib/site/paths.ts) in the page's language, base applied. */
  href(path: string): string;
  /** The site file's tagline or description in the page's language, else the dictionary's. */
  siteText(field: 'tagline' | 'description'): string;
  /** Every language's version of this page, default language first, for hreflang and the switch. */
  alternates: { language: UiLanguage; href: string }[];
  /**
   * `data-pagefind-body`, to spread on what search indexes, on the default language's pages only:
   * the others show the same content, and the index holds each page once (src/lib/search/pages.ts).
   */
  searchBody: { 'data-pagefind-body'?: '' };
}

/** The page's language and interface, read from `Astro.url` (the same in every component of a page). */
export function pageUi(astro: { url: URL }): PageUi {
  const { language, path } = parsePagePath(astro.url.pathname, { base: SITE.base, languages: LANGUAGES, defaultLanguage: DEFAULT_LANGUAGE });
  return {
    ...ui(language),
    path,
    href: (target) => href(target, language),
    siteText: (field) => siteText(field, language),
    alternates: LANGUAGES.map((other) => ({ language: other, href: href(path, other) })),
    searchBody: language === DEFAULT_LANGUAGE ? { 'data-pagefind-body': '' } : {},
  };
}

/** The site's tagline or description in a language: the site file's (its English, else French), else the dictionary's. */
export function siteText(field: 'tagline' | 'description', language: UiLanguage = DEFAULT_LANGUAGE): string {
  const text = SITE[field];
  const own = text && (language === 'fr' ? text.fr : ((text as Record<string, string | undefined>)[language] ?? text.en ?? text.fr));
  return own || ui(language).t(`site.${field}`);
}
