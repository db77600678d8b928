// The interface dictionaries, checked against the French one. Pure: src/i18n/index.ts hands it
// the dictionary modules (import.meta.glob) and the languages of content/site.yaml; a unit test
// hands it a fixture. A dictionary that lacks a key, or has one the French does not, stops the
// build with the file and the keys: an interface half in one language is worse than none.
import { z } from 'astro/zod';
import type { PluralForms } from './plural.ts';
import fr from './fr.ts';

export type UiKey = keyof typeof fr;

/** Keys whose French entry has plural forms; every dictionary must give forms for them too. */
export type PluralKey = { [K in UiKey]: (typeof fr)[K] extends string ? never : K }[UiKey];

export type Entry = string | PluralForms;
export type Dictionary = Record<UiKey, Entry>;

/** What a dictionary file exports: every key of the French one, text or plural forms alike. */
export type DictionaryFile = { [K in UiKey]: (typeof fr)[K] extends string ? string : PluralForms };

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
  Object.fromEntries(Object.entries(fr).map(([key, value]) => [key, typeof value === 'string' ? text : plural])) as Record<UiKey, typeof text | typeof plural>,
);

/** The file a language's dictionary is read from, as import.meta.glob names it. */
export const dictionaryFile = (language: string) => `./${language}.ts`;

/**
 * The dictionaries of `languages`, from modules keyed like import.meta.glob's (`./de.ts`).
 * Throws, naming the file and what to do, when one is missing or incomplete.
 */
export function loadDictionaries(modules: Record<string, { default: unknown }>, languages: readonly string[]): Map<string, Dictionary> {
  const dictionaries = new Map<string, Dictionary>();
  for (const language of languages) {
    const file = `src/i18n/${language}.ts`;
    const module = modules[dictionaryFile(language)];
    if (!module) {
      throw new Error(`${file}: is missing: content/site.yaml lists "${language}" among its languages. Copy src/i18n/en.ts to it and translate every entry.`);
    }
    const parsed = dictionarySchema.safeParse(module.default);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((issue) =>
        issue.code === 'unrecognized_keys'
          ? `${issue.keys.map((key) => `"${key}"`).join(', ')}: not in src/i18n/fr.ts`
          : `"${issue.path.join('.')}": ${/received undefined/.test(issue.message) ? 'is missing' : issue.message}`,
      );
      throw new Error(`${file}: ${problems.length} problem(s), every key of src/i18n/fr.ts is needed, with text:\n  ${problems.join('\n  ')}`);
    }
    dictionaries.set(language, parsed.data as Dictionary);
  }
  return dictionaries;
}
