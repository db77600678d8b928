// Interface languages: the dictionaries' loader, the routes of every language, and the URL module,
// with a third language (German, tests/fixtures/i18n/de.ts) as a community would add it.
import { describe, expect, it } from 'vitest';
import de from '../fixtures/i18n/de.ts';
import en from '../../src/i18n/en.ts';
import fr from '../../src/i18n/fr.ts';
import { loadDictionaries } from '../../src/i18n/dictionaries.ts';
import { inEveryLanguage, languagePaths } from '../../src/i18n/routes.ts';
import { filePath, localisedPath, pagePath, parsePagePath, withBase, withoutBase } from '../../src/lib/site/paths.ts';
import { isIndexedPage } from '../../src/lib/search/pages.ts';
import { formatMinutes } from '../../src/lib/time/dates.ts';

const modules = { './fr.ts': { default: fr }, './en.ts': { default: en }, './de.ts': { default: de } };

describe('loadDictionaries', () => {
  it('loads a third language from one more file', () => {
    const dictionaries = loadDictionaries(modules, ['fr', 'en', 'de']);
    expect([...dictionaries.keys()]).toEqual(['fr', 'en', 'de']);
    expect(dictionaries.get('de')!['nav.home']).toBe('Startseite');
    expect(dictionaries.get('de')!['home.notesCount']).toEqual({ one: '{count} Notiz', other: '{count} Notizen' });
  });

  it('refuses a language of the site file that has no dictionary, saying which file to write', () => {
    expect(() => loadDictionaries(modules, ['fr', 'it'])).toThrow(
      /^src\/i18n\/it\.ts: is missing: content\/site\.yaml lists "it" among its languages\. Copy src\/i18n\/en\.ts/,
    );
  });

  it('stops at a missing key, an empty one, or one French does not have, naming the file and the keys (no silent fallback)', () => {
    const { ['nav.home']: _left, ...lacking } = de;
    const broken = { ...lacking, 'nav.speakers': '', 'nav.unknown': 'Extra' };
    let message = '';
    try {
      loadDictionaries({ ...modules, './de.ts': { default: broken } }, ['fr', 'de']);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^src\/i18n\/de\.ts: 3 problem\(s\)/);
    expect(message).toContain('"nav.home": is missing');
    expect(message).toContain('"nav.speakers":');
    expect(message).toContain('"nav.unknown": not in src/i18n/fr.ts');
  });
});

describe('routes in every language', () => {
  it('gives the default language no prefix and every other its code', () => {
    expect(languagePaths(['fr', 'en', 'de'], 'fr')).toEqual([{ params: { lang: undefined } }, { params: { lang: 'en' } }, { params: { lang: 'de' } }]);
    expect(languagePaths(['en', 'fr'], 'en').map((path) => path.params.lang)).toEqual([undefined, 'fr']);
  });

  it('repeats a route’s paths, props included, once per language', () => {
    const paths = inEveryLanguage([{ params: { id: 'ada' }, props: { n: 1 } }], ['fr', 'en', 'de'], 'fr');
    expect(paths).toEqual([
      { params: { id: 'ada', lang: undefined }, props: { n: 1 } },
      { params: { id: 'ada', lang: 'en' }, props: { n: 1 } },
      { params: { id: 'ada', lang: 'de' }, props: { n: 1 } },
    ]);
  });
});

describe('the URL module', () => {
  const site = { base: '/carnet/', languages: ['fr', 'en', 'de'], defaultLanguage: 'fr' };

  it('writes every page kind’s path', () => {
    expect([
      pagePath.home(),
      pagePath.events(),
      pagePath.event('kcd'),
      pagePath.session('kcd', 'note'),
      pagePath.track('kcd', 'secu'),
      pagePath.speakers(),
      pagePath.speaker('ada'),
      pagePath.topics(),
      pagePath.topic('securite'),
      pagePath.tools('backstage'),
      pagePath.replays(),
      pagePath.search('q=secrets'),
    ]).toEqual([
      '/',
      '/events/',
      '/kcd/',
      '/kcd/note/',
      '/kcd/tracks/secu/',
      '/speakers/',
      '/speakers/ada/',
      '/topics/',
      '/topics/securite/',
      '/tools/#backstage',
      '/replays/',
      '/search/?q=secrets',
    ]);
    expect([filePath.rss(), filePath.calendar('kcd'), filePath.sessionsJson(), filePath.sessionCard('kcd', 'note'), filePath.pagefind()]).toEqual([
      '/rss.xml',
      '/kcd/calendar.ics',
      '/api/sessions.json',
      '/cards/kcd/note.png',
      '/pagefind/',
    ]);
  });

  it('prefixes the other languages, then the base', () => {
    expect(localisedPath('/speakers/', 'fr', 'fr')).toBe('/speakers/');
    expect(localisedPath('/speakers/', 'de', 'fr')).toBe('/de/speakers/');
    expect(withBase(localisedPath('/', 'en', 'fr'), '/carnet/')).toBe('/carnet/en/');
    expect(withBase('/speakers/', '/')).toBe('/speakers/');
    // Hosts serve dist/404.html for any missing address: that is the default language's.
    expect([localisedPath(pagePath.notFound(), 'fr', 'fr'), localisedPath(pagePath.notFound(), 'en', 'fr')]).toEqual(['/404.html', '/en/404/']);
  });

  it('reads a page’s language and its path in no language from its pathname', () => {
    expect(parsePagePath('/carnet/de/speakers/ada/', site)).toEqual({ language: 'de', path: '/speakers/ada/' });
    expect(parsePagePath('/carnet/en/', site)).toEqual({ language: 'en', path: '/' });
    expect(parsePagePath('/carnet/speakers/', site)).toEqual({ language: 'fr', path: '/speakers/' });
    // A session whose slug looks like a language code stays a French page.
    expect(parsePagePath('/carnet/kcd/en/', site)).toEqual({ language: 'fr', path: '/kcd/en/' });
    expect(withoutBase('/elsewhere/', '/carnet/')).toBeUndefined();
  });

  it('indexes the default language’s pages only', () => {
    expect(['/speakers/ada/', '/kcd/note/', '/en/speakers/ada/', '/de/kcd/note/', '/endless/'].map((url) => isIndexedPage(url, ['en', 'de']))).toEqual([
      true,
      true,
      false,
      false,
      true,
    ]);
  });
});

describe('durations', () => {
  it('are said the French way in French, and through Intl in other languages', () => {
    expect([formatMinutes(90), formatMinutes(45)]).toEqual(['1 h 30', '45 min']);
    expect(formatMinutes(90, 'en-GB')).not.toMatch(/\d h \d/);
    expect(formatMinutes(90, 'en-GB')).toMatch(/^1 hr, 30 min/);
    expect(formatMinutes(90, 'de')).toMatch(/^1 Std\., 30 Min/);
  });
});
