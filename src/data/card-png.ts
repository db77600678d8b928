// Social cards as files: drawn at build time, with a cache on disk so a card whose layout has
// not changed is read back instead of being drawn again.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { cardLayout, type CardInput } from '../lib/card.ts';
import type { CardJob } from '../lib/cards.ts';
import { drawCard, measure, RASTER_VERSION } from './card-raster.ts';

/** Where cards are kept between builds; node_modules/.cache is what tools share for this. */
export const CARD_CACHE = join(process.cwd(), 'node_modules', '.cache', 'carnet-cards');

/** The cache file of a card, drawn first when it is not there yet. */
export async function cardFile(input: CardInput, cacheDir: string = CARD_CACHE): Promise<{ file: string; cached: boolean }> {
  const layout = cardLayout(input, measure);
  const key = createHash('sha256').update(RASTER_VERSION).update('\0').update(JSON.stringify(layout)).digest('hex');
  const file = join(cacheDir, `${key}.png`);
  if (existsSync(file)) return { file, cached: true };
  const image = await drawCard(layout);
  mkdirSync(cacheDir, { recursive: true });
  // Written aside then renamed, so a build stopped halfway never leaves a truncated card.
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(temporary, image);
  renameSync(temporary, file);
  return { file, cached: false };
}

/** A card's PNG, from the cache when the same card was drawn before. */
export async function renderCard(input: CardInput, cacheDir: string = CARD_CACHE): Promise<{ image: Buffer; cached: boolean }> {
  const { file, cached } = await cardFile(input, cacheDir);
  return { image: readFileSync(file), cached };
}

/** Messages from the drawing worker (src/data/card-worker.ts). */
export type CardWorkerMessage = { done: true; files: [string, string][]; drawn: number } | { done: false; path: string; error: string };

/**
 * Draws cards on a worker thread, one at a time, and resolves with each card's file in the
 * cache, keyed by path. The worker keeps drawing on the machine's second core while Astro
 * renders pages on the first, so cards add little to a build's wall time.
 */
export function drawCardsInBackground(jobs: readonly CardJob[], cacheDir: string = CARD_CACHE): Promise<{ files: Map<string, string>; drawn: number }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./card-worker.ts', import.meta.url), { workerData: { jobs, cacheDir } });
    worker.on('message', (message: CardWorkerMessage) => {
      if (message.done) resolve({ files: new Map(message.files), drawn: message.drawn });
      else reject(new Error(`Could not draw the social card ${message.path}: ${message.error}`));
    });
    worker.on('error', reject);
    worker.on('exit', (code) => {
      if (code !== 0) reject(new Error(`The social card worker stopped with code ${code}`));
    });
  });
}
