// `npm run bench`: build scale against the bare Astro floor, page weight, Lighthouse.
// Writes its sections of BENCHMARKS.md; budgets are printed as pass or fail, never asserted in tests.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM } from '../../playwright.config.ts';
import { linkNodeModules, ROOT, tempProject } from '../lib/temp-project.ts';
import { generateCorpus, writeCorpus } from './corpus.ts';
import { folderBytes, growsLinearly, growth, kb, machine, ratio, readBenchmarks, replaceSection, timed, type BuildRun, type SizedRun } from './measure.ts';

const args = new Set(process.argv.slice(2));
// --quick: tiny corpora to try the script; --sizes=250,1000: chosen sizes; --runs=N: cold builds of each
// (default 5 under 1,000 notes, 3 at 1,000, 2 from 5,000); --pages-only: page weight and Lighthouse alone; --no-lighthouse,
// --no-search: leave those parts out.
const sizesArg = process.argv.find((arg) => arg.startsWith('--sizes='));
const SIZES = sizesArg ? sizesArg.slice(8).split(',').map(Number) : args.has('--pages-only') ? [] : args.has('--quick') ? [50, 100] : [250, 1000, 5000];
const lines: string[] = [];
const verdicts: string[] = [];
const budget = (ok: boolean, text: string) => {
  const line = `${ok ? 'PASS' : 'FAIL'} ${text}`;
  verdicts.push(line);
  console.log(line);
};

function floorProject(content: string): string {
  const root = mkdtempSync(join(tmpdir(), 'carnet-floor-'));
  cpSync(join(ROOT, 'scripts/bench/floor'), root, { recursive: true });
  cpSync(content, join(root, 'content'), { recursive: true });
  writeFileSync(join(root, 'package.json'), '{ "type": "module", "private": true }\n');
  linkNodeModules(root);
  return root;
}

const bin = (name: string) => join(ROOT, 'node_modules/.bin', name);
const show = (run: BuildRun) => (run.ok ? `${run.seconds.toFixed(1)} s (CPU ${run.cpuSeconds.toFixed(0)} s), ${Math.round(run.peakMiB)} MiB` : 'failed');

// 1. Build scale: Carnet against the bare Astro + MDX floor on the same notes.
// Cold builds alternate floor and Carnet and keep each one's fastest (runsAt), so a burst of other
// work on the machine during one build does not decide a ratio. The .mdx variant of Carnet is
// measured up to 1,000 notes: enough to compare Astro's two Markdown paths, and it is the slowest build.
const runsArg = process.argv.find((arg) => arg.startsWith('--runs='));
/** Cold builds of each size. A short build is the most at the mercy of a burst of other work, so it gets more. */
const runsAt = (size: number) => (runsArg ? Number(runsArg.slice(7)) : size >= 5000 ? 2 : size >= 1000 ? 3 : 5);
const MDX_UP_TO = 1000;
lines.push('## Build scale', '', `Machine: ${machine()}. Date: ${new Date().toISOString().slice(0, 10)}.`, '');
lines.push(
  'Carnet builds every page of the corpus (notes, events, speakers, topics, tracks, tools) with its content checks and Pagefind.',
  'The floor is a bare Astro 7 site with @astrojs/mdx and one page per note, on the same files as `.mdx`;',
  `Carnet with \`.mdx\` notes is measured up to ${MDX_UP_TO.toLocaleString('en')} notes.`,
  '"floor + Pagefind" adds the Pagefind CLI over its output. Ratios are against the floor measured in the same run.',
  `A cold build starts from a fresh copy (no caches), floor and Carnet alternately, the fastest kept (of ${SIZES.map((size) => `${runsAt(size)} at ${size.toLocaleString('en')} notes`).join(', ')});`,
  'a rebuild runs again in the same copy right after each cold build (the fastest kept likewise), as a contributor or a CI with a cache does:',
  'Astro reuses its content cache, and Carnet its social cards (node_modules/.cache/carnet-cards).',
  'Each cell: wall time (CPU time of all cores), peak memory of the build and every process it starts, summed (proportional set size, sampled every 250 ms).',
  '',
  '| notes | floor (.mdx) | floor + Pagefind | Carnet (.md notes) | Carnet (.mdx notes) | floor rebuild | Carnet rebuild (.md) | time ratio cold .md / .mdx | time ratio rebuild | memory ratio .md / .mdx |',
  '|---:|---|---|---|---|---|---|---|---|---|',
);
const indexSizes: string[] = [];
const sized = { floor: [] as SizedRun[], carnet: [] as SizedRun[] };
const fastest = (runs: BuildRun[]) => runs.reduce((best, run) => (run.ok && run.seconds < best.seconds ? run : best));
for (const size of SIZES) {
  console.log(`\n== ${size} notes`);
  const corpora = { mdx: mkdtempSync(join(tmpdir(), 'carnet-corpus-')), md: mkdtempSync(join(tmpdir(), 'carnet-corpus-')) };
  writeCorpus(corpora.mdx, generateCorpus(size, { extension: 'mdx' }));
  writeCorpus(corpora.md, generateCorpus(size, { extension: 'md' }));
  const runs = runsAt(size);
  const floorRuns: BuildRun[] = [];
  const mdRuns: BuildRun[] = [];
  const floorWarmRuns: BuildRun[] = [];
  const mdWarmRuns: BuildRun[] = [];
  let pagefind: BuildRun | undefined;
  for (let run = 0; run < runs; run++) {
    const floorRoot = floorProject(corpora.mdx);
    floorRuns.push(await timed(bin('astro'), ['build'], floorRoot));
    console.log(`floor: ${show(floorRuns.at(-1)!)}`);
    pagefind ??= await timed(bin('pagefind'), ['--site', 'dist', '--silent'], floorRoot);
    floorWarmRuns.push(await timed(bin('astro'), ['build'], floorRoot));
    console.log(`floor rebuild: ${show(floorWarmRuns.at(-1)!)}`);
    rmSync(floorRoot, { recursive: true, force: true });
    const project = tempProject({ content: corpora.md });
    mdRuns.push(await timed(bin('astro'), ['build'], project.root));
    if (!mdRuns.at(-1)!.ok) console.error(mdRuns.at(-1)!.output);
    console.log(`Carnet .md: ${show(mdRuns.at(-1)!)}`);
    const index = join(project.root, 'dist/pagefind');
    if (run === 0 && existsSync(index)) indexSizes.push(`| ${size} | ${kb(folderBytes(index))} |`);
    mdWarmRuns.push(await timed(bin('astro'), ['build'], project.root));
    console.log(`Carnet .md rebuild: ${show(mdWarmRuns.at(-1)!)}`);
    project.remove();
  }
  const floor = fastest(floorRuns);
  const md = fastest(mdRuns);
  const floorWarm = fastest(floorWarmRuns);
  const mdWarm = fastest(mdWarmRuns);
  const floorPagefind = {
    ...floor,
    seconds: floor.seconds + pagefind!.seconds,
    cpuSeconds: floor.cpuSeconds + pagefind!.cpuSeconds,
    peakMiB: Math.max(floor.peakMiB, pagefind!.peakMiB),
  };
  let mdx: BuildRun | undefined;
  if (size <= MDX_UP_TO) {
    const mdxProject = tempProject({ content: corpora.mdx });
    mdx = await timed(bin('astro'), ['build'], mdxProject.root);
    console.log(`Carnet .mdx: ${show(mdx)}`);
    mdxProject.remove();
  }
  for (const corpus of Object.values(corpora)) rmSync(corpus, { recursive: true, force: true });
  const mdxCell = mdx ? show(mdx) : 'not measured';
  lines.push(
    `| ${size} | ${show(floor)} | ${show(floorPagefind)} | ${show(md)} | ${mdxCell} | ${show(floorWarm)} | ${show(mdWarm)} | ${ratio(md.seconds, floor.seconds)}${mdx ? ` / ${ratio(mdx.seconds, floor.seconds)}` : ''} | ${ratio(mdWarm.seconds, floorWarm.seconds)} | ${ratio(md.peakMiB, floor.peakMiB)}${mdx ? ` / ${ratio(mdx.peakMiB, floor.peakMiB)}` : ''} |`,
  );
  if (floor.ok && md.ok) {
    sized.floor.push({ notes: size, seconds: floor.seconds, peakMiB: floor.peakMiB });
    sized.carnet.push({ notes: size, seconds: md.seconds, peakMiB: md.peakMiB });
  }
  budget(md.ok && md.seconds <= 1.3 * floor.seconds, `cold build time at ${size} notes: ${ratio(md.seconds, floor.seconds)} × floor (budget 1.3)`);
  budget(
    mdWarm.ok && mdWarm.seconds <= 1.3 * floorWarm.seconds,
    `rebuild time at ${size} notes: ${ratio(mdWarm.seconds, floorWarm.seconds)} × floor's rebuild (budget 1.3)`,
  );
  budget(md.ok && md.peakMiB <= 1.25 * floor.peakMiB, `peak memory at ${size} notes: ${ratio(md.peakMiB, floor.peakMiB)} × floor (budget 1.25)`);
}

// Linear growth: what each further note costs, between consecutive sizes of the cold builds.
const steps = { floor: growth(sized.floor), carnet: growth(sized.carnet) };
if (steps.carnet.length > 0) {
  lines.push(
    '',
    'What each further note cost in a cold build, between two sizes (time and peak memory):',
    '',
    '| notes | floor | Carnet (.md notes) |',
    '|---|---|---|',
  );
  const cell = (step: { msPerNote: number; kibPerNote: number }) => `${step.msPerNote.toFixed(1)} ms, ${Math.round(step.kibPerNote)} KiB`;
  steps.carnet.forEach((step, i) =>
    lines.push(`| ${step.from.toLocaleString('en')} → ${step.to.toLocaleString('en')} | ${cell(steps.floor[i]!)} | ${cell(step)} |`),
  );
  const linear = growsLinearly(steps.carnet);
  if (linear === undefined) console.log('linear growth not judged: sizes too few or too close to tell a note from the noise');
  else {
    const [first, last] = [steps.carnet[0]!, steps.carnet.at(-1)!];
    budget(
      linear,
      `build time grows linearly with the notes: ${last.msPerNote.toFixed(1)} ms a note from ${last.from.toLocaleString('en')} to ${last.to.toLocaleString('en')}, ${first.msPerNote.toFixed(1)} ms from ${first.from.toLocaleString('en')} to ${first.to.toLocaleString('en')} (at most 1.25 × for noise)`,
    );
  }
}

if (indexSizes.length > 0) lines.push('', 'Pagefind index on disk (Carnet, .md notes):', '', '| notes | index size |', '|---:|---:|', ...indexSizes);

// 2. Page weight and Lighthouse on the shipped site.
console.log('\n== page weight and Lighthouse on the shipped content');
const build = await timed(bin('astro'), ['build'], ROOT);
if (!build.ok) throw new Error(`the shipped site did not build:\n${build.output}`);
const PORT = 4399;
const server = spawn(bin('astro'), ['preview', '--ignore-lock', '--port', String(PORT), '--host', '127.0.0.1'], { cwd: ROOT, stdio: 'ignore' });
const base = `http://127.0.0.1:${PORT}`;
for (let i = 0; i < 50; i++) {
  if (
    await fetch(base)
      .then((r) => r.ok)
      .catch(() => false)
  )
    break;
  await new Promise((r) => setTimeout(r, 200));
}

const PAGES: [string, string][] = [
  ['home', '/'],
  ['event (schedule grid)', '/cloud-native-days-france-2026/'],
  ['session with a note, no replay', '/kcd-france-2023/creer-un-plugin-kubectl/'],
  ['session with a replay', '/kcd-france-2023/developer-portal-back-market/'],
  ['speaker', '/speakers/aurelie-vache/'],
  ['search', '/search/'],
];
const existing = PAGES.filter(([, path]) => existsSync(join(ROOT, 'dist', path, 'index.html')));
lines.push(
  '',
  '## Page weight',
  '',
  'Bytes a browser downloads on load, each response gzipped (level 9) as a static host would serve it; images counted apart.',
  '',
);
lines.push('| page | HTML | CSS | JS | total (no images) | images |', '|---|---:|---:|---:|---:|---:|');
const browser = await chromium.launch(CHROMIUM);
for (const [name, path] of existing) {
  const page = await browser.newPage();
  const sizes = { html: 0, css: 0, js: 0, image: 0, other: 0 };
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    pending.push(
      response.body().then(
        (body) => {
          const type = response.request().resourceType();
          const gz = gzipSync(body, { level: 9 }).length;
          if (type === 'document') sizes.html += gz;
          else if (type === 'stylesheet') sizes.css += gz;
          else if (type === 'script') sizes.js += gz;
          else if (type === 'image') sizes.image += body.length;
          else sizes.other += gz;
        },
        () => undefined,
      ),
    );
  });
  await page.goto(base + path, { waitUntil: 'networkidle' });
  await Promise.all(pending);
  const total = sizes.html + sizes.css + sizes.js + sizes.other;
  lines.push(`| ${name} | ${kb(sizes.html)} | ${kb(sizes.css)} | ${kb(sizes.js)} | ${kb(total)} | ${kb(sizes.image)} |`);
  if (name === 'session with a note, no replay') {
    budget(sizes.js <= 10 * 1024, `session page JavaScript: ${kb(sizes.js)} gzip (budget 10 KB)`);
    budget(total <= 60 * 1024, `session page total: ${kb(total)} gzip (budget 60 KB)`);
  }
  await page.close();
}
await browser.close();

if (!args.has('--no-lighthouse')) {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM.executablePath, chromeFlags: CHROMIUM.args });
  lines.push(
    '',
    '## Lighthouse',
    '',
    `Lighthouse ${JSON.parse(readFileSync(join(ROOT, 'node_modules/lighthouse/package.json'), 'utf8')).version}, mobile defaults, Debian Chromium, local preview server.`,
    '',
  );
  lines.push('| page | performance | accessibility | best practices | SEO |', '|---|---:|---:|---:|---:|');
  for (const [name, path] of existing.filter(([name]) => ['home', 'event (schedule grid)', 'session with a note, no replay', 'search'].includes(name))) {
    const result = await lighthouse(base + path, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    const categories = result!.lhr.categories;
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    const scores = ['performance', 'accessibility', 'best-practices', 'seo'].map(score);
    lines.push(`| ${name} | ${scores.join(' | ')} |`);
    budget(
      scores.every((s) => s === 100),
      `Lighthouse on ${name}: ${scores.join(' / ')} (budget 100 each)`,
    );
    for (const [id, category] of Object.entries(categories)) {
      if ((category.score ?? 0) < 1) {
        const failing = category.auditRefs.filter((ref) => (result!.lhr.audits[ref.id]?.score ?? 1) < 1 && ref.weight > 0).map((ref) => ref.id);
        console.log(`  ${name} ${id}: ${failing.join(', ')}`);
      }
    }
  }
  await chrome.kill();
}
server.kill();

lines.push('', '## Budgets', '', ...verdicts.map((line) => `- ${line}`));
const file = join(ROOT, 'BENCHMARKS.md');
const previous = readBenchmarks(file);
writeFileSync(file, replaceSection(previous, 'build', lines.join('\n')));
console.log(`\nWrote ${file}`);

// 3. Search: index size, first-query bytes and keystroke-to-results time (scripts/bench/search.ts),
// on the dist/ just built; it writes its own section.
if (SIZES.length > 0 && !args.has('--no-search')) {
  const searchSizes = sizesArg || args.has('--quick') ? SIZES.map(String) : [];
  const search = spawnSync(process.execPath, [join(ROOT, 'scripts/bench/search.ts'), ...searchSizes], { cwd: ROOT, stdio: 'inherit' });
  if (search.status !== 0) process.exitCode = 1;
}
