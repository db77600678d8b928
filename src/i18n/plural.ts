// Plural forms of interface strings, chosen by Intl.PluralRules. Pure, so the build (through
// the dictionary, src/i18n) and scripts in the browser (which get the forms as data) share it.

/**
 * A string that depends on a count: one form per plural category of Intl.PluralRules
 * (`one`, `other`, and `zero`, `two`, `few`, `many` where a language has them). `other` is
 * required and stands for any category left out (French "many", said of a million).
 */
export interface PluralForms {
  one: string;
  other: string;
  zero?: string;
  two?: string;
  few?: string;
  many?: string;
}

const rules = new Map<string, Intl.PluralRules>();

/** The form for `count` in `locale`: in French 0 and 1 take "one" ("0 session", "1 session"), in English only 1 does. */
export function pluralForm(forms: PluralForms, count: number, locale: string): string {
  let rule = rules.get(locale);
  if (!rule) rules.set(locale, (rule = new Intl.PluralRules(locale)));
  return forms[rule.select(count)] ?? forms.other;
}
