import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { drawCardsInBackground, renderCard } from '../../src/data/card-png.ts';
import { eventCardPath, sessionCardPath, siteCards } from '../../src/lib/cards.ts';
import { checkContent } from '../../src/lib/check-content.ts';
import { readContentFiles } from '../../scripts/read-content.ts';
import { CARD, cardSvg, contrast, escapeXml, textColourOn, textWidth, wrapText } from '../../src/lib/card.ts';

const input = {
  title: 'Comment créer un plugin kubectl ?',
  kicker: 'Kubernetes Community Days France 2023',
  people: ['Aurélie Vache', 'Sébastien Blanc'],
  background: '#1b2a4a',
  accent: '#e63946',
  brand: 'Carnet',
};

describe('card layout', () => {
  it('shows title, event and people, with markup escaped', () => {
    const svg = cardSvg({ ...input, title: 'Tom & <Jerry>' });
    expect(svg).toContain('Tom &amp; &lt;Jerry&gt;');
    expect(svg).toContain('Kubernetes Community Days France 2023');
    expect(svg).toContain('Aurélie Vache · Sébastien Blanc');
    expect(svg).toContain(`width="${CARD.width}" height="${CARD.height}"`);
  });

  it('wraps long titles within the card and cuts them with an ellipsis after four lines', () => {
    const lines = wrapText('word '.repeat(200), 1040, 54, 4);
    expect(lines).toHaveLength(4);
    expect(lines[3]!.endsWith('…')).toBe(true);
    for (const line of lines) expect(textWidth(line, 54)).toBeLessThanOrEqual(1040);
    expect(wrapText('Supercalifragilisticexpialidocious'.repeat(3), 600, 66, 4).every((line) => textWidth(line, 66) <= 600)).toBe(true);
  });

  it('writes the event in its accent colour only where that colour is readable', () => {
    expect(cardSvg({ ...input, kicker: 'E', background: '#2b1d4e', accent: '#f4a261' })).toContain('fill="#f4a261" font-weight="700">E</text>');
    expect(cardSvg({ ...input, kicker: 'E', background: '#1b2a4a', accent: '#1d3a6a' })).toContain('fill="#f8fafc" font-weight="700">E</text>');
  });

  it('escapes markup and drops control characters', () => {
    expect(escapeXml('a<b>&"\'\u0007')).toBe('a&lt;b&gt;&amp;&quot;&apos;');
  });

  it('lists at most three people and a count', () => {
    expect(cardSvg({ ...input, people: ['A a', 'B b', 'C c', 'D d', 'E e'] })).toContain('A a · B b · C c · + 2');
  });

  it('picks dark text on light backgrounds and light text on dark ones', () => {
    expect(textColourOn('#ffffff')).toBe('#111827');
    expect(textColourOn('#1b2a4a')).toBe('#f8fafc');
    expect(textColourOn('#ffd166')).toBe('#111827');
    expect(contrast('#ffffff', '#000000')).toBeCloseTo(21);
  });
});

describe('card rendering', () => {
  const cache = mkdtempSync(join(tmpdir(), 'carnet-cards-'));
  afterAll(() => rmSync(cache, { recursive: true, force: true }));

  it('draws a 1200×630 PNG once, then reads it back from the cache while the card is unchanged', async () => {
    const svg = cardSvg(input);
    const first = await renderCard(svg, cache);
    expect(first.cached).toBe(false);
    const meta = await sharp(first.image).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);

    const second = await renderCard(svg, cache);
    expect(second.cached).toBe(true);
    expect(second.image.equals(first.image)).toBe(true);

    const changed = await renderCard(cardSvg({ ...input, title: 'Un autre titre' }), cache);
    expect(changed.cached).toBe(false);
    expect(readdirSync(cache).filter((name) => name.endsWith('.png'))).toHaveLength(2);
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
    const svg = jobs.find((job) => job.path === '/cards/fixture-conf-2025/chapitres-et-horodatages.png')!.svg;
    expect(svg).toContain(escapeXml(session.data.title.split(' ')[0]!));
    expect(svg).toContain('Fixture Conf 2025');
    for (const person of session.data.people) expect(svg).toContain(escapeXml(content.speakers.get(person.id)!.name.split(' ')[0]!));
    expect(svg).toContain(content.events.get('fixture-conf-2025')!.colours.background);
  });

  it('draws an event with its dates and city', () => {
    const svg = jobs.find((job) => job.path === '/cards/fixture-meetup-2024.png')!.svg;
    expect(svg).toContain('Fixture Meetup 2024');
    expect(svg).toContain('5 novembre 2024 · Nantes');
  });
});

describe('drawing cards in the background', () => {
  const cache = mkdtempSync(join(tmpdir(), 'carnet-cards-'));
  afterAll(() => rmSync(cache, { recursive: true, force: true }));

  it('draws every card on a worker into the cache, and draws nothing the second time', async () => {
    const jobs = ['Un', 'Deux', 'Trois'].map((title, i) => ({ path: `/cards/e/${i}.png`, svg: cardSvg({ ...input, title }) }));
    const first = await drawCardsInBackground(jobs, cache);
    expect(first.drawn).toBe(3);
    expect([...first.files.keys()]).toEqual(jobs.map((job) => job.path));
    const meta = await sharp(first.files.get('/cards/e/1.png')!).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);
    const second = await drawCardsInBackground(jobs, cache);
    expect(second.drawn).toBe(0);
    expect(second.files).toEqual(first.files);
  });

  it('fails naming the card it could not draw', async () => {
    await expect(drawCardsInBackground([{ path: '/cards/e/broken.png', svg: '<svg' }], cache)).rejects.toThrow('/cards/e/broken.png');
  });
});
