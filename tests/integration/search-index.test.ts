import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration, AstroPrerenderer, RouteData } from 'astro';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processParents } from '../../scripts/lib/processes.ts';
import searchIndex, { SEARCH_LANGUAGE, SearchIndex, writeSearchIndex, type SearchIndexReport } from '../../src/build/search.ts';

// Indexes the fixture pages (an English note, a French note, a page without data-pagefind-body)
// the way the build does: from a built dist/, and as Astro renders them.
const fixtures = join(import.meta.dirname, '../fixtures/search');
const PAGES = ['about/index.html', 'en-note/index.html', 'fr-note/index.html'];
const temporary: string[] = [];

function siteCopy(): string {
  const site = mkdtempSync(join(tmpdir(), 'carnet-search-index-'));
  temporary.push(site);
  cpSync(fixtures, site, { recursive: true });
  return site;
}

/** Every file of a bundle, by path. */
function bundleFiles(site: string): string[] {
  return readdirSync(join(site, 'pagefind'), { recursive: true, encoding: 'utf8' }).sort();
}

afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

describe('writeSearchIndex', () => {
  let site: string;
  let report: SearchIndexReport;

  beforeAll(async () => {
    site = siteCopy();
    // Leftovers from an earlier build, and from one stopped while writing the bundle.
    mkdirSync(join(site, 'pagefind'));
    writeFileSync(join(site, 'pagefind', 'stale.pf_index'), 'old');
    mkdirSync(join(site, '.pagefind-partial'));
    writeFileSync(join(site, '.pagefind-partial', 'half.html'), '<html lang="fr"><body data-pagefind-body>moitié</body></html>');
    report = await writeSearchIndex(site);
  }, 30_000);

  it('puts English and French pages in one index, whatever their <html lang>', () => {
    const entry = JSON.parse(readFileSync(join(site, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages)).toEqual([SEARCH_LANGUAGE]);
    expect(entry.languages[SEARCH_LANGUAGE].page_count).toBe(2);
  });

  it('indexes only pages marked with data-pagefind-body and reports them', () => {
    expect(report.pages).toBe(2);
    expect(report.readFromDisk).toBe(3);
    expect(readdirSync(join(site, 'pagefind', 'fragment'))).toHaveLength(2);
  });

  it('writes the search API and leaves out Pagefind’s prebuilt interfaces and stale files', () => {
    const files = readdirSync(join(site, 'pagefind'));
    expect(files).toContain('pagefind.js');
    expect(files.some((file) => file.startsWith('wasm.'))).toBe(true);
    expect(files.filter((file) => /ui\.(js|css)$|highlight/.test(file))).toEqual([]);
    expect(existsSync(join(site, 'pagefind', 'stale.pf_index'))).toBe(false);
    expect(existsSync(join(site, '.pagefind-partial'))).toBe(false);
  });
});

/** The Pagefind service processes this test process started (from the index's thread). */
const pagefindProcesses = () =>
  [...processParents()]
    .filter(([pid, parent]) => {
      try {
        return parent === process.pid && readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('pagefind');
      } catch {
        return false;
      }
    })
    .map(([pid]) => pid);

/** Waits until `done` holds, for up to 5 s. */
async function waitFor(done: () => boolean): Promise<void> {
  for (let waited = 0; !done() && waited < 5000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
}

/** A route as Astro gives it to the prerenderer; the integration reads only its type. */
const route = (type: RouteData['type']) => ({ type }) as RouteData;

/**
 * Runs the integration's build hooks around a stand-in for Astro's prerenderer, which
 * renders `rendered` (files of the site copy, by path) as pages, and one endpoint.
 */
async function buildWithIntegration(site: string, rendered: string[], extra: Record<string, string> = {}, afterTeardown?: () => Promise<void>) {
  const integration: AstroIntegration = searchIndex();
  const hooks = integration.hooks as Required<AstroIntegration['hooks']>;
  const logged: string[] = [];
  const logger = { info: (message: string) => logged.push(message) };
  await hooks['astro:config:done']({ config: { build: { format: 'directory' }, base: '/', outDir: pathToFileURL(`${site}/`) } } as never);
  let factory: ((astro: AstroPrerenderer) => AstroPrerenderer) | undefined;
  await hooks['astro:build:start']({ logger, setPrerenderer: (given: unknown) => (factory = given as typeof factory) } as never);
  const astro: AstroPrerenderer = {
    name: 'astro:default',
    getStaticPaths: async () => [],
    render: async (request) => {
      const path = new URL(request.url).pathname;
      if (path.endsWith('.json')) return new Response('{"sessions":[]}', { headers: { 'content-type': 'application/json' } });
      const file = path === '/' ? 'index.html' : `${path.slice(1)}index.html`;
      const html = extra[path] ?? readFileSync(join(site, file), 'utf8');
      return new Response(html, { headers: { 'content-type': 'text/html' } });
    },
  };
  expect(factory, 'the integration wraps the prerenderer').toBeDefined();
  const prerenderer = factory!(astro);
  await prerenderer.setup!();
  const origin = 'https://carnet.example';
  for (const file of rendered) {
    const response = await prerenderer.render(new Request(`${origin}/${file.replace(/index\.html$/, '')}`), { routeData: route('page') });
    // The page Astro writes is the one it rendered, untouched.
    expect(await (response as Response).text()).toBe(readFileSync(join(site, file), 'utf8'));
  }
  for (const path of Object.keys(extra)) await prerenderer.render(new Request(`${origin}${path}`), { routeData: route('page') });
  await prerenderer.render(new Request(`${origin}/api/sessions.json`), { routeData: route('endpoint') });
  await prerenderer.teardown?.();
  await afterTeardown?.();
  await hooks['astro:build:done']({ dir: pathToFileURL(`${site}/`), logger, pages: [], assets: new Map() } as never);
  return logged;
}

describe('indexing pages as Astro renders them', () => {
  it('builds the index writeSearchIndex builds from the same dist/, reading no file back', async () => {
    const streamed = siteCopy();
    const logged = await buildWithIntegration(streamed, PAGES);
    expect(logged.join('\n')).toMatch(/Indexed 2 pages for search .*3 HTML pages given while rendering, 0 read from dist\//);
    const fromDisk = siteCopy();
    await writeSearchIndex(fromDisk);
    // Same pages in the same order: the same bundle, file for file.
    expect(bundleFiles(streamed)).toEqual(bundleFiles(fromDisk));
    expect(bundleFiles(streamed).filter((file) => file.startsWith('fragment/'))).toHaveLength(2);
  }, 30_000);

  it('reads back from dist/ the HTML files that no page rendered', async () => {
    const site = siteCopy();
    const logged = await buildWithIntegration(site, ['en-note/index.html']);
    expect(logged.join('\n')).toMatch(/Indexed 2 pages for search .*1 HTML pages given while rendering, 2 read from dist\//);
  }, 30_000);

  it('writes the bundle aside once the last page is written, and puts it in place when the build is done', async () => {
    const site = siteCopy();
    mkdirSync(join(site, 'pagefind'));
    writeFileSync(join(site, 'pagefind', 'stale.pf_index'), 'old');
    // Astro's page chunks, which it removes after the last page: no page of the site.
    mkdirSync(join(site, '.prerender'));
    writeFileSync(join(site, '.prerender', 'chunk.html'), '<html lang="fr"><body data-pagefind-body>interne</body></html>');
    const logged = await buildWithIntegration(site, PAGES, {}, async () => {
      // Astro is still finishing (images, other hooks): the bundle is being written aside, the old one still served.
      await waitFor(() => existsSync(join(site, '.pagefind-partial', 'pagefind-entry.json')));
      expect(existsSync(join(site, '.pagefind-partial', 'pagefind-entry.json'))).toBe(true);
      expect(readFileSync(join(site, 'pagefind', 'stale.pf_index'), 'utf8')).toBe('old');
    });
    expect(logged.join('\n')).toMatch(/Indexed 2 pages for search .*0 read from dist\//);
    expect(bundleFiles(site)).toContain('pagefind-entry.json');
    expect(bundleFiles(site)).not.toContain('stale.pf_index');
    expect(existsSync(join(site, '.pagefind-partial'))).toBe(false);
  }, 30_000);

  it('indexes an HTML file written into dist/ after the last page, by a later build hook', async () => {
    const site = siteCopy();
    const logged = await buildWithIntegration(site, PAGES, {}, async () => {
      await waitFor(() => existsSync(join(site, '.pagefind-partial', 'pagefind-entry.json')));
      mkdirSync(join(site, 'late'));
      writeFileSync(join(site, 'late', 'index.html'), '<html lang="fr"><body data-pagefind-body><h1>Arrivée tardive</h1></body></html>');
    });
    expect(logged.join('\n')).toMatch(/Indexed 3 pages for search .*3 HTML pages given while rendering, 1 read from dist\//);
    expect(bundleFiles(site).filter((file) => file.startsWith('fragment/'))).toHaveLength(3);
  }, 30_000);

  it('fails the build naming a page it indexed that has no file in dist/', async () => {
    const site = siteCopy();
    const ghost = '<html lang="fr"><body data-pagefind-body><h1>Fantôme</h1></body></html>';
    await expect(buildWithIntegration(site, PAGES, { '/fantome/': ghost })).rejects.toThrow(
      /1 page\(s\) indexed for search have no HTML file in .*: \/fantome\//,
    );
  }, 30_000);
});

describe('Pagefind during a build', () => {
  it('starts with the build, before any page, and indexes dist/ even if no page came through the prerenderer', async () => {
    const site = siteCopy();
    const hooks = searchIndex().hooks as Required<AstroIntegration['hooks']>;
    const logged: string[] = [];
    const logger = { info: (message: string) => logged.push(message) };
    await hooks['astro:config:done']({ config: { build: { format: 'directory' }, base: '/', outDir: pathToFileURL(`${site}/`) } } as never);
    await hooks['astro:build:start']({ logger, setPrerenderer: () => undefined } as never);
    // Started while Vite bundles the pages, so that the first page rendered does not wait for it.
    await waitFor(() => pagefindProcesses().length > 0);
    expect(pagefindProcesses()).toHaveLength(1);
    await hooks['astro:build:done']({ dir: pathToFileURL(`${site}/`), logger, pages: [], assets: new Map() } as never);
    expect(logged.join('\n')).toMatch(/Indexed 2 pages for search .*0 HTML pages given while rendering, 3 read from dist\//);
    // The index opened with the build is the one closed: nothing keeps the build's process alive.
    await waitFor(() => pagefindProcesses().length === 0);
    expect(pagefindProcesses()).toEqual([]);
  }, 30_000);
});

describe('SearchIndex', () => {
  it('fails naming the page Pagefind could not index', async () => {
    const index = await SearchIndex.open();
    // Pagefind's service dies (and is gone, not only signalled): what comes next cannot be indexed.
    for (const pid of pagefindProcesses()) process.kill(pid);
    await waitFor(() => pagefindProcesses().length === 0);
    await index.add('/kcd-france-2023/une-note/', readFileSync(join(fixtures, 'fr-note/index.html'), 'utf8'));
    await expect(index.writeAside(siteCopy())).rejects.toThrow(/could not index 1 page\(s\):\n {2}\/kcd-france-2023\/une-note\/: /);
    await index.close();
  }, 30_000);
});
