import { z } from 'astro/zod';
import type { Language } from '../schema/common.ts';
import en from './en.ts';
import fr from './fr.ts';

export type UiKey = keyof typeof fr;

/** Every dictionary has every key of the French one, each a non-empty string. */
const dictionarySchema = z.strictObject(
  Object.fromEntries(Object.keys(fr).map((key) => [key, z.string().min(1)])) as Record<UiKey, z.ZodString>,
);

// Parsed at load so a missing or empty key stops the build, naming the key.
const dictionaries: Record<Language, Record<UiKey, string>> = {
  fr: dictionarySchema.parse(fr),
  en: dictionarySchema.parse(en),
};

/** The language the interface is shown in. A second interface language is one more dictionary file. */
export const UI_LANGUAGE: Language = 'fr';

/** Looks up an interface string and fills its {placeholders}. */
export function t(key: UiKey, params: Record<string, string | number> = {}, language: Language = UI_LANGUAGE): string {
  return dictionaries[language][key].replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole));
}

const languageNames = new Map<Language, Intl.DisplayNames>();

/**
 * The name of a spoken language (a BCP 47 code) in the interface's language: the dictionary's
 * word for French and English ("français", "anglais"), Intl.DisplayNames for any other
 * ("allemand", "portugais (Brésil)"), the code itself when the runtime knows no name.
 */
export function languageLabel(code: string, language: Language = UI_LANGUAGE): string {
  if (code === 'fr' || code === 'en') return t(`language.${code}`, {}, language);
  let names = languageNames.get(language);
  if (!names) {
    names = new Intl.DisplayNames([locale(language)], { type: 'language', fallback: 'code' });
    languageNames.set(language, names);
  }
  return names.of(code) ?? code;
}

/** Orders language codes for a list of choices: French, English, then the others by name. */
export function compareLanguages(a: string, b: string): number {
  const rank = (code: string) => ['fr', 'en'].indexOf(code) >>> 0; // -1 becomes the largest
  return rank(a) - rank(b) || languageLabel(a).localeCompare(languageLabel(b), locale());
}

/** The locale tag used for dates and sorting in a language. */
export function locale(language: Language = UI_LANGUAGE): string {
  return language === 'fr' ? 'fr-FR' : 'en-GB';
}
