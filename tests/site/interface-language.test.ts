// Every page's chrome is in the page's language: no English page shows a French interface string,
// and no French page an English one. Content keeps its own language and says so with `lang`
// (a note, a session title or summary): what carries another language's `lang` is left out.
import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en.ts';
import fr from '../../src/i18n/fr.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, DIST, fileFor, page } from './dist.ts';

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
      // Durations the French way ("1 h 30") read as French: English says them through Intl.
      const duration = /\b\d+ h \d{2}\b/.exec(text);
      if (duration) found.push(`${path}: “${duration[0]}”`);
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

describe('every page names its versions in the other language', () => {
  const pages = builtPages().filter((path) => path !== '/404' && !path.startsWith('/en/404'));
  const address = 'https://carnet.test';

  it('with hreflang alternates and x-default, and a header link to the same page in the other language', () => {
    expect(pages.length).toBeGreaterThan(300);
    for (const path of pages) {
      const english = path.startsWith('/en/');
      const french = english ? path.slice(3) : path;
      const html = page(path);
      const alternates = html
        .querySelectorAll('link[rel="alternate"][hreflang]')
        .map((link) => `${link.getAttribute('hreflang')} ${link.getAttribute('href')}`);
      expect(alternates, path).toEqual([`fr ${address}${french}`, `en ${address}/en${french}`, `x-default ${address}${french}`]);
      const other = html.querySelectorAll('header .languages a').map((link) => link.getAttribute('href'));
      expect(other, path).toEqual([english ? french : `/en${french}`]);
      expect(fileFor(other[0]!), path).toBeDefined();
    }
  });

  it('and so does the sitemap', () => {
    const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
    const entries = new Map(
      sitemap
        .split('<url>')
        .slice(1)
        .map((entry) => [
          /<loc>([^<]+)<\/loc>/.exec(entry)![1]!,
          [...entry.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => `${m[1]} ${m[2]}`).sort(),
        ]),
    );
    const missing: string[] = [];
    // Pages kept from search engines (the offline notice) are left out of the sitemap on purpose.
    const indexed = (path: string) => page(path).querySelector('meta[name="robots"]')?.getAttribute('content') !== 'noindex';
    for (const path of pages.filter((path) => !path.startsWith('/en/') && indexed(path))) {
      const links = [`en ${address}/en${path}`, `fr ${address}${path}`, `x-default ${address}${path}`];
      for (const url of [`${address}${path}`, `${address}/en${path}`]) {
        if (JSON.stringify(entries.get(url)) !== JSON.stringify(links)) missing.push(url);
      }
    }
    expect(missing).toEqual([]);
  });
});
