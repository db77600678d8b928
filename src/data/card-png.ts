// Draws social cards with sharp at build time, with a cache on disk: a card whose SVG has not
// changed is read back instead of being drawn again (drawing is most of a card's cost).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import sharp from 'sharp';
import type { CardJob } from '../lib/cards.ts';

/** Where cards are kept between builds; node_modules/.cache is what tools share for this. */
export const CARD_CACHE = join(process.cwd(), 'node_modules', '.cache', 'carnet-cards');

// Part of the key: a new sharp (or librsvg) may draw the same SVG differently.
const RENDERER = `sharp-${sharp.versions.sharp}-rsvg-${sharp.versions.rsvg ?? ''}-v2`;

/** The cache file of a card's SVG, drawn first when it is not there yet. */
export async function cardFile(svg: string, cacheDir: string = CARD_CACHE): Promise<{ file: string; cached: boolean }> {
  const key = createHash('sha256').update(RENDERER).update('\0').update(svg).digest('hex');
  const file = join(cacheDir, `${key}.png`);
  if (existsSync(file)) return { file, cached: true };
  // PNG level 9 costs twice level 6 for a few kilobytes on a flat-colour card.
  const image = await sharp(Buffer.from(svg)).png({ compressionLevel: 6 }).toBuffer();
  mkdirSync(cacheDir, { recursive: true });
  // Written aside then renamed, so a build stopped halfway never leaves a truncated card.
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(temporary, image);
  renameSync(temporary, file);
  return { file, cached: false };
}

/** A card's PNG, from the cache when the same SVG was drawn before. */
export async function renderCard(svg: string, cacheDir: string = CARD_CACHE): Promise<{ image: Buffer; cached: boolean }> {
  const { file, cached } = await cardFile(svg, cacheDir);
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
