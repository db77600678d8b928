import { z } from 'astro/zod';
import { timeZoneCity } from '../lib/time/dates.ts';
import { pluralForm, type PluralForms } from './plural.ts';
import type { Language } from '../schema/common.ts';
import en from './en.ts';
import fr from './fr.ts';

export type UiKey = keyof typeof fr;

/** Keys whose French entry has plural forms; every dictionary must give forms for them too. */
export type PluralKey = { [K in UiKey]: (typeof fr)[K] extends string ? never : K }[UiKey];

const text = z.string().min(1);
const plural = z.strictObject({
  one: text,
  other: text,
  zero: text.optional(),
  two: text.optional(),
  few: text.optional(),
  many: text.optional(),
});

/** Every dictionary has every key of the French one, of the same shape (text or plural forms), never empty. */
const dictionarySchema = z.strictObject(
  Object.fromEntries(Object.entries(fr).map(([key, value]) => [key, typeof value === 'string' ? text : plural])) as Record<
    UiKey,
    typeof text | typeof plural
  >,
);

type Entry = string | PluralForms;

// Parsed at load so a missing or empty key stops the build, naming the key.
const dictionaries: Record<Language, Record<UiKey, Entry>> = {
  fr: dictionarySchema.parse(fr) as Record<UiKey, Entry>,
  en: dictionarySchema.parse(en) as Record<UiKey, Entry>,
};

/** The language the interface is shown in. A second interface language is one more dictionary file. */
export const UI_LANGUAGE: Language = 'fr';

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

const fill = (template: string, params: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole));

/**
 * Looks up an interface string and fills its {placeholders}. An entry with plural forms takes
 * the form for `params.count` (see `t.plural`).
 */
export function t(key: UiKey, params: Record<string, string | number> = {}, language: Language = UI_LANGUAGE): string {
  const entry = dictionaries[language][key];
  const template = typeof entry === 'string' ? entry : pluralForm(entry, Number(params.count ?? 0), locale(language));
  return fill(template, params);
}

/** A string with a count in it, in the plural form the count takes: `t.plural('sessions.count', 1)` is "1 session". */
t.plural = (key: PluralKey, count: number, params: Record<string, string | number> = {}, language: Language = UI_LANGUAGE): string =>
  t(key, { ...params, count }, language);

/**
 * The forms of a plural entry, for a script that fills the count in the browser
 * (with `pluralForm` of src/i18n/plural.ts), where the dictionary is not loaded.
 */
export function pluralForms(key: PluralKey, language: Language = UI_LANGUAGE): PluralForms {
  return dictionaries[language][key] as PluralForms;
}

export type { PluralForms };

/** A time zone by its city, as the interface says it: "heure de Paris", "heure d’Amsterdam", "Paris time". */
t.zone = (timeZone: string, language: Language = UI_LANGUAGE): string => {
  const city = timeZoneCity(timeZone);
  // French elides "de" before a vowel or a mute h: "heure d’Oslo", "heure d’Helsinki".
  const elided = language === 'fr' && /^[aeiouyàâéèêëîïôöûüh]/i.test(city);
  return t(elided ? 'time.zoneElided' : 'time.zone', { city }, language);
};
