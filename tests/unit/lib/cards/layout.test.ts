import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eventCardPath, sessionCardPath, siteCards } from '../../../../src/lib/cards/list.ts';
import { checkContent } from '../../../../src/lib/content/check.ts';
import { readContentFiles } from '../../../../src/lib/content/read.ts';
import { measure } from '../../../../src/build/cards/raster.ts';
import { CARD, cardLayout, contrast, textColourOn, wrapText, type CardLayout, type Measure } from '../../../../src/lib/cards/layout.ts';
import { CARD_INPUT } from '../../../helpers/card-input.ts';

const input = CARD_INPUT;

// A stand-in for the font: every character 0.6 em wide, so layout tests do not depend on it.
const monospace: Measure = (text, size) => [...text].length * size * 0.6;
const texts = (layout: CardLayout) => layout.shapes.flatMap((shape) => (shape.kind === 'text' ? [shape] : []));

describe('card layout', () => {
  it('shows event, title, people and brand, in that order down the card', () => {
    const layout = cardLayout(input, monospace);
    expect([layout.width, layout.height]).toEqual([CARD.width, CARD.height]);
    const lines = texts(layout);
    expect(lines[0]!.text).toBe('Kubernetes Community Days France 2023');
    expect(
      lines
        .filter((line) => line.size === 66)
        .map((line) => line.text)
        .join(' '),
    ).toBe('Comment créer un plugin kubectl ?');
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

describe('the site’s cards', () => {
  const root = join(import.meta.dirname, '../../../fixtures/site');
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
    expect(card).toMatchObject({
      title: session.data.title,
      kicker: 'Fixture Conf 2025',
      ...content.events.get('fixture-conf-2025')!.colours,
      brand: 'Carnet',
    });
    expect(card.people).toEqual(session.data.people.map((person) => content.speakers.get(person.id)!.name));
    expect(card.people.length).toBeGreaterThan(0);
  });

  it('draws an event with its dates and city', () => {
    const card = jobs.find((job) => job.path === '/cards/fixture-meetup-2024.png')!.input;
    expect(card.title).toBe('Fixture Meetup 2024');
    expect(card.kicker).toBe('5 novembre 2024 · Nantes');
  });
});
