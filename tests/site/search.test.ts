import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeSearchIndex } from '../../src/build/search.ts';

// Checks the built dist/ (run after `astro build`): which pages the search index takes in,
// what they carry for the filters, and that the index is a build output only.
const root = join(import.meta.dirname, '../..');
const dist = join(root, 'dist');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'pagefind' || entry.name === '_astro' ? [] : htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/** The URL path of a built file: dist/speakers/x/index.html is /speakers/x/. */
const urlOf = (file: string) => `/${relative(dist, file).split(sep).join('/')}`.replace(/index\.html$/, '');
const built = new Map(htmlFiles(dist).map((file) => [urlOf(file), readFileSync(file, 'utf8')]));
/** English pages (/en/…) show the same content as the French ones: only the French pages are indexed. */
const ENGLISH = /^\/en\//;
const pages = new Map([...built].filter(([url]) => !ENGLISH.test(url)));
const englishPages = [...built].filter(([url]) => ENGLISH.test(url));
const SESSION = /^\/(?!speakers\/|topics\/)[a-z0-9-]+\/(?!tracks\/)[a-z0-9-]+\/$/;
const isIndexed = (url: string) => SESSION.test(url) || /^\/(speakers|topics)\/[a-z0-9-]+\/$/.test(url);
const attributes = (html: string, name: string) => [...html.matchAll(new RegExp(`${name}="([^"]*)"`, 'g'))].map((m) => m[1]!.replace(/&#39;/g, "'"));

describe('search index in dist/', () => {
  it('has one language and one entry per session, speaker and topic page', () => {
    const entry = JSON.parse(readFileSync(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages)).toEqual(['fr']);
    const expected = [...pages.keys()].filter(isIndexed).length;
    expect(expected).toBeGreaterThan(150);
    expect(entry.languages.fr.page_count).toBe(expected);
  });

  it('is the index writeSearchIndex builds from the HTML files of dist/', async () => {
    // The build gave Pagefind each page as Astro rendered it; rebuild from what it wrote.
    const copy = mkdtempSync(join(tmpdir(), 'carnet-dist-html-'));
    try {
      for (const [url, html] of built) {
        const file = join(copy, url.endsWith('/') ? join(url, 'index.html') : url);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, html);
      }
      const report = await writeSearchIndex(copy);
      const entry = (site: string) => JSON.parse(readFileSync(join(site, 'pagefind', 'pagefind-entry.json'), 'utf8'));
      expect(report.pages).toBe(entry(dist).languages.fr.page_count);
      expect(entry(copy).languages).toEqual({ fr: expect.objectContaining({ page_count: report.pages }) });
      // Each page's fragment is named by the hash of its URL, text, filters and metadata: equal
      // names, equal pages. Pagefind numbers pages in the order they come (the order Astro
      // rendered them, sorted file paths here), and the word, filter and metadata chunks carry
      // those numbers: their names differ, their number and kind do not.
      const bundle = (site: string) =>
        readdirSync(join(site, 'pagefind'), { recursive: true, encoding: 'utf8' })
          .map((file) =>
            file
              .split(sep)
              .join('/')
              .replace(/^(index\/|filter\/|pagefind\.)(\w+)_[0-9a-f]+\./, '$1$2_(hash).'),
          )
          .sort();
      expect(bundle(dist)).toEqual(bundle(copy));
      expect(bundle(dist).filter((file) => file.startsWith('fragment/'))).toHaveLength(report.pages);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  }, 60_000);

  it('is never copied into the source tree', () => {
    expect(existsSync(join(root, 'public', 'pagefind'))).toBe(false);
  });
});

describe('pages marked for the index', () => {
  it('marks session, speaker and topic pages only', () => {
    for (const [url, html] of pages) {
      expect(html.includes('data-pagefind-body'), `${url} data-pagefind-body`).toBe(isIndexed(url));
    }
    for (const url of [
      '/',
      '/search/',
      '/tools/',
      '/speakers/',
      '/topics/',
      '/kcd-france-2023/',
      '/cloud-native-days-france-2026/tracks/reseau-et-securite/',
    ]) {
      expect(pages.has(url), url).toBe(true);
    }
  });

  it('leaves the English pages out: each note is indexed once, under its French page', () => {
    expect(englishPages.length).toBeGreaterThan(150);
    for (const [url, html] of englishPages) expect(html.includes('data-pagefind-body'), `${url} data-pagefind-body`).toBe(false);
  });

  it('keeps the header, footer and navigation out of the indexed content', () => {
    const html = pages.get('/kcd-france-2023/table-ronde-ops-dev-devops/')!;
    expect(html).toMatch(/<header class="site-header" data-pagefind-ignore/);
    expect(html).toMatch(/<footer class="site-footer" data-pagefind-ignore/);
    // The indexed article comes after the header and its breadcrumb, before the pager that names other sessions.
    const body = html.indexOf('data-pagefind-body');
    expect(body).toBeGreaterThan(html.indexOf('class="crumbs'));
    expect(html.indexOf('class="pager')).toBeGreaterThan(html.indexOf('</article>'));
    expect(html.indexOf('</article>')).toBeGreaterThan(body);
  });

  it('gives every session its event, kind, language, replay state and date', () => {
    const sessions = [...pages].filter(([url]) => SESSION.test(url));
    expect(sessions.length).toBeGreaterThan(50);
    for (const [url, html] of sessions) {
      const keys = attributes(html, 'data-pagefind-filter').map((f) => f.split(':')[0]);
      for (const key of ['event', 'kind', 'language', 'replay']) expect(keys, `${url} filter ${key}`).toContain(key);
      expect(attributes(html, 'data-pagefind-sort')[0], url).toMatch(/^date:\d{4}-\d{2}-\d{2}T/);
      const meta = attributes(html, 'data-pagefind-meta').map((m) => m.split(':')[0]);
      expect(meta, url).toEqual(expect.arrayContaining(['event', 'kind', 'date']));
    }
  });

  it('files a round table under its people, topics and replay state', () => {
    const html = pages.get('/kcd-france-2023/table-ronde-ops-dev-devops/')!;
    expect(attributes(html, 'data-pagefind-filter')).toEqual(
      expect.arrayContaining([
        'event:KCD France 2023',
        'kind:Table ronde',
        'language:français',
        'replay:à venir',
        'speaker:Juliette Audema',
        'speaker:Angélique Jard',
        'speaker:Hugo Lassiège',
        'topic:Culture DevOps',
      ]),
    );
    expect(attributes(html, 'data-pagefind-meta')).toContain('people:Juliette Audema, Angélique Jard, Hugo Lassiège');
    expect(html).toMatch(/data-pagefind-weight="5"/);
  });

  it('files a session with a replay and a track under them', () => {
    expect(attributes(pages.get('/kcd-france-2023/developer-portal-back-market/')!, 'data-pagefind-filter')).toContain('replay:disponible');
    const cnd = [...pages].filter(([url]) => SESSION.test(url) && url.startsWith('/cloud-native-days-france-2026/'));
    expect(cnd.some(([, html]) => attributes(html, 'data-pagefind-filter').some((f) => f.startsWith('track:')))).toBe(true);
  });
});

describe('search box and page', () => {
  it('puts a search form to /search/ in the header of other pages', () => {
    const home = pages.get('/')!;
    expect(home).toMatch(/<form role="search" action="\/search\/" method="get"/);
    expect(pages.get('/search/')).toMatch(/<input id="header-search"/);
    expect(home).toMatch(/<input id="header-search" type="search" name="q"/);
    // The search code is not loaded with the page: only a dynamic import names it.
    expect(home).not.toMatch(/<script[^>]+pagefind/);
  });

  it('links the search page to the topic and speaker indexes, for readers without JavaScript', () => {
    const html = pages.get('/search/')!;
    expect(html).toMatch(/<a href="\/topics\/"/);
    expect(html).toMatch(/<a href="\/speakers\/"/);
    expect(html).toMatch(/<noscript>/);
  });
});
