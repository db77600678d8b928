// Checks the machine-readable outputs of the built site (dist/): schedule exports against the
// official schemas, the calendar with an independent parser, feeds, sitemap and social cards.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { c3vocProblems, calendarEntries, frabProblems, valueOf } from '../helpers/validate.ts';
import { SITE_URL } from '../helpers/content.ts';

const DIST = join(process.cwd(), 'dist');
const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
const index = JSON.parse(read('api/sessions.json')) as {
  version: number;
  events: { id: string; url: string }[];
  sessions: { id: string; event: string; url: string; title: string; start: string | null; hasNotes: boolean; people: { name: string }[] }[];
};
const events = index.events.map((event) => event.id);

describe('sessions index (/api/sessions.json)', () => {
  it('lists every session page of the site, each once', () => {
    const pages = events.flatMap((event) =>
      readdirSync(join(DIST, event), { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && existsSync(join(DIST, event, entry.name, 'index.html')) && entry.name !== 'tracks')
        .map((entry) => `${event}/${entry.name}`),
    );
    expect(index.version).toBe(1);
    expect(index.sessions.map((s) => s.id).sort()).toEqual(pages.sort());
  });
});

describe.each(events)('exports of %s', (event) => {
  const sessions = index.sessions.filter((s) => s.event === event);
  const timed = sessions.filter((s) => s.start !== null);

  it('schedule.xml validates against the official XSD', async () => {
    expect(await frabProblems(read(`${event}/schedule.xml`))).toEqual([]);
    expect(read(`${event}/schedule.xml`).match(/<event /g)?.length ?? 0).toBe(timed.length);
  });

  it('schedule.json validates against the official JSON Schema', () => {
    expect(c3vocProblems(JSON.parse(read(`${event}/schedule.json`)))).toEqual([]);
  });

  it('calendar.ics parses with node-ical: one entry per timed session, plus the event', () => {
    const entries = calendarEntries(read(`${event}/calendar.ics`));
    expect(entries).toHaveLength(timed.length + 1);
    for (const session of timed) {
      const entry = entries.find((item) => valueOf(item.url) === session.url);
      expect(entry, session.id).toBeDefined();
      expect(entry!.start.getTime()).toBe(new Date(session.start!).getTime());
    }
  });

  it('the event page links every export, and each exists', () => {
    const html = read(`${event}/index.html`);
    for (const file of ['calendar.ics', 'schedule.xml', 'schedule.json', 'rss.xml']) {
      expect(html).toContain(`href="/${event}/${file}"`);
      expect(existsSync(join(DIST, event, file)), file).toBe(true);
    }
  });

  it('rss.xml has one item per note written for the event', () => {
    const rss = read(`${event}/rss.xml`);
    expect(rss.match(/<item>/g)?.length ?? 0).toBe(sessions.filter((s) => s.hasNotes).length);
  });
});

describe('site-wide feed and sitemap', () => {
  it('rss.xml lists the notes of every event, linked from every page', () => {
    const rss = read('rss.xml');
    expect(rss.match(/<item>/g)?.length).toBe(index.sessions.filter((s) => s.hasNotes).length);
    expect(read('index.html')).toContain('<link rel="alternate" type="application/rss+xml"');
  });

  it('the sitemap lists every event and session page, and not the 404', () => {
    expect(read('sitemap-index.xml')).toContain('sitemap-0.xml');
    const sitemap = read('sitemap-0.xml');
    for (const session of index.sessions) expect(sitemap).toContain(`<loc>${session.url}</loc>`);
    for (const event of index.events) expect(sitemap).toContain(`<loc>${event.url}</loc>`);
    expect(sitemap).not.toContain('404');
  });
});

describe('social cards', () => {
  const metaImage = (html: string) => /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];

  it('every session and event page names its own 1200×630 card in Open Graph and Twitter tags', async () => {
    const pages = [...index.events.map((e) => e.url), ...index.sessions.map((s) => s.url)];
    for (const url of pages) {
      const path = new URL(url).pathname;
      const html = read(join(path, 'index.html'));
      const image = metaImage(html);
      expect(image, path).toBe(`${SITE_URL}cards${path.replace(/\/$/, '')}.png`);
      expect(html).toContain(`<meta name="twitter:image" content="${image}">`);
      expect(html).toContain('<meta name="twitter:card" content="summary_large_image">');
      expect(existsSync(join(DIST, new URL(image!).pathname)), image).toBe(true);
    }
    const sample = await sharp(join(DIST, 'cards/kcd-france-2023/creer-un-plugin-kubectl.png')).metadata();
    expect([sample.width, sample.height, sample.format]).toEqual([1200, 630, 'png']);
  });
});
