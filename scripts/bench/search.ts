// `npm run bench:search [sizes…]` (default 100 1000 5000): how search scales with the number
// of notes. For each size it generates a corpus of pages shaped like Carnet's in a temporary
// folder (never content/), indexes it as the build does, serves it with the real search page
// from dist/ (gzip on, as static hosts do), and measures in headless Chromium:
//   - the index size on disk;
//   - the bytes a browser downloads from opening /search/ to the first results;
//   - the time from the last keystroke to the results painted, once the index is loaded.
// The smallest corpus is the baseline the others are compared with. Results go to
// BENCHMARKS.md, between the search markers. Not a test: timings depend on the machine.
import { chromium, type Page } from '@playwright/test';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM } from '../../playwright.config.ts';
import { writeSearchIndex } from '../../src/build/search.ts';
import { formatSearch, EMPTY_SEARCH } from '../../src/lib/search/url.ts';
import { readBenchmarks, replaceSection } from './measure.ts';
import { readSource, writeCorpus } from './search-corpus.ts';
import { serveStatic } from '../lib/static-server.ts';

const root = join(import.meta.dirname, '../..');
const dist = join(root, 'dist');
const ROUNDS = 3;
/** The aims the issue sets, checked on the 1,000-note corpus. */
const AIM = { notes: 1000, firstQueryBytes: 150 * 1024, keystrokeMs: 100 };

interface Bytes {
  /** As sent, gzip where the host compresses. */
  wire: number;
  /** The same files uncompressed on disk. */
  raw: number;
}

interface Run {
  notes: number;
  pages: number;
  indexSeconds: number;
  indexBytes: number;
  runtimeBytes: number;
  indexFiles: number;
  /** Opening /search/ with no query: runtime, metadata, filter counts. */
  open: Bytes;
  /** Opening /search/?q=… up to its results. */
  fromLink: Bytes;
  /** Opening /search/ and typing the query key by key, up to its results. */
  typed: Bytes;
  /** Keystroke to results, the first time each query is typed (its index chunks may be fetched). */
  cold: number[];
  /** Keystroke to results once the index is loaded. */
  warm: number[];
  /** The same with an event filter ticked. */
  filtered: number[];
}

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => Number.isInteger(n) && n > 0);
if (sizes.length === 0) sizes.push(100, 1000, 5000);
sizes.sort((a, b) => a - b);
if (!existsSync(join(dist, 'search', 'index.html'))) {
  console.error('dist/search/index.html is missing: run `npm run build` first (npm run bench:search does).');
  process.exit(1);
}

const source = readSource(root);
let chromiumVersion = 'Chromium';
const runs: Run[] = [];
for (const notes of sizes) runs.push(await measure(notes));
writeReport(runs);

async function measure(notes: number): Promise<Run> {
  const dir = mkdtempSync(join(tmpdir(), `carnet-bench-search-${notes}-`));
  try {
    const corpus = writeCorpus(dir, notes, source);
    const started = performance.now();
    const report = await writeSearchIndex(dir);
    const indexSeconds = (performance.now() - started) / 1000;
    const bundle = filesUnder(join(dir, 'pagefind'));
    const isRuntime = (path: string) => /(^|\/)(pagefind\.js|pagefind-worker\.js|wasm\.[^/]+)$/.test(path);
    const runtimeBytes = bundle.filter((f) => isRuntime(f.path)).reduce((sum, f) => sum + f.bytes, 0);
    const indexBytes = bundle.filter((f) => !isRuntime(f.path)).reduce((sum, f) => sum + f.bytes, 0);

    // The real search page and its assets, against the generated index.
    cpSync(join(dist, 'search'), join(dir, 'search'), { recursive: true });
    cpSync(join(dist, '_astro'), join(dir, '_astro'), { recursive: true });

    const sent: { path: string; bytes: number }[] = [];
    const server = await serveStatic(dir, { gzip: true, onSent: (path, bytes) => sent.push({ path, bytes }) });
    const browser = await chromium.launch(CHROMIUM);
    chromiumVersion = `Chromium ${browser.version()}`;
    /** What went out under /pagefind/ since `from`, on the wire and uncompressed. */
    const downloaded = (from: number) => {
      const files = sent.slice(from).filter((s) => s.path.startsWith('/pagefind/'));
      if (process.env.BENCH_VERBOSE) for (const s of files) console.log(`  ${s.path} ${kb(s.bytes)}`);
      return { wire: sum(files), raw: files.reduce((total, s) => total + statSync(join(dir, s.path)).size, 0) };
    };
    const [first] = corpus.queries;
    try {
      // A first query from a link or the header box of another page: /search/?q=… in a fresh browser.
      let mark = sent.length;
      let page = await (await browser.newContext()).newPage();
      await page.goto(`${server.url}/search/?${formatSearch({ ...EMPTY_SEARCH, query: first! })}`);
      await rendered(page, formatSearch({ ...EMPTY_SEARCH, query: first! }));
      const fromLink = downloaded(mark);
      await page.context().close();

      // The same query typed key by key on the search page, in another fresh browser.
      mark = sent.length;
      page = await (await browser.newContext()).newPage();
      await page.goto(`${server.url}/search/`);
      await rendered(page, formatSearch(EMPTY_SEARCH));
      const open = downloaded(mark);
      await instrument(page);
      await typeQuery(page, first!);
      const typed = downloaded(mark);

      // Then every query, several times: the first time a word may fetch index chunks,
      // afterwards the index is loaded.
      const cold: number[] = [];
      const warm: number[] = [];
      for (let round = 0; round < ROUNDS; round++) for (const query of corpus.queries) (round === 0 ? cold : warm).push(await typeQuery(page, query));

      await page.goto(`${server.url}/search/?${new URLSearchParams({ event: corpus.event })}`);
      await rendered(page, formatSearch({ ...EMPTY_SEARCH, filters: { event: [corpus.event] } }));
      await instrument(page);
      const filtered: number[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        for (const query of corpus.queries) {
          const time = await typeQuery(page, query, { event: [corpus.event] });
          if (round > 0) filtered.push(time);
        }
      }
      const run: Run = {
        notes,
        pages: report.pages,
        indexSeconds,
        indexBytes,
        runtimeBytes,
        indexFiles: bundle.length,
        open,
        fromLink,
        typed,
        cold,
        warm,
        filtered,
      };
      console.log(
        `${notes} notes: ${report.pages} pages indexed in ${indexSeconds.toFixed(1)} s, index ${kb(indexBytes)}, first query ${kb(fromLink.wire)} ` +
          `from a link, ${kb(typed.wire)} typed; keystroke to results ${median(warm).toFixed(0)} ms median, ${percentile(warm, 0.9).toFixed(0)} ms p90`,
      );
      return run;
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Waits until the search page has drawn the given search. */
async function rendered(page: Page, search: string): Promise<void> {
  await page.waitForFunction((expected) => document.querySelector<HTMLElement>('search-page')?.dataset.rendered === expected, search, { timeout: 60_000 });
}

/** Notes the time of each key press and of the first frame painted after each drawn search. */
async function instrument(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { lastKey: number; painted: Record<string, number> };
    w.painted = {};
    document.addEventListener('keydown', () => (w.lastKey = performance.now()), true);
    // Characters off the keyboard layout (é) arrive as text input, without a key press.
    document.addEventListener('beforeinput', () => (w.lastKey = performance.now() - w.lastKey > 50 ? performance.now() : w.lastKey), true);
    document.addEventListener('search-rendered', (event) => {
      const search = (event.target as HTMLElement).dataset.rendered!;
      requestAnimationFrame(() => setTimeout(() => (w.painted[search] = performance.now())));
    });
  });
}

/**
 * Types a query key by key, as a reader does (each key searches), and returns the time from
 * the last key press to the results painted.
 */
async function typeQuery(page: Page, query: string, filters: Record<string, string[]> = {}): Promise<number> {
  const box = page.getByLabel('Mots recherchés');
  await box.fill('');
  await rendered(page, formatSearch({ ...EMPTY_SEARCH, filters }));
  await box.pressSequentially(query.slice(0, -1));
  await rendered(page, formatSearch({ ...EMPTY_SEARCH, query: query.slice(0, -1), filters }));
  const expected = formatSearch({ ...EMPTY_SEARCH, query, filters });
  await page.keyboard.type(query.at(-1)!);
  await page.waitForFunction((search) => (window as unknown as { painted: Record<string, number> }).painted[search] !== undefined, expected);
  return page.evaluate((search) => {
    const w = window as unknown as { lastKey: number; painted: Record<string, number> };
    const time = w.painted[search]! - w.lastKey;
    delete w.painted[search];
    return time;
  }, expected);
}

function filesUnder(dir: string): { path: string; bytes: number }[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const full = join(entry.parentPath, entry.name);
      return { path: full.slice(dir.length + 1), bytes: statSync(full).size };
    });
}

function sum(list: { bytes: number }[]): number {
  return list.reduce((total, item) => total + item.bytes, 0);
}

function median(values: number[]): number {
  return percentile(values, 0.5);
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0)} KB`;
}

function ratio(value: number, base: number): string {
  return `×${(value / base).toFixed(value / base < 10 ? 2 : 1)}`;
}

function writeReport(runs: Run[]): void {
  const base = runs[0]!;
  const times = (values: number[]) => `${median(values).toFixed(0)} / ${percentile(values, 0.9).toFixed(0)} ms`;
  const rows = runs.flatMap((run) => {
    const cells = [
      `${run.notes.toLocaleString('en')} notes (${run.pages.toLocaleString('en')} pages)`,
      `${kb(run.indexBytes)} in ${run.indexFiles.toLocaleString('en')} files`,
      `${run.indexSeconds.toFixed(1)} s`,
      `${kb(run.fromLink.wire)} (${kb(run.fromLink.raw)} raw)`,
      `${kb(run.typed.wire)} (${kb(run.typed.raw)} raw)`,
      times(run.warm),
      times(run.cold),
      times(run.filtered),
    ];
    const ratios =
      run === base
        ? ['baseline', '', '', '', '', '', '', '']
        : [
            '',
            ratio(run.indexBytes, base.indexBytes),
            ratio(run.indexSeconds, base.indexSeconds),
            ratio(run.fromLink.wire, base.fromLink.wire),
            ratio(run.typed.wire, base.typed.wire),
            ratio(median(run.warm), median(base.warm)),
            ratio(median(run.cold), median(base.cold)),
            ratio(median(run.filtered), median(base.filtered)),
          ];
    return [`| ${cells.join(' | ')} |`, `| ${ratios.join(' | ')} |`];
  });
  const aimRun = runs.find((run) => run.notes === AIM.notes);
  const verdict = (ok: boolean) => (ok ? 'met' : '**not met**');
  const aims = aimRun
    ? [
        `- First query on ${AIM.notes.toLocaleString('en')} notes, aim under ${kb(AIM.firstQueryBytes)}: ${kb(aimRun.fromLink.wire)} from a link or the header box, ${verdict(aimRun.fromLink.wire < AIM.firstQueryBytes)}; ` +
          `${kb(aimRun.typed.wire)} typed key by key on the search page, ${verdict(aimRun.typed.wire < AIM.firstQueryBytes)} (each key shows results, and their excerpts are fetched as they show).`,
        `- Results within ${AIM.keystrokeMs} ms of the keystroke once the index is loaded, on ${AIM.notes.toLocaleString('en')} notes: ${median(aimRun.warm).toFixed(0)} ms median, ${percentile(aimRun.warm, 0.9).toFixed(0)} ms at the 90th percentile, ${verdict(percentile(aimRun.warm, 0.9) < AIM.keystrokeMs)}.`,
      ]
    : [`- No ${AIM.notes.toLocaleString('en')}-note corpus in this run: aims not checked.`];
  const section = [
    '## Search',
    '',
    `Measured by \`npm run bench:search\` on ${new Date().toISOString().slice(0, 10)}: Node ${process.version}, ${chromiumVersion}, ${cpus().length} CPU cores (${cpus()[0]?.model.trim() ?? 'unknown'}), other work running on the machine.`,
    'Generated corpora of session pages shaped like Carnet’s (about 500 words each, with their speaker and topic pages), indexed as `astro build` does,',
    'searched through the real `/search/` page served with gzip. Each second line compares with the smallest corpus, measured in the same run.',
    '',
    '| Corpus | Index on disk | Indexing | First query from a link | First query typed | Keystroke → results, median / p90 | Same, first time typed | Same, with an event filter |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    ...aims,
    '',
    `- *Index on disk*: dist/pagefind/ without the search runtime (pagefind.js, its web worker and two WebAssembly builds, of which the page loads pagefind.js and one build: ${kb(base.runtimeBytes)} whatever the corpus).`,
    '- *First query*: everything under /pagefind/ a fresh browser downloads from opening the search page to the results of one query drawn: runtime, metadata, filter counts, index chunks, excerpts of the first results. ' +
      `On the wire with gzip; raw is the same files uncompressed. Opening the page alone takes ${kb(base.open.wire)} on the baseline. From a link: /search/?q=… (the header box leads there). Typed: each key searches.`,
    `- *Keystroke → results*: from the key press that completes a query to the next frame after its results are drawn, the query typed key by key; ${ROUNDS - 1} rounds of ${base.warm.length / (ROUNDS - 1)} queries (tools, people with and without accents, a company, a topic, words of the notes). ` +
      '*First time typed* is the round before, when a new word may fetch its index chunk.',
  ].join('\n');

  const path = join(root, 'BENCHMARKS.md');
  const current = readBenchmarks(path);
  writeFileSync(path, replaceSection(current, 'search', section));
  console.log(`Wrote ${path}`);
}
