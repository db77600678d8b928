// Draws social cards with sharp at build time, with a cache on disk: a card whose SVG has not
// changed is read back instead of being drawn again (drawing is most of a card's cost).
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { CARD } from '../lib/card.ts';

/** Where cards are kept between builds; node_modules/.cache is what tools share for this. */
export const CARD_CACHE = join(process.cwd(), 'node_modules', '.cache', 'carnet-cards');

// Part of the key: a new sharp (or librsvg) may draw the same SVG differently.
const RENDERER = `sharp-${sharp.versions.sharp}-rsvg-${sharp.versions.rsvg ?? ''}-v1`;

/** The PNG of a card's SVG, from the cache when the same SVG was drawn before. */
export async function renderCard(svg: string, cacheDir: string = CARD_CACHE): Promise<{ png: Buffer; cached: boolean }> {
  const key = createHash('sha256').update(RENDERER).update('\0').update(svg).digest('hex');
  const file = join(cacheDir, `${key}.png`);
  try {
    return { png: readFileSync(file), cached: true };
  } catch {
    // Not drawn yet.
  }
  const png = await sharp(Buffer.from(svg)).resize(CARD.width, CARD.height).png({ compressionLevel: 9 }).toBuffer();
  mkdirSync(cacheDir, { recursive: true });
  // Written aside then renamed, so a build stopped halfway never leaves a truncated card.
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, png);
  renameSync(temporary, file);
  return { png, cached: false };
}
