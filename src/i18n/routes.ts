// The routes of every page kind in every interface language. Pages live under
// src/pages/[...lang]/: the default language's pages have no `lang` (they stay at the site's
// root, so published URLs do not change), every other language's are under /<lang>/.
import { DEFAULT_LANGUAGE, LANGUAGES, type UiLanguage } from './index.ts';

/** The `lang` parameter of each interface language: undefined for the default one. */
export function languagePaths(languages: readonly UiLanguage[] = LANGUAGES, defaultLanguage: UiLanguage = DEFAULT_LANGUAGE) {
  return languages.map((language) => ({ params: { lang: language === defaultLanguage ? undefined : language } }));
}

/** A route's paths, once per interface language: `getStaticPaths` of a page under [...lang]/. */
export function inEveryLanguage<P extends { params: Record<string, string | undefined>; props?: unknown }>(
  paths: readonly P[],
  languages: readonly UiLanguage[] = LANGUAGES,
  defaultLanguage: UiLanguage = DEFAULT_LANGUAGE,
): (P & { params: P['params'] & { lang: string | undefined } })[] {
  return languagePaths(languages, defaultLanguage).flatMap(({ params: { lang } }) => paths.map((path) => ({ ...path, params: { ...path.params, lang } })));
}
