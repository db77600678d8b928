import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { localeOf } from '../lib/time/format.ts';
import { siteCards, type CardJob } from '../lib/cards/list.ts';
import type { CheckedContent, Content, LoadedEntry, Problem } from '../lib/content/check.ts';
import { SITE } from '../site.ts';

/** Where cards are kept between builds; node_modules/.cache is what tools share for this. */
export const CARD_CACHE = join(process.cwd(), 'node_modules', '.cache', 'carnet-cards');

/** The cards of checked content, as this site draws them: its name on each, dates in its language. */
export function carnetCards(content: Content): CardJob[] {
  return siteCards(content, { brand: SITE.name, locale: localeOf(SITE.defaultLanguage) });
}

/**
 * content/ read and checked on the calling thread, for the dev server; a build checks on the
 * worker instead, so the checks are loaded only when this is called.
 */
export async function checkContentHere(root: string, contentDir: string): Promise<CheckedContent> {
  return (await import('../lib/content/check-all.ts')).checkContentFolder(root, contentDir);
}

export interface ContentWorkOptions {
  /** The project folder, and the content folder relative to it. */
  root: string;
  contentDir: string;
  /** Where drawn cards are kept between builds. */
  cacheDir: string;
}

export type ContentWorkMessage =
  | { kind: 'checked'; problems: Problem[]; entries: LoadedEntry[] }
  | { kind: 'cards'; files: [string, string][]; drawn: number }
  | { kind: 'failed'; path: string; error: string };

export interface ContentWork {
  /** What the content checks found (none when content/ is sound), and every file as they read it, for the loaders. */
  checked: Promise<{ problems: Problem[]; entries: LoadedEntry[] }>;
  /** Each social card's file in the cache, by the path it is served at; none when there are problems. */
  cards: Promise<{ files: Map<string, string>; drawn: number }>;
  /** Stops the worker, for a build that failed: it would otherwise keep the process alive drawing. */
  stop: () => Promise<void>;
}

/**
 * Starts a worker thread that checks content/ and then draws every social card. It runs on the
 * core Astro leaves idle: the checks while Astro starts up, the cards while it renders pages.
 */
export function startContentWork({ root, contentDir, cacheDir }: ContentWorkOptions): ContentWork {
  const worker = new Worker(new URL('./content-worker.ts', import.meta.url), {
    workerData: { root, contentDir, cacheDir } satisfies ContentWorkOptions,
    // A small young generation: the worker's garbage is short-lived, and the build's peak
    // memory is about 40 MB lower for it (BENCHMARKS.md), at no measurable cost in time.
    resourceLimits: { maxYoungGenerationSizeMb: 4 },
  });
  const work = { stop: async () => void (await worker.terminate()) } as ContentWork;
  work.checked = new Promise((resolveChecked, rejectChecked) => {
    work.cards = new Promise((resolveCards, rejectCards) => {
      const fail = (error: Error) => {
        rejectChecked(error);
        rejectCards(error);
      };
      worker.on('message', (message: ContentWorkMessage) => {
        if (message.kind === 'checked') resolveChecked({ problems: message.problems, entries: message.entries });
        else if (message.kind === 'cards') resolveCards({ files: new Map(message.files), drawn: message.drawn });
        else fail(new Error(`Could not draw the social card ${message.path}: ${message.error}`));
      });
      worker.on('error', fail);
      worker.on('exit', (code) => {
        if (code !== 0) fail(new Error(`The content worker stopped with code ${code}`));
      });
    });
  });
  // Each is awaited by a build hook; a failure must not surface earlier as an unhandled rejection.
  work.checked.catch(() => undefined);
  work.cards.catch(() => undefined);
  return work;
}
