import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { cardFile, pruneCardCache, renderCard } from '../../src/build/cards/files.ts';
import { startContentWork } from '../../src/build/content-work.ts';
import { siteCards } from '../../src/lib/cards/list.ts';
import { formatProblem } from '../../src/lib/content/check.ts';
import { checkContentFolder } from '../../src/lib/content/check-all.ts';
import { cardLayout, type CardLayout } from '../../src/lib/cards/layout.ts';
import { drawCard, measure } from '../../src/build/cards/raster.ts';
import { CARD_INPUT } from '../helpers/card-input.ts';

const input = CARD_INPUT;

describe('card raster', () => {
  const pixels = async (png: Buffer) => {
    const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    const at = (x: number, y: number) =>
      '#' + [...data.subarray((y * info.width + x) * 3, (y * info.width + x) * 3 + 3)].map((c) => c.toString(16).padStart(2, '0')).join('');
    return { data, info, at };
  };

  it('draws a 1200×630 palette PNG with the background, the accent stripe and text in the ink colour', async () => {
    const png = await drawCard(cardLayout(input, measure));
    const meta = await sharp(png).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);
    expect(meta.isPalette).toBe(true);
    const { at, data } = await pixels(png);
    expect(at(600, 20)).toBe(input.background);
    expect(at(10, 300)).toBe(input.accent);
    const colours = new Set<string>();
    for (let y = 150; y < 260; y++) for (let x = 80; x < 1120; x++) colours.add(at(x, y));
    expect(colours).toContain('#f8fafc');
    expect(data.length).toBe(1200 * 630 * 3);
  });

  it('sets text as wide as the layout measured it, so wrapped lines stay inside the card', async () => {
    const line = 'Mesurer avant de couper';
    const layout: CardLayout = {
      width: 1200,
      height: 200,
      background: '#000000',
      shapes: [{ kind: 'text', x: 100, y: 120, size: 66, weight: 'bold', colour: '#ffffff', text: line }],
    };
    const { at } = await pixels(await drawCard(layout));
    let right = 0;
    for (let x = 0; x < 1200; x++) for (let y = 0; y < 200; y++) if (at(x, y) !== '#000000') right = x;
    const width = measure(line, 66, 'bold');
    // The last glyph's ink ends a little before its advance.
    expect(right).toBeGreaterThan(100 + width - 15);
    expect(right).toBeLessThanOrEqual(100 + width);
  });

  it('draws different titles differently', async () => {
    const a = await drawCard(cardLayout(input, measure));
    const b = await drawCard(cardLayout({ ...input, title: 'Un autre titre' }, measure));
    expect(a.equals(b)).toBe(false);
  });
});

describe('card cache', () => {
  const cache = mkdtempSync(join(tmpdir(), 'carnet-cards-'));
  afterAll(() => rmSync(cache, { recursive: true, force: true }));

  it('draws a card once, then reads it back from the cache while the card is unchanged', async () => {
    const first = await renderCard(input, cache);
    expect(first.cached).toBe(false);
    const meta = await sharp(first.image).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);

    const second = await renderCard(input, cache);
    expect(second.cached).toBe(true);
    expect(second.image.equals(first.image)).toBe(true);

    const changed = await renderCard({ ...input, title: 'Un autre titre' }, cache);
    expect(changed.cached).toBe(false);
    expect(readdirSync(cache).filter((name) => name.endsWith('.png'))).toHaveLength(2);
  });

  it('removes the cards no build used for 30 days, and old temporary files, and keeps the rest', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'carnet-cards-'));
    const { file: used } = await cardFile(input, folder);
    const { file: forgotten } = await cardFile({ ...input, title: 'Un titre changé depuis' }, folder);
    const leftover = join(folder, 'abc.png.123.x.tmp');
    const other = join(folder, 'README');
    writeFileSync(leftover, 'half a card');
    writeFileSync(other, 'not a card');
    const daysAgo = (days: number) => new Date(Date.now() - days * 24 * 3600 * 1000);
    for (const file of [used, forgotten, other]) utimesSync(file, daysAgo(40), daysAgo(40));
    utimesSync(leftover, daysAgo(2), daysAgo(2));

    // A build uses the first card again: its date is renewed, so it stays.
    expect((await cardFile(input, folder)).cached).toBe(true);
    expect(pruneCardCache(folder)).toBe(2);
    expect(readdirSync(folder).sort()).toEqual([basename(used), 'README'].sort());
    rmSync(folder, { recursive: true, force: true });
  });

  it('keeps a card used within the last 30 days', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'carnet-cards-'));
    const { file } = await cardFile(input, folder);
    const recent = new Date(Date.now() - 29 * 24 * 3600 * 1000);
    utimesSync(file, recent, recent);
    expect(pruneCardCache(folder)).toBe(0);
    expect(existsSync(file)).toBe(true);
    rmSync(folder, { recursive: true, force: true });
  });
});

describe('the content worker', () => {
  const cache = mkdtempSync(join(tmpdir(), 'carnet-cards-'));
  afterAll(() => rmSync(cache, { recursive: true, force: true }));
  const root = join(import.meta.dirname, '../fixtures/site');

  it('checks the content, then draws every card into the cache, and draws nothing the second time', async () => {
    const first = startContentWork({ root, contentDir: 'content', cacheDir: cache });
    const checked = await first.checked;
    expect(checked.problems).toEqual([]);
    const { content, entries } = await checkContentFolder(root, 'content');
    // The loaders are fed what the worker read: every file, parsed as the checks parse it.
    expect(checked.entries).toEqual(entries);
    expect(new Set(entries.map((entry) => entry.kind))).toEqual(new Set(['events', 'replays', 'sessions', 'notes', 'speakers', 'topics', 'transcripts']));
    const { files, drawn } = await first.cards;
    expect([...files.keys()].sort()).toEqual(
      siteCards(content, { brand: 'Carnet', locale: 'fr-FR' })
        .map((job) => job.path)
        .sort(),
    );
    // Cards with the same text are one file of the cache, drawn once.
    expect(drawn).toBe(new Set(files.values()).size);
    const meta = await sharp(files.get('/cards/fixture-conf-2025/chapitres-et-horodatages.png')!).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);
    expect((await startContentWork({ root, contentDir: 'content', cacheDir: cache }).cards).drawn).toBe(0);
  });

  it('reports problems and draws nothing for content that fails its checks', async () => {
    const broken = mkdtempSync(join(tmpdir(), 'carnet-broken-'));
    try {
      cpSync(join(root, 'content'), join(broken, 'content'), { recursive: true });
      writeFileSync(join(broken, 'content/speakers/sans-nom.yaml'), 'company: Nulle part\n');
      const work = startContentWork({ root: broken, contentDir: 'content', cacheDir: cache });
      expect((await work.checked).problems.map(formatProblem)).toContain('content/speakers/sans-nom.yaml:1: name: is required (text)');
      expect((await work.cards).files.size).toBe(0);
    } finally {
      rmSync(broken, { recursive: true, force: true });
    }
  });

  it('fails naming the card it could not draw', async () => {
    const blocked = join(cache, 'not-a-folder');
    writeFileSync(blocked, '');
    await expect(startContentWork({ root, contentDir: 'content', cacheDir: blocked }).cards).rejects.toThrow(
      /^Could not draw the social card \/cards\/fixture-[a-z0-9-]+\.png: Error: /,
    );
  });
});
