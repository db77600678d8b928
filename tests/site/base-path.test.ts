// The site served under a sub-path, as a GitHub project site is (https://org.github.io/carnet/):
// the fixture site is built with that address, then every link, asset and absolute address of
// every output (pages, feeds, calendars, schedules, JSON index, sitemap) must stay under
// /carnet/ and lead to a file of the build.
// The same build has a third interface language, added as a community would: one dictionary
// file (tests/fixtures/i18n/de.ts, copied to src/i18n/de.ts) and one entry in content/site.yaml.
// One build for both: a build of the fixture site takes most of this file's time.
import { appendFileSync, copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { ROOT, tempProject, type TempProject } from '../../scripts/lib/temp-project.ts';

const ADDRESS = 'https://org.github.io/carnet/';
const BASE = '/carnet/';

let project: TempProject;
let out: string;

beforeAll(() => {
  project = tempProject({ content: join(ROOT, 'tests/fixtures/site/content') });
  const dictionary = join(project.root, 'src/i18n/de.ts');
  copyFileSync(join(ROOT, 'tests/fixtures/i18n/de.ts'), dictionary);
  writeFileSync(dictionary, readFileSync(dictionary, 'utf8').replace('../../../src/i18n/dictionaries.ts', './dictionaries.ts'));
  appendFileSync(join(project.root, 'content/site.yaml'), '\nlanguages: [fr, en, de]\n');
  const before = process.env.SITE_URL;
  process.env.SITE_URL = ADDRESS;
  try {
    const { status, output } = project.astro(['build']);
    expect(status, output.slice(-3000)).toBe(0);
  } finally {
    if (before === undefined) delete process.env.SITE_URL;
    else process.env.SITE_URL = before;
  }
  out = join(project.root, 'dist');
}, 300_000);
afterAll(() => project?.remove());

const files = (suffix: string) =>
  readdirSync(out, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split('\\').join('/'))
    .filter((file) => file.endsWith(suffix) && !file.startsWith('pagefind/'));

/** The file of dist/ an address of the site is served from, if any: "/carnet/en/speakers/" is en/speakers/index.html. */
function servedFile(pathname: string): string | undefined {
  if (!pathname.startsWith(BASE)) return undefined;
  const path = decodeURIComponent(pathname.slice(BASE.length));
  const candidates =
    path === '' || path.endsWith('/') ? [join(out, path, 'index.html')] : [join(out, path), join(out, `${path}.html`), join(out, path, 'index.html')];
  return candidates.find((file) => existsSync(file));
}

/** What an address points to, if it is the site's: its path from the domain's root, else undefined (another site). */
function ownPath(target: string, from: string): string | undefined {
  if (/^(mailto:|data:|#)/.test(target)) return undefined;
  const url = new URL(target, new URL(from, ADDRESS));
  return url.origin === new URL(ADDRESS).origin ? url.pathname : undefined;
}

describe('a build under a sub-path (SITE_URL=https://org.github.io/carnet/)', () => {
  it('builds both interfaces', () => {
    expect(existsSync(join(out, 'index.html'))).toBe(true);
    expect(existsSync(join(out, 'en/index.html'))).toBe(true);
    expect(existsSync(join(out, 'pagefind/pagefind.js'))).toBe(true);
  });

  it('links every href, src and srcset of every page to a file of the build, under the base', () => {
    const broken: string[] = [];
    const pages = files('.html');
    expect(pages.length).toBeGreaterThan(100);
    for (const file of pages) {
      const from = `${BASE}${file.replace(/(^|\/)index\.html$/, '$1')}`;
      const html = parse(readFileSync(join(out, file), 'utf8'));
      const targets = [
        ...html.querySelectorAll('[href]').map((el) => el.getAttribute('href')!),
        ...html.querySelectorAll('[src]').map((el) => el.getAttribute('src')!),
        ...html.querySelectorAll('[srcset]').flatMap((el) =>
          el
            .getAttribute('srcset')!
            .split(',')
            .map((part) => part.trim().split(/\s+/)[0]!),
        ),
        ...html.querySelectorAll('form[action]').map((el) => el.getAttribute('action')!),
        ...html.querySelectorAll('meta[property="og:image"], meta[property="og:url"]').map((el) => el.getAttribute('content')!),
      ];
      for (const target of targets) {
        const path = ownPath(target, from);
        if (path !== undefined && !servedFile(path)) broken.push(`${from} → ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('writes feeds, calendars, schedules, the sessions index and the sitemap with addresses under the base that lead to files', () => {
    const outputs = [...files('.xml'), ...files('.ics'), ...files('.json')];
    expect(outputs).toEqual(expect.arrayContaining(['rss.xml', 'en/rss.xml', 'api/sessions.json', 'sitemap-index.xml', 'sitemap-0.xml']));
    expect(outputs.some((file) => file.endsWith('/calendar.ics'))).toBe(true);
    const broken: string[] = [];
    let checked = 0;
    for (const file of outputs) {
      // Folded iCalendar lines are unfolded first (RFC 5545: CRLF then a space continues a line).
      const text = readFileSync(join(out, file), 'utf8').replace(/\r?\n[ \t]/g, '');
      for (const [address] of text.matchAll(/https:\/\/org\.github\.io[^\s"'<>()\\]*/g)) {
        checked++;
        if (!servedFile(new URL(address).pathname)) broken.push(`${file}: ${address}`);
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });

  it('links the English feed to the English pages', () => {
    const feed = readFileSync(join(out, 'en/rss.xml'), 'utf8');
    const links = [...feed.matchAll(/<link>([^<]+)<\/link>/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(1);
    for (const link of links.slice(1)) expect(link).toMatch(/^https:\/\/org\.github\.io\/carnet\/en\//);
  });

  it('loads Pagefind from under the base, in the browser code', () => {
    const scripts = files('.js').filter((file) => file.startsWith('_astro/'));
    const code = scripts.map((file) => readFileSync(join(out, file), 'utf8')).join('\n');
    expect(code).toMatch(/["'`]\/carnet\//);
  });

  it('searches in a browser from both interfaces, served under /carnet/, each result linking to the reader’s language', async () => {
    // The build served at /carnet/, as a project site is, and searched from each interface.
    const root = mkdtempSync(join(tmpdir(), 'carnet-subpath-'));
    symlinkSync(out, join(root, 'carnet'));
    const server = await serveStatic(root);
    const { chromium } = createRequire(import.meta.url)('playwright-core') as typeof import('playwright-core');
    // Debian's Chromium, off the network, as the end-to-end tests run it (playwright.config.ts).
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu'],
    });
    try {
      const results = async (path: string) => {
        const page = await browser.newPage();
        await page.goto(`${server.url}${path}`);
        await page.waitForFunction(
          () => document.querySelector<HTMLElement>('search-page')?.dataset.rendered === new URLSearchParams(location.search).toString(),
        );
        const found = await page.locator('search-page ol > li h3 a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
        await page.close();
        return found;
      };
      // An English note, found from the French interface and from the English one.
      const french = await results('/carnet/search/?q=given');
      expect(french, JSON.stringify(french)).toContain('/carnet/fixture-meetup-2024/talk-in-english/');
      const english = await results('/carnet/en/search/?q=given');
      expect(english).toContain('/carnet/en/fixture-meetup-2024/talk-in-english/');
      expect(english.every((path) => path.startsWith('/carnet/en/'))).toBe(true);
      for (const path of english) expect(servedFile(path), path).toBeDefined();
    } finally {
      await browser.close();
      await server.close();
      rmSync(root, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('a third interface language: one dictionary file and one entry in content/site.yaml', () => {
  const html = (file: string) => parse(readFileSync(join(out, file), 'utf8'));

  it('has every page kind under /de/, in German where the dictionary says so', () => {
    for (const file of [
      'index.html',
      'events/index.html',
      'speakers/index.html',
      'topics/index.html',
      'tools/index.html',
      'replays/index.html',
      'search/index.html',
      '404/index.html',
    ]) {
      expect(existsSync(join(out, 'de', file)), file).toBe(true);
    }
    const home = html('de/index.html');
    expect(home.querySelector('html')!.getAttribute('lang')).toBe('de');
    expect(home.querySelector('.brand')!.getAttribute('aria-label')).toContain('startseite');
    expect(home.querySelector('main')!.structuredText).toMatch(/\d+ Notiz(en)?\b/);
    const sessions = files('.html').filter((file) => /^de\/fixture-days-2025\/[^/]+\/index\.html$/.test(file));
    expect(sessions.length).toBeGreaterThan(10);
  });

  it('links each page to its versions in the three languages, and the header switches to the two others', () => {
    const page = html('de/speakers/index.html');
    const alternates = page.querySelectorAll('link[rel="alternate"][hreflang]').map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')]);
    expect(alternates).toEqual([
      ['fr', `${ADDRESS}speakers/`],
      ['en', `${ADDRESS}en/speakers/`],
      ['de', `${ADDRESS}de/speakers/`],
      ['x-default', `${ADDRESS}speakers/`],
    ]);
    expect(page.querySelectorAll('header .languages a').map((link) => link.getAttribute('href'))).toEqual(['/carnet/speakers/', '/carnet/en/speakers/']);
    expect(readFileSync(join(out, 'sitemap-0.xml'), 'utf8')).toContain(`hreflang="de" href="${ADDRESS}de/speakers/"`);
  });
});
