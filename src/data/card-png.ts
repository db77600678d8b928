// Draws social cards with sharp at build time, with a cache on disk: a card whose SVG has not
// changed is read back instead of being drawn again (drawing is most of a card's cost).
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp, { type Sharp } from 'sharp';

/** Where cards are kept between builds; node_modules/.cache is what tools share for this. */
export const CARD_CACHE = join(process.cwd(), 'node_modules', '.cache', 'carnet-cards');

// Part of the key: a new sharp (or librsvg) may draw the same SVG differently.
const RENDERER = `sharp-${sharp.versions.sharp}-rsvg-${sharp.versions.rsvg ?? ''}-v1`;

// Settings chosen for build speed: PNG level 9 or WebP effort 4 cost 2 to 4 times more for a
// few kilobytes on flat-colour cards.
const ENCODERS = {
  png: (image: Sharp) => image.png({ compressionLevel: 6 }),
  webp: (image: Sharp) => image.webp({ quality: 82, effort: 1 }),
};

/**
 * The image of a card's SVG (social card as PNG, replay poster as WebP), read from the cache
 * when the same SVG was drawn before in that format.
 */
export async function renderCard(svg: string, cacheDir: string = CARD_CACHE, format: keyof typeof ENCODERS = 'png'): Promise<{ image: Buffer; cached: boolean }> {
  const key = createHash('sha256').update(RENDERER).update('\0').update(format).update('\0').update(svg).digest('hex');
  const file = join(cacheDir, `${key}.${format}`);
  try {
    return { image: readFileSync(file), cached: true };
  } catch {
    // Not drawn yet.
  }
  const image = await ENCODERS[format](sharp(Buffer.from(svg))).toBuffer();
  mkdirSync(cacheDir, { recursive: true });
  // Written aside then renamed, so a build stopped halfway never leaves a truncated card.
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, image);
  renameSync(temporary, file);
  return { image, cached: false };
}
