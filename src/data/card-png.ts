// Social cards as files: drawn at build time, with a cache on disk so a card whose layout has
// not changed is read back instead of being drawn again.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cardLayout, type CardInput } from '../lib/card.ts';
import { drawCard, measure, RASTER_VERSION } from './card-raster.ts';
import { CARD_CACHE } from './content-work.ts';

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
