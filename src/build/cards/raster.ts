// Draws card layouts (src/lib/cards/layout.ts) into palette PNGs. Text is set in DejaVu Sans from the
// dejavu-fonts-ttf package, so a card looks the same on every machine. Each glyph is
// rasterised by sharp once and then copied wherever it appears: drawing a whole card as SVG
// with librsvg cost about 16 ms of CPU, mostly laying out and filling the same letters again.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { constants, crc32, deflateSync } from 'node:zlib';
import opentype from 'opentype.js';
import sharp from 'sharp';
import type { CardLayout, Measure, Weight } from '../../lib/cards/layout.ts';

const require = createRequire(import.meta.url);
const FONT_FILES: Record<Weight, string> = {
  bold: 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf',
  regular: 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf',
};

/** What changes the pixels of a card besides its layout; part of the cache key. */
export const RASTER_VERSION = [
  ...['dejavu-fonts-ttf', 'opentype.js'].map((name) => `${name}@${(require(`${name}/package.json`) as { version: string }).version}`),
  `sharp@${sharp.versions.sharp} rsvg@${sharp.versions.rsvg ?? ''}`,
  'raster-v1',
].join(' ');

let fonts: Record<Weight, opentype.Font> | undefined;
function font(weight: Weight): opentype.Font {
  const load = (file: string) => {
    const bytes = readFileSync(require.resolve(file));
    return opentype.parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength), { lowMemory: true });
  };
  fonts ??= { bold: load(FONT_FILES.bold), regular: load(FONT_FILES.regular) };
  return fonts[weight];
}

/** The glyphs of a line and where each one starts, in pixels from the line's start. */
function setLine(text: string, size: number, weight: Weight): { glyphs: opentype.Glyph[]; positions: number[]; width: number } {
  const face = font(weight);
  const scale = size / face.unitsPerEm;
  const glyphs: opentype.Glyph[] = [];
  const positions: number[] = [];
  let pen = 0;
  for (const char of text) {
    const glyph = face.charToGlyph(char);
    glyphs.push(glyph);
    positions.push(pen);
    pen += (glyph.advanceWidth ?? 0) * scale;
  }
  return { glyphs, positions, width: pen };
}

/** Line widths as the raster sets them; the layout wraps lines with it. */
export const measure: Measure = (text, size, weight) => setLine(text, size, weight).width;

/** A coverage mask (0 to 255) and where it sits relative to its origin. */
interface Mask {
  left: number;
  top: number;
  width: number;
  height: number;
  alpha: Uint8Array;
}

const masks = new Map<string, Promise<Mask>>();

/** Rasterises an SVG path (in pixels, around the origin) into a mask, once per key. */
function mask(key: string, draw: () => { d: string; x1: number; y1: number; x2: number; y2: number }): Promise<Mask> {
  let known = masks.get(key);
  if (!known) {
    const { d, x1, y1, x2, y2 } = draw();
    const left = Math.floor(x1);
    const top = Math.floor(y1);
    const width = Math.ceil(x2) - left + 1;
    const height = Math.ceil(y2) - top + 1;
    known =
      d === '' || !(width > 1 && height > 1)
        ? Promise.resolve({ left: 0, top: 0, width: 0, height: 0, alpha: new Uint8Array() })
        : sharp(
            Buffer.from(
              `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><path transform="translate(${-left} ${-top})" d="${d}"/></svg>`,
            ),
          )
            .extractChannel(3)
            .raw()
            .toBuffer()
            .then((alpha) => ({ left, top, width, height, alpha }));
    masks.set(key, known);
  }
  return known;
}

function glyphMask(glyph: opentype.Glyph, size: number, weight: Weight): Promise<Mask> {
  return mask(`${weight} ${size} ${glyph.index}`, () => {
    const path = glyph.getPath(0, 0, size);
    const box = path.getBoundingBox();
    return { d: path.toPathData(3), ...box };
  });
}

function rectMask(width: number, height: number, radius: number): Promise<Mask> {
  return mask(`rect ${width} ${height} ${radius}`, () => ({
    d: `M${radius} 0H${width - radius}A${radius} ${radius} 0 0 1 ${width} ${radius}V${height - radius}A${radius} ${radius} 0 0 1 ${width - radius} ${height}H${radius}A${radius} ${radius} 0 0 1 0 ${height - radius}V${radius}A${radius} ${radius} 0 0 1 ${radius} 0Z`,
    x1: 0,
    y1: 0,
    x2: width,
    y2: height,
  }));
}

function rgb(hex: string): [number, number, number] {
  if (!/^#[0-9a-f]{6}$/i.test(hex)) throw new Error(`${JSON.stringify(hex)} is not a colour written #rrggbb`);
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

/**
 * The card as a PNG. Every pixel is the background, or a shape's colour blended over it at
 * one of a few dozen levels of coverage, so a palette of under 256 colours holds the card
 * exactly enough, and the file is a third of a true-colour one.
 */
export async function drawCard(layout: CardLayout): Promise<Buffer> {
  const { width, height } = layout;
  const colours = [...new Set(layout.shapes.map((shape) => shape.colour).filter((colour) => colour !== layout.background))];
  const levels = Math.min(64, Math.floor(255 / Math.max(1, colours.length)));
  const background = rgb(layout.background);
  const palette: number[] = [...background];
  const base = new Map<string, number>();
  for (const colour of colours) {
    base.set(colour, palette.length / 3);
    const ink = rgb(colour);
    for (let level = 1; level <= levels; level++) palette.push(...ink.map((c, i) => Math.round(background[i]! + ((c - background[i]!) * level) / levels)));
  }

  // Placed masks, gathered first so every new glyph is rasterised before drawing starts.
  const placed: { mask: Promise<Mask>; x: number; y: number; colour: string }[] = [];
  for (const shape of layout.shapes) {
    if (shape.kind === 'rect') placed.push({ mask: rectMask(shape.width, shape.height, shape.radius), x: shape.x, y: shape.y, colour: shape.colour });
    else {
      const { glyphs, positions } = setLine(shape.text, shape.size, shape.weight);
      glyphs.forEach((glyph, i) =>
        placed.push({ mask: glyphMask(glyph, shape.size, shape.weight), x: shape.x + Math.round(positions[i]!), y: shape.y, colour: shape.colour }),
      );
    }
  }

  // PNG rows as they are compressed: a filter byte (0, none) then one palette index per pixel.
  const stride = width + 1;
  const rows = pixelRows(stride * height);
  // A coverage's level, looked up: this loop runs for every pixel of every letter.
  const level = new Uint8Array(256);
  for (let coverage = 1; coverage < 256; coverage++) level[coverage] = Math.max(1, Math.round((coverage * levels) / 255)) - 1;
  for (const { mask: pending, x, y, colour } of placed) {
    const { left, top, width: w, height: h, alpha } = await pending;
    const first = base.get(colour);
    if (first === undefined) continue;
    // The part of the mask that falls on the card.
    const fromColumn = Math.max(0, -(x + left));
    const toColumn = Math.min(w, width - (x + left));
    for (let row = Math.max(0, -(y + top)); row < Math.min(h, height - (y + top)); row++) {
      const maskRow = row * w;
      const cardRow = (y + top + row) * stride + 1 + x + left;
      for (let column = fromColumn; column < toColumn; column++) {
        const coverage = alpha[maskRow + column]!;
        if (coverage === 0) continue;
        const index = first + level[coverage]!;
        const at = cardRow + column;
        const current = rows[at]!;
        // Overlapping glyphs of one colour keep the stronger coverage; another colour paints over.
        if (current < first || current >= first + levels || index > current) rows[at] = index;
      }
    }
  }
  return png(width, height, Buffer.from(palette), deflateSync(rows, { level: 6, strategy: constants.Z_RLE }));
}

// One buffer of rows for every card of a build: a new one per card would leave a megabyte of
// garbage behind each, and the worker's memory would grow with the number of cards.
let rowsBuffer = Buffer.alloc(0);
function pixelRows(size: number): Buffer {
  if (rowsBuffer.length !== size) rowsBuffer = Buffer.alloc(size);
  else rowsBuffer.fill(0);
  return rowsBuffer;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(type)) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

function png(width: number, height: number, palette: Buffer, compressed: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 3, 0, 0, 0], 8); // 8 bits per index, palette colour, deflate, no filter choice, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('PLTE', palette),
    chunk('IDAT', compressed),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
