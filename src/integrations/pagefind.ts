import type { AstroIntegration } from 'astro';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { straightenApostrophes } from '../lib/search-text.ts';

/** The language every page is indexed under (see `writeSearchIndex`). */
export const SEARCH_LANGUAGE = 'fr';

/**
 * Pagefind's prebuilt interfaces. Carnet has its own search page on the JS API, so these
 * ~430 KB are left out of dist/.
 */
const UNUSED_BUNDLE_FILE = /^pagefind-(?:component-ui|modular-ui|ui)\.(?:js|css)$|^pagefind-highlight\.js$/;

export interface SearchIndexReport {
  pages: number;
  files: number;
  bytes: number;
}

/** Every HTML file under `dir`, except in an old search bundle. */
async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => !relative(dir, file).startsWith(`pagefind${sep}`))
    .sort();
}

/**
 * Indexes the HTML files of `siteDir` and writes the bundle to `<siteDir>/pagefind/`.
 *
 * Pagefind would build one index per `<html lang>`, and a reader would then only search
 * pages in the language of the page they search from. Forcing one language keeps French
 * and English notes in a single index, found whatever the interface language. Pages go in
 * with straight apostrophes, so French elisions split (see src/lib/search-text.ts).
 * Shared by the build integration and the benchmark, so both measure the same index.
 */
export async function writeSearchIndex(siteDir: string): Promise<SearchIndexReport> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: SEARCH_LANGUAGE });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const pages = await htmlFiles(siteDir);
    // A few files in flight at once keep Pagefind busy without holding the whole site in memory.
    for (let start = 0; start < pages.length; start += 16) {
      await Promise.all(
        pages.slice(start, start + 16).map(async (file) => {
          const path = relative(siteDir, file).split(sep).join('/');
          const url = `/${path}`.replace(/(^|\/)index\.html$/, '$1');
          const added = await index.addHTMLFile({ url, content: straightenApostrophes(await readFile(file, 'utf8')) });
          if (added.errors.length > 0) throw new Error(`Pagefind could not index ${path}: ${added.errors.join('; ')}`);
        }),
      );
    }
    const { files, errors: fileErrors } = await index.getFiles();
    if (fileErrors.length > 0) throw new Error(`Pagefind could not build the index: ${fileErrors.join('; ')}`);
    const outDir = join(siteDir, 'pagefind');
    // A stale bundle from an earlier build would mix old chunks with new ones.
    await rm(outDir, { recursive: true, force: true });
    let bytes = 0;
    let written = 0;
    for (const file of files) {
      if (UNUSED_BUNDLE_FILE.test(file.path)) continue;
      const target = join(outDir, file.path);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, file.content);
      bytes += file.content.byteLength;
      written++;
    }
    // Pages without data-pagefind-body are skipped: the entry file counts those indexed.
    const entry = files.find((file) => file.path === 'pagefind-entry.json');
    const languages: Record<string, { page_count: number }> = entry ? JSON.parse(new TextDecoder().decode(entry.content)).languages : {};
    const indexed = Object.values(languages).reduce((sum, language) => sum + language.page_count, 0);
    return { pages: indexed, files: written, bytes };
  } finally {
    await index.deleteIndex();
    await pagefind.close();
  }
}

/**
 * Builds the search index at the end of `astro build`, into dist/ only: the index is a
 * build output and never lives in the source tree. In dev there is no index, and the
 * search page says so.
 */
export default function searchIndex(): AstroIntegration {
  return {
    name: 'carnet:search-index',
    hooks: {
      'astro:server:start': ({ logger }) => {
        logger.info('Search works on a built site only: run `npm run build` then `npm run preview` to try it.');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const report = await writeSearchIndex(fileURLToPath(dir));
        if (report.pages === 0) {
          throw new Error('The search index is empty: no page in dist/ carries data-pagefind-body (session, speaker and topic pages should).');
        }
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`Indexed ${report.pages} pages for search (${Math.round(report.bytes / 1024)} KB in dist/pagefind/, ${seconds} s).`);
      },
    },
  };
}
