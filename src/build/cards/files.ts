// Social cards as files: drawn at build time, with a cache on disk so a card whose layout has
// not changed is read back instead of being drawn again.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cardLayout, type CardInput } from '../../lib/cards/layout.ts';
import { drawCard, measure, RASTER_VERSION } from './raster.ts';
import { CARD_CACHE } from '../content-work.ts';

const DAY = 24 * 60 * 60 * 1000;

/** The cache file of a card, drawn first when it is not there yet. */
export async function cardFile(input: CardInput, cacheDir: string = CARD_CACHE): Promise<{ file: string; cached: boolean }> {
  const layout = cardLayout(input, measure);
  const key = createHash('sha256').update(RASTER_VERSION).update('\0').update(JSON.stringify(layout)).digest('hex');
  const file = join(cacheDir, `${key}.png`);
  const found = statSync(file, { throwIfNoEntry: false });
  if (found) {
    // Its date says when a build last used it (see pruneCardCache), to the day: a date is
    // written to disk, and a build uses every card.
    if (Date.now() - found.mtimeMs > DAY) {
      const now = new Date();
      utimesSync(file, now, now);
    }
    return { file, cached: true };
  }
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

/** How long a card no build has used stays in the cache. */
export const CARD_CACHE_DAYS = 30;

/**
 * Removes the cards no build has used for CARD_CACHE_DAYS (each edit of a title leaves the old
 * card behind), and temporary files left by a build stopped while writing, older than a day.
 * The cache is shared by every content folder built from this checkout (the fixtures, a
 * contributor's branches), so cards the current build did not use are kept for a while.
 * Returns how many files were removed.
 */
export function pruneCardCache(cacheDir: string = CARD_CACHE, now = Date.now()): number {
  if (!existsSync(cacheDir)) return 0;
  let removed = 0;
  for (const name of readdirSync(cacheDir)) {
    const maxAge = name.endsWith('.png') ? CARD_CACHE_DAYS * DAY : name.endsWith('.tmp') ? DAY : undefined;
    if (maxAge === undefined) continue;
    const file = join(cacheDir, name);
    try {
      if (now - statSync(file).mtimeMs <= maxAge) continue;
      unlinkSync(file);
      removed++;
    } catch {
      // Removed meanwhile by another build sharing the cache.
    }
  }
  return removed;
}
