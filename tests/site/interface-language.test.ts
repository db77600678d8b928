// Every page's chrome is in the page's language: no English page shows a French interface string,
// and no French page an English one. Content keeps its own language and says so with `lang`
// (a note, a session title or summary): what carries another language's `lang` is left out.
import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en.ts';
import fr from '../../src/i18n/fr.ts';
import { builtPages, page } from './dist.ts';

type Dictionary = Record<string, string | Record<string, string>>;

/** The fixed parts of every entry ("Intervenants", "Non communiqués : "), long enough to mean something, that the other dictionary does not share. */
function phrases(own: Dictionary, other: Dictionary): string[] {
  const words = (dictionary: Dictionary) =>
    Object.values(dictionary)
      .flatMap((entry) => (typeof entry === 'string' ? [entry] : Object.values(entry)))
      .flatMap((text) => text.split(/\{\w+\}/))
      .map((part) => part.trim())
      .filter((part) => part.length >= 8);
  const shared = new Set(words(other));
  return [...new Set(words(own))].filter((part) => !shared.has(part));
}

/** The text of a page's <html>, without what is marked as being in another language than `language`. */
function chrome(path: string, language: string): string {
  const root = page(path).querySelector('html')!.clone() as ReturnType<typeof page>;
  for (const element of root.querySelectorAll('[lang]')) {
    if (element.getAttribute('lang') !== language) element.remove();
  }
  // <title> is the page's own title (a session's, in its language) and the site's name: content.
  for (const element of root.querySelectorAll('script, style, template, title')) element.remove();
  const attributes = root
    // The meta elements (description, og:title, og:image:alt) quote content, in the content's language.
    .querySelectorAll('[aria-label], [title], [placeholder], [alt]')
    .flatMap((element) => ['aria-label', 'title', 'placeholder', 'alt', 'content'].map((name) => element.getAttribute(name) ?? ''));
  return `${root.structuredText} ${attributes.join(' ')}`.replace(/\s+/g, ' ');
}

describe('the interface of each page is in its language', () => {
  const pages = builtPages();
  const english = pages.filter((path) => path.startsWith('/en/'));
  const french = pages.filter((path) => !path.startsWith('/en/'));

  it('shows no French interface string on an English page', () => {
    expect(english.length).toBeGreaterThan(150);
    const found: string[] = [];
    const french = phrases(fr, en);
    for (const path of english) {
      const text = chrome(path, 'en');
      for (const phrase of french) if (text.includes(phrase)) found.push(`${path}: “${phrase}”`);
    }
    expect(found).toEqual([]);
  });

  it('shows no English interface string on a French page', () => {
    const found: string[] = [];
    const english = phrases(en, fr);
    for (const path of french) {
      const text = chrome(path, 'fr');
      for (const phrase of english) if (text.includes(phrase)) found.push(`${path}: “${phrase}”`);
    }
    expect(found).toEqual([]);
  });

  it('says each page’s language in <html lang>', () => {
    for (const path of english) expect(page(path).querySelector('html')!.getAttribute('lang'), path).toBe('en');
    for (const path of french) expect(page(path).querySelector('html')!.getAttribute('lang'), path).toBe('fr');
  });
});
