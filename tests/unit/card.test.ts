import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { cardFile, pruneCardCache, renderCard } from '../../src/data/card-png.ts';
import { beginContentWork, currentContentWork, startContentWork } from '../../src/data/content-work.ts';
import { eventCardPath, sessionCardPath, siteCards } from '../../src/lib/cards.ts';
import { checkContent, formatProblem } from '../../src/lib/check-content.ts';
import { readContentFiles } from '../../scripts/read-content.ts';
import { CARD, cardLayout, contrast, textColourOn, wrapText, type CardLayout, type Measure } from '../../src/lib/card.ts';
import { drawCard, measure } from '../../src/data/card-raster.ts';

const input = {
  title: 'Comment créer un plugin kubectl ?',
  kicker: 'Kubernetes Community Days France 2023',
  people: ['Aurélie Vache', 'Sébastien Blanc'],
  background: '#1b2a4a',
  accent: '#e63946',
  brand: 'Carnet',
};

// A stand-in for the font: every character 0.6 em wide, so layout tests do not depend on it.
const monospace: Measure = (text, size) => [...text].length * size * 0.6;
const texts = (layout: CardLayout) => layout.shapes.flatMap((shape) => (shape.kind === 'text' ? [shape] : []));

describe('card layout', () => {
  it('shows event, title, people and brand, in that order down the card', () => {
    const layout = cardLayout(input, monospace);
    expect([layout.width, layout.height]).toEqual([CARD.width, CARD.height]);
    const lines = texts(layout);
    expect(lines[0]!.text).toBe('Kubernetes Community Days France 2023');
    expect(lines.filter((line) => line.size === 66).map((line) => line.text).join(' ')).toBe('Comment créer un plugin kubectl ?');
    expect(lines.at(-2)!.text).toBe('Aurélie Vache · Sébastien Blanc');
    expect(lines.at(-1)!.text).toBe('Carnet');
    expect(lines.map((line) => line.y)).toEqual([...lines.map((line) => line.y)].sort((a, b) => a - b));
    expect(layout.background).toBe(input.background);
  });

  it('wraps long titles within the card and cuts them with an ellipsis after four lines', () => {
    const lines = wrapText('word '.repeat(200), 1040, 54, 4, monospace);
    expect(lines).toHaveLength(4);
    expect(lines[3]!.endsWith('…')).toBe(true);
    for (const line of lines) expect(monospace(line, 54, 'bold')).toBeLessThanOrEqual(1040);
    expect(wrapText('Supercalifragilisticexpialidocious'.repeat(3), 600, 66, 4, monospace).every((line) => monospace(line, 66, 'bold') <= 600)).toBe(true);
    const title = texts(cardLayout({ ...input, title: 'Un titre '.repeat(30) }, monospace)).filter((line) => line.size === 54);
    expect(title).toHaveLength(4);
  });

  it('wraps a 20,000-character single-word title with work bounded by the four lines shown (it used to take minutes)', () => {
    let calls = 0;
    let measured = 0;
    const counting: Measure = (text, size, weight) => {
      calls++;
      measured += text.length;
      return monospace(text, size, weight);
    };
    const started = performance.now();
    const lines = wrapText('x'.repeat(20_000), 1040, 54, 4, counting);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(lines).toHaveLength(4);
    expect(lines.slice(0, 3).every((line) => line === 'x'.repeat(32))).toBe(true);
    expect(lines[3]!.endsWith('…')).toBe(true);
    for (const line of lines) expect(monospace(line, 54, 'bold')).toBeLessThanOrEqual(1040);
    // One pass over the rest of the word per line shown, not one per character of it: cutting
    // it a character at a time measured about 10^8 characters for each line.
    expect(calls).toBeLessThan(200);
    expect(measured).toBeLessThan(6 * 20_000);
    // The same with the real font, through the whole card.
    const card = performance.now();
    expect(texts(cardLayout({ ...input, title: 'é'.repeat(20_000) }, measure)).filter((line) => line.size === 54)).toHaveLength(4);
    expect(performance.now() - card).toBeLessThan(1000);
  });

  it('cuts a long word between characters, never inside one written as two UTF-16 units', () => {
    const lines = wrapText('😀'.repeat(200), 600, 66, 4, monospace);
    for (const line of lines) expect(line.replace(/…$/, '')).toMatch(/^(?:😀)+$/u);
  });

  it('writes the event in its accent colour only where that colour is readable', () => {
    const kicker = (background: string, accent: string) => texts(cardLayout({ ...input, background, accent }, monospace))[0]!.colour;
    expect(kicker('#2b1d4e', '#f4a261')).toBe('#f4a261');
    expect(kicker('#1b2a4a', '#1d3a6a')).toBe('#f8fafc');
  });

  it('lists at most three people and a count', () => {
    expect(texts(cardLayout({ ...input, people: ['A a', 'B b', 'C c', 'D d', 'E e'] }, monospace)).map((line) => line.text)).toContain('A a · B b · C c · + 2');
  });

  it('picks dark text on light backgrounds and light text on dark ones', () => {
    expect(textColourOn('#ffffff')).toBe('#111827');
    expect(textColourOn('#1b2a4a')).toBe('#f8fafc');
    expect(textColourOn('#ffd166')).toBe('#111827');
    expect(contrast('#ffffff', '#000000')).toBeCloseTo(21);
  });
});

describe('card raster', () => {
  const pixels = async (png: Buffer) => {
    const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    const at = (x: number, y: number) => '#' + [...data.subarray((y * info.width + x) * 3, (y * info.width + x) * 3 + 3)].map((c) => c.toString(16).padStart(2, '0')).join('');
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
    const layout: CardLayout = { width: 1200, height: 200, background: '#000000', shapes: [{ kind: 'text', x: 100, y: 120, size: 66, weight: 'bold', colour: '#ffffff', text: line }] };
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

describe('the site’s cards', () => {
  const root = join(import.meta.dirname, '../fixtures/site');
  const { problems, content } = checkContent(readContentFiles(root, 'content'));
  const jobs = siteCards(content, { brand: 'Carnet', locale: 'fr-FR' });

  it('has one card per event and one per session, at the paths pages name', () => {
    expect(problems).toEqual([]);
    expect(jobs.map((job) => job.path).sort()).toEqual(
      [...[...content.events.keys()].map(eventCardPath), ...[...content.sessions.values()].map((s) => sessionCardPath(s.event, s.slug))].sort(),
    );
    expect(new Set(jobs.map((job) => job.path)).size).toBe(jobs.length);
    expect(sessionCardPath('fixture-conf-2025', 'chapitres-et-horodatages')).toBe('/cards/fixture-conf-2025/chapitres-et-horodatages.png');
  });

  it('draws a session with its title, its event and the names of its people', () => {
    const session = content.sessions.get('fixture-conf-2025/chapitres-et-horodatages')!;
    const card = jobs.find((job) => job.path === '/cards/fixture-conf-2025/chapitres-et-horodatages.png')!.input;
    expect(card).toMatchObject({ title: session.data.title, kicker: 'Fixture Conf 2025', ...content.events.get('fixture-conf-2025')!.colours, brand: 'Carnet' });
    expect(card.people).toEqual(session.data.people.map((person) => content.speakers.get(person.id)!.name));
    expect(card.people.length).toBeGreaterThan(0);
  });

  it('draws an event with its dates and city', () => {
    const card = jobs.find((job) => job.path === '/cards/fixture-meetup-2024.png')!.input;
    expect(card.title).toBe('Fixture Meetup 2024');
    expect(card.kicker).toBe('5 novembre 2024 · Nantes');
  });
});

describe('the content worker', () => {
  const cache = mkdtempSync(join(tmpdir(), 'carnet-cards-'));
  afterAll(() => rmSync(cache, { recursive: true, force: true }));
  const root = join(import.meta.dirname, '../fixtures/site');

  it('checks the content, then draws every card into the cache, and draws nothing the second time', async () => {
    const first = beginContentWork({ root, contentDir: 'content', cacheDir: cache });
    expect(await first.problems).toEqual([]);
    const { content } = checkContent(readContentFiles(root, 'content'));
    const { files, drawn } = await first.cards;
    expect([...files.keys()].sort()).toEqual(siteCards(content, { brand: 'Carnet', locale: 'fr-FR' }).map((job) => job.path).sort());
    // Cards with the same text are one file of the cache, drawn once.
    expect(drawn).toBe(new Set(files.values()).size);
    const meta = await sharp(files.get('/cards/fixture-conf-2025/chapitres-et-horodatages.png')!).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);
    expect(currentContentWork(root, 'content')).toBe(first);
    expect((await startContentWork({ root, contentDir: 'content', cacheDir: cache }).cards).drawn).toBe(0);
  });

  it('reports problems and draws nothing for content that fails its checks', async () => {
    const broken = mkdtempSync(join(tmpdir(), 'carnet-broken-'));
    try {
      cpSync(join(root, 'content'), join(broken, 'content'), { recursive: true });
      writeFileSync(join(broken, 'content/speakers/sans-nom.yaml'), 'company: Nulle part\n');
      const work = startContentWork({ root: broken, contentDir: 'content', cacheDir: cache });
      expect((await work.problems).map(formatProblem)).toContain('content/speakers/sans-nom.yaml:1: name: is required (text)');
      expect((await work.cards).files.size).toBe(0);
    } finally {
      rmSync(broken, { recursive: true, force: true });
    }
  });

  it('fails naming the card it could not draw', async () => {
    const blocked = join(cache, 'not-a-folder');
    writeFileSync(blocked, '');
    await expect(startContentWork({ root, contentDir: 'content', cacheDir: blocked }).cards).rejects.toThrow(/^Could not draw the social card \/cards\/fixture-[a-z0-9-]+\.png: Error: /);
  });
});
