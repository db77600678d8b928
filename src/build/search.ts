import type { AstroIntegration, AstroPrerenderer } from 'astro';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtFileOfPage, isIndexedPage, pageUrlOfFile } from '../lib/search/pages.ts';
import { SITE } from '../site.ts';
import { PagefindThread } from './search-thread.ts';

/** The language every page is indexed under (see `SearchIndex`). */
export const SEARCH_LANGUAGE = 'fr';

/** The interface languages whose pages are not indexed: all but the default one (see `isIndexedPage`). */
const UNINDEXED_LANGUAGES = SITE.languages.filter((language) => language !== SITE.defaultLanguage);

/**
 * Pagefind's prebuilt interfaces. Carnet has its own search page on the JS API, so these
 * ~430 KB are left out of dist/.
 */
const UNUSED_BUNDLE_FILE = /^pagefind-(?:component-ui|modular-ui|ui)\.(?:js|css)$|^pagefind-highlight\.js$/;

/** Pages handed to Pagefind and not yet indexed: enough to keep it busy, few enough to bound the memory they hold. */
const IN_FLIGHT = 16;

/** The bundle is written here, then takes the place of pagefind/ whole. */
const PARTIAL_BUNDLE = '.pagefind-partial';

export interface SearchIndexReport {
  /** Pages in the index (those carrying data-pagefind-body). */
  pages: number;
  /** Files written to `<siteDir>/pagefind/`. */
  files: number;
  /** Their size, in bytes. */
  bytes: number;
  /** HTML files read back from the site folder rather than given as Astro rendered them. */
  readFromDisk: number;
}

/**
 * Top folders of a site folder that hold no page: the search bundle, old or partial, and the
 * chunks Astro renders pages with, which it is removing when the bundle is prepared.
 */
const NOT_PAGES = new Set(['pagefind', PARTIAL_BUNDLE, '.prerender']);

/** Every HTML file under `dir`, except in the folders of NOT_PAGES. */
async function htmlFiles(dir: string): Promise<string[]> {
  const top = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    top
      .filter((entry) => entry.isDirectory() && !NOT_PAGES.has(entry.name))
      .map((entry) => readdir(join(dir, entry.name), { withFileTypes: true, recursive: true })),
  );
  return [...top, ...nested.flat()]
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/**
 * One Pagefind index, filled page by page, then written as a bundle.
 *
 * Pagefind would build one index per `<html lang>`, and a reader would then only search
 * pages in the language of the page they search from. Forcing one language keeps French
 * and English notes in a single index, found whatever the interface language. Pages go in
 * with straight apostrophes, so French elisions split (see src/lib/search/text.ts). Pagefind is
 * driven from a thread of its own (PagefindThread), off the thread that renders pages.
 */
export class SearchIndex {
  readonly #index: PagefindThread;
  readonly #urls = new Set<string>();
  readonly #pending = new Set<Promise<void>>();
  readonly #failures: string[] = [];

  private constructor(index: PagefindThread) {
    this.#index = index;
  }

  /** Starts Pagefind's service (a separate process) with an empty index. */
  static async open(): Promise<SearchIndex> {
    const thread = new PagefindThread();
    const { created, errors } = await thread.call({ kind: 'create', forceLanguage: SEARCH_LANGUAGE });
    if (!created) {
      await thread.close();
      throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    }
    return new SearchIndex(thread);
  }

  /** How many pages were given so far. */
  get size(): number {
    return this.#urls.size;
  }

  /**
   * Gives a page to Pagefind, which indexes it in its own process while this one goes on.
   * Resolves once fewer than IN_FLIGHT pages wait there, not when this one is indexed: a page
   * Pagefind refuses is reported, by its URL, by `write`.
   */
  async add(url: string, html: string): Promise<void> {
    this.#urls.add(url);
    const indexed = this.#index.call({ kind: 'add', url, html }).then(
      ({ errors }) => {
        if (errors.length > 0) this.#failures.push(`${url}: ${errors.join('; ')}`);
      },
      (error: unknown) => {
        this.#failures.push(`${url}: ${error instanceof Error ? error.message : String(error)}`);
      },
    );
    const settled: Promise<void> = indexed.finally(() => this.#pending.delete(settled));
    this.#pending.add(settled);
    while (this.#pending.size >= IN_FLIGHT) await Promise.race(this.#pending);
  }

  /**
   * Adds the HTML files of `siteDir` not given yet: all of them for a site built earlier;
   * during a build, those Astro did not render as pages (copies of public/, redirects), if
   * any. A page given but not written there would be a result linking nowhere: refused.
   * Returns how many files were read.
   */
  async addBuiltFiles(siteDir: string): Promise<number> {
    const onDisk = new Set<string>();
    let read = 0;
    for (const file of await htmlFiles(siteDir)) {
      const url = pageUrlOfFile(relative(siteDir, file).split(sep).join('/'));
      if (!isIndexedPage(url, UNINDEXED_LANGUAGES)) continue;
      onDisk.add(url);
      if (this.#urls.has(url)) continue;
      await this.add(url, await readFile(file, 'utf8'));
      read++;
    }
    const missing = [...this.#urls].filter((url) => !onDisk.has(url));
    if (missing.length > 0) {
      throw new Error(`${missing.length} page(s) indexed for search have no HTML file in ${siteDir}: ${missing.slice(0, 10).join(', ')}`);
    }
    return read;
  }

  /**
   * Waits for Pagefind to index every page given, then writes the bundle, less the prebuilt
   * interfaces, aside in `<siteDir>/.pagefind-partial/`, for `publish` to put in place.
   */
  async writeAside(siteDir: string): Promise<Omit<SearchIndexReport, 'readFromDisk'>> {
    await Promise.all(this.#pending);
    if (this.#failures.length > 0) {
      throw new Error(`Pagefind could not index ${this.#failures.length} page(s):\n  ${this.#failures.slice(0, 10).join('\n  ')}`);
    }
    const { files, errors } = await this.#index.call({ kind: 'files' });
    if (errors.length > 0) throw new Error(`Pagefind could not build the index: ${errors.join('; ')}`);
    const partial = join(siteDir, PARTIAL_BUNDLE);
    await rm(partial, { recursive: true, force: true });
    const bundle = files.filter((file) => !UNUSED_BUNDLE_FILE.test(file.path));
    // A handful of folders, then every file at once: the bundle is already in memory.
    for (const folder of new Set(bundle.map((file) => dirname(join(partial, file.path))))) await mkdir(folder, { recursive: true });
    await Promise.all(bundle.map((file) => writeFile(join(partial, file.path), file.content)));
    const bytes = bundle.reduce((sum, file) => sum + file.content.byteLength, 0);
    // Pages without data-pagefind-body are skipped: the entry file counts those indexed.
    const entry = files.find((file) => file.path === 'pagefind-entry.json');
    const languages: Record<string, { page_count: number }> = entry ? JSON.parse(new TextDecoder().decode(entry.content)).languages : {};
    const indexed = Object.values(languages).reduce((sum, language) => sum + language.page_count, 0);
    return { pages: indexed, files: bundle.length, bytes };
  }

  /**
   * Puts the bundle written aside in place of `<siteDir>/pagefind/`. A stale bundle from an
   * earlier build would mix old chunks with new ones, and a build stopped while writing must
   * not leave half a bundle: the new one replaces it complete.
   */
  async publish(siteDir: string): Promise<void> {
    const outDir = join(siteDir, 'pagefind');
    await rm(outDir, { recursive: true, force: true });
    await rename(join(siteDir, PARTIAL_BUNDLE), outDir);
  }

  /** Frees the index and stops Pagefind's service. */
  async close(): Promise<void> {
    await this.#index.close();
  }
}

/** A bundle written aside while Astro finishes the build (see `searchIndex`). */
interface PreparedBundle {
  index: SearchIndex;
  siteDir: string;
  /** Pages given while Astro rendered them, before any was read back from `siteDir`. */
  given: number;
  /** When the last page was rendered (performance.now()). */
  started: number;
  written: Promise<SearchIndexReport>;
}

/** Completes `index` with the HTML files of `siteDir` it lacks, and writes its bundle aside. */
function prepareBundle(index: SearchIndex, siteDir: string): PreparedBundle {
  const given = index.size;
  const started = performance.now();
  const written = (async () => {
    const readFromDisk = await index.addBuiltFiles(siteDir);
    return { ...(await index.writeAside(siteDir)), readFromDisk };
  })();
  // Awaited by `publishBundle`; a failure must not surface earlier, unhandled.
  written.catch(() => undefined);
  return { index, siteDir, given, started, written };
}

/**
 * Puts a prepared bundle in place, and closes its index. HTML files that appeared in `siteDir`
 * since it was prepared (written by a later build hook) are indexed and the bundle written again.
 */
async function publishBundle({ index, siteDir, written }: PreparedBundle): Promise<SearchIndexReport> {
  try {
    let report = await written;
    const late = await index.addBuiltFiles(siteDir);
    if (late > 0) report = { ...(await index.writeAside(siteDir)), readFromDisk: report.readFromDisk + late };
    await index.publish(siteDir);
    return report;
  } finally {
    await index.close();
  }
}

/**
 * Indexes the HTML files of a built site and writes the bundle to `<siteDir>/pagefind/`.
 * The build gives its pages as it renders them instead (see `searchIndex`), then goes through
 * the same steps; the benchmark and tests use this one on a dist/ already built.
 */
export async function writeSearchIndex(siteDir: string): Promise<SearchIndexReport> {
  return publishBundle(prepareBundle(await SearchIndex.open(), siteDir));
}

/**
 * Builds the search index during `astro build`, into dist/ only: the index is a build output
 * and never lives in the source tree. In dev there is no index, and the search page says so.
 *
 * Astro renders pages on one core; Pagefind indexes in a process of its own. Each page goes
 * to Pagefind as soon as Astro has rendered it, so the indexing runs on the other core while
 * the next pages render. Once the last page is written (the prerenderer's `teardown`), the
 * bundle is built and written aside while Astro finishes the build, and `astro:build:done`
 * puts it in place.
 * The pages are taken from the prerenderer (the `setPrerenderer` option of
 * `astro:build:start`), wrapped around Astro's own: its `render` returns the very Response
 * whose body Astro writes to dist/ (after middleware and every other step), with the route
 * telling pages from endpoints (.json, .xml, .ics, .png, RSS), in the process this
 * integration runs in. A middleware would see the page before Astro's last steps, run in
 * `astro dev` too, live in the server bundle (sharing the index through a global), and have
 * to guess endpoints from their content type.
 *
 * Whatever did not come through the prerenderer (HTML copied from public/, or every page if
 * an adapter replaces the prerenderer) is read back from dist/, so the index always
 * holds exactly the HTML files of dist/, as `writeSearchIndex` would build it. Pagefind
 * numbers pages in the order they come, so the names of its word and filter chunks follow the
 * order Astro finished pages in (two at a time), not the order of file names.
 */
export default function searchIndex(): AstroIntegration {
  /** Whether a rendered page's file in dist/ follows from its URL (`builtFileOfPage`) and no adapter brings its own prerenderer. */
  let canFollowRendering = false;
  /**
   * The index pages go to while Astro renders them. Pagefind starts with the build (a thread
   * and a process to start, about 0.2 s) while Vite bundles the pages, so that the first page
   * rendered does not wait for it.
   */
  let opening: Promise<SearchIndex> | undefined;
  let rendering: SearchIndex | undefined;
  /** Where Astro writes the site; the bundle is prepared there as soon as the last page is written. */
  let outDir = '';
  let prepared: PreparedBundle | undefined;

  const followRendering = (astro: AstroPrerenderer): AstroPrerenderer => ({
    ...astro,
    name: 'carnet:search-index',
    async setup() {
      await astro.setup?.();
      rendering = await (opening ?? SearchIndex.open());
    },
    async render(request, options) {
      const result = await astro.render(request, options);
      const response = result instanceof Response ? result : result.response;
      // Astro writes a redirect page of its own for a 3xx, and no file for an empty body.
      const written = response.body !== null && !(response.status >= 300 && response.status < 400);
      const url = pageUrlOfFile(builtFileOfPage(new URL(request.url).pathname));
      if (rendering && options.routeData.type === 'page' && written && isIndexedPage(url, UNINDEXED_LANGUAGES)) {
        const html = Buffer.from(await response.clone().arrayBuffer()).toString('utf8');
        await rendering.add(url, html);
      }
      return result;
    },
    async teardown() {
      await astro.teardown?.();
      // Every page is rendered and written: the bundle is built and written aside while Astro
      // finishes the build (optimised images, the other integrations' hooks), and put in place
      // by astro:build:done. A build that failed leaves at most .pagefind-partial/ behind.
      if (rendering) prepared = prepareBundle(rendering, outDir);
      rendering = undefined;
    },
  });

  return {
    name: 'carnet:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        canFollowRendering = config.build.format === 'directory' && config.base === '/' && !config.adapter;
        outDir = fileURLToPath(config.outDir);
      },
      'astro:server:start': ({ logger }) => {
        logger.info('Search works on a built site only: run `npm run build` then `npm run preview` to try it.');
      },
      'astro:build:start': async ({ setPrerenderer }) => {
        // Left open by a build that failed in this process.
        await prepared?.written.catch(() => undefined);
        const left = prepared?.index ?? rendering ?? (await opening?.catch(() => undefined));
        await left?.close();
        prepared = undefined;
        rendering = undefined;
        opening = undefined;
        if (!canFollowRendering) return;
        opening = SearchIndex.open();
        // Awaited by the prerenderer's setup; a failure must not surface earlier, unhandled.
        opening.catch(() => undefined);
        setPrerenderer(followRendering);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        // The index opened with the build, even if Astro rendered no page through the prerenderer.
        let bundle = prepared;
        if (bundle && bundle.siteDir !== siteDir) {
          // Prepared where the config said the site goes, not where Astro built it: again, here.
          await bundle.written.catch(() => undefined);
          bundle = prepareBundle(bundle.index, siteDir);
        }
        bundle ??= prepareBundle(rendering ?? (await (opening ?? SearchIndex.open())), siteDir);
        prepared = undefined;
        rendering = undefined;
        opening = undefined;
        const { given, started } = bundle;
        const report = await publishBundle(bundle);
        if (report.pages === 0) {
          throw new Error('The search index is empty: no page in dist/ carries data-pagefind-body (session, speaker and topic pages should).');
        }
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(
          `Indexed ${report.pages} pages for search (${Math.round(report.bytes / 1024)} KB in dist/pagefind/; ` +
            `${given} HTML pages given while rendering, ${report.readFromDisk} read from dist/; ${seconds} s after rendering).`,
        );
      },
    },
  };
}
