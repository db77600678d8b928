// The interface strings in every language of content/site.yaml. A language is one dictionary
// file here, named by its code (src/i18n/de.ts), plus its code in the site file's `languages`.
// A page takes its language from its URL (src/i18n/page.ts); the `language` parameters below
// default to the site's default language, for scripts and tests.
import { timeZoneCity } from '../lib/time/dates.ts';
import { localeOf } from '../lib/time/format.ts';
import { pluralForm, type PluralForms } from './plural.ts';
import { SITE } from '../site.ts';
import { loadDictionaries, type Dictionary, type PluralKey, type UiKey } from './dictionaries.ts';

export type { PluralKey, UiKey };

/** An interface language: one of content/site.yaml's `languages`. */
export type UiLanguage = string;

/** The interface languages, the default one first. */
export const LANGUAGES: readonly UiLanguage[] = [SITE.defaultLanguage, ...SITE.languages.filter((code) => code !== SITE.defaultLanguage)];
export const DEFAULT_LANGUAGE: UiLanguage = SITE.defaultLanguage;

// A file named by a language code is a dictionary; the helpers here have longer names.
// Checked at load, so a missing dictionary or key stops the build, naming it (see dictionaries.ts).
const dictionaries: Map<string, Dictionary> = loadDictionaries(
  import.meta.glob<{ default: unknown }>(['./[a-z][a-z].ts', './[a-z][a-z][a-z].ts', './[a-z][a-z]-*.ts', './[a-z][a-z][a-z]-*.ts'], { eager: true }),
  LANGUAGES,
);

function dictionary(language: UiLanguage): Dictionary {
  const found = dictionaries.get(language);
  if (!found) throw new Error(`"${language}" is not an interface language (content/site.yaml languages: ${LANGUAGES.join(', ')})`);
  return found;
}

const languageNames = new Map<UiLanguage, Intl.DisplayNames>();

/**
 * The name of a spoken language (a BCP 47 code) in an interface language: the dictionary's
 * word for French and English ("français", "anglais"), Intl.DisplayNames for any other
 * ("allemand", "portugais (Brésil)"), the code itself when the runtime knows no name.
 */
export function languageLabel(code: string, language: UiLanguage = DEFAULT_LANGUAGE): string {
  if (code === 'fr' || code === 'en') return t(`language.${code}`, {}, language);
  let names = languageNames.get(language);
  if (!names) {
    names = new Intl.DisplayNames([locale(language)], { type: 'language', fallback: 'code' });
    languageNames.set(language, names);
  }
  return names.of(code) ?? code;
}

/** Orders language codes for a list of choices: French, English, then the others by name. */
export function compareLanguages(a: string, b: string, language: UiLanguage = DEFAULT_LANGUAGE): number {
  const rank = (code: string) => ['fr', 'en'].indexOf(code) >>> 0; // -1 becomes the largest
  return rank(a) - rank(b) || languageLabel(a, language).localeCompare(languageLabel(b, language), locale(language));
}

/** The locale tag used for dates and sorting in a language. */
export function locale(language: UiLanguage = DEFAULT_LANGUAGE): string {
  return localeOf(language);
}

const fill = (template: string, params: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole));

/**
 * Looks up an interface string and fills its {placeholders}. An entry with plural forms takes
 * the form for `params.count` (see `t.plural`).
 */
export function t(key: UiKey, params: Record<string, string | number> = {}, language: UiLanguage = DEFAULT_LANGUAGE): string {
  const entry = dictionary(language)[key];
  const template = typeof entry === 'string' ? entry : pluralForm(entry, Number(params.count ?? 0), locale(language));
  return fill(template, params);
}

/** A string with a count in it, in the plural form the count takes: `t.plural('sessions.count', 1)` is "1 session". */
t.plural = (key: PluralKey, count: number, params: Record<string, string | number> = {}, language: UiLanguage = DEFAULT_LANGUAGE): string =>
  t(key, { ...params, count }, language);

/**
 * The forms of a plural entry, for a script that fills the count in the browser
 * (with `pluralForm` of src/i18n/plural.ts), where the dictionary is not loaded.
 */
export function pluralForms(key: PluralKey, language: UiLanguage = DEFAULT_LANGUAGE): PluralForms {
  return dictionary(language)[key] as PluralForms;
}

export type { PluralForms };

/** A time zone by its city, as the interface says it: "heure de Paris", "heure d’Amsterdam", "Paris time". */
t.zone = (timeZone: string, language: UiLanguage = DEFAULT_LANGUAGE): string => {
  const city = timeZoneCity(timeZone);
  // French elides "de" before a vowel or a mute h: "heure d’Oslo", "heure d’Helsinki".
  const elided = language === 'fr' && /^[aeiouyàâéèêëîïôöûüh]/i.test(city);
  return t(elided ? 'time.zoneElided' : 'time.zone', { city }, language);
};

/** The interface in one language: what a page or component calls, with the language bound. */
export interface Ui {
  language: UiLanguage;
  /** The locale tag of `language`, for Intl. */
  locale: string;
  t: {
    (key: UiKey, params?: Record<string, string | number>): string;
    plural(key: PluralKey, count: number, params?: Record<string, string | number>): string;
    zone(timeZone: string): string;
  };
  pluralForms(key: PluralKey): PluralForms;
  languageLabel(code: string): string;
  /** A text of the content given per language (a topic's label): this language's, else French. */
  local(text: LocalText): string;
  local(text: LocalText | undefined): string | undefined;
}

/** A text the content gives in French and maybe other languages (src/schema/common.ts `localized`). */
export type LocalText = { fr: string } & Partial<Record<string, string | undefined>>;

/** The text of `text` in `language`, else its French. */
export function localText(text: LocalText, language: UiLanguage = DEFAULT_LANGUAGE): string {
  return text[language] ?? text.fr;
}

const uis = new Map<UiLanguage, Ui>();

/** The interface in `language`, made once per language. */
export function ui(language: UiLanguage): Ui {
  let found = uis.get(language);
  if (!found) {
    dictionary(language); // fails now, naming the language, rather than at the first string
    const bound = Object.assign((key: UiKey, params?: Record<string, string | number>) => t(key, params, language), {
      plural: (key: PluralKey, count: number, params?: Record<string, string | number>) => t.plural(key, count, params, language),
      zone: (timeZone: string) => t.zone(timeZone, language),
    });
    found = {
      language,
      locale: locale(language),
      t: bound,
      pluralForms: (key) => pluralForms(key, language),
      languageLabel: (code) => languageLabel(code, language),
      local: ((text: LocalText | undefined) => text && localText(text, language)) as Ui['local'],
    };
    uis.set(language, found);
  }
  return found;
}
