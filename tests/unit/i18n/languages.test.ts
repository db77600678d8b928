// Spoken languages: any BCP 47 code in content, named in the interface's language.
import { describe, expect, it } from 'vitest';
import { compareLanguages, languageLabel } from '../../../src/i18n/index.ts';
import { canonicalLanguage } from '../../../src/schema/common.ts';

describe('canonicalLanguage', () => {
  it('canonicalises BCP 47 tags', () => {
    expect(['de', 'DE', 'pt-br', 'zh-hant-tw', 'cs', 'gsw', ' en '].map(canonicalLanguage)).toEqual(['de', 'de', 'pt-BR', 'zh-Hant-TW', 'cs', 'gsw', 'en']);
  });

  it('refuses what is not a language code, and language names that BCP 47’s syntax would let through', () => {
    expect(['', 'en_US', 'english', 'Deutsch', 'x', '12', 'de--CH'].map(canonicalLanguage)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe('languageLabel', () => {
  it('names French and English with the dictionary’s words, as before', () => {
    expect([languageLabel('fr'), languageLabel('en')]).toEqual(['français', 'anglais']);
    expect([languageLabel('fr', 'en'), languageLabel('en', 'en')]).toEqual(['French', 'English']);
  });

  it('names any other language in the interface’s language', () => {
    expect([languageLabel('de'), languageLabel('cs'), languageLabel('pt-BR')]).toEqual(['allemand', 'tchèque', 'portugais brésilien']);
    expect(languageLabel('de', 'en')).toBe('German');
  });

  it('orders choices French, English, then the others by name', () => {
    expect(['de', 'en', 'cs', 'fr', 'es'].sort(compareLanguages)).toEqual(['fr', 'en', 'de', 'es', 'cs']);
  });
});
