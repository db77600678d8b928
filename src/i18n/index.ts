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

/** The locale tag used for dates and sorting in a language. */
export function locale(language: Language = UI_LANGUAGE): string {
  return language === 'fr' ? 'fr-FR' : 'en-GB';
}
