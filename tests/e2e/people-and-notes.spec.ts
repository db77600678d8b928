import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { FIXTURE_PORT } from '../../playwright.config.ts';

// Issue #17 on the fixture site (tests/fixtures/site): a person who asked not to be listed, a
// renamed person's old address, and a session with three notes in two languages.
const SITE = `http://127.0.0.1:${FIXTURE_PORT}`;
const DIST = join(import.meta.dirname, '../../dist-fixture');
const SESSION = '/fixture-meetup-2024/trois-notes/';

/** Every text file the fixture build wrote (pages, feeds, calendars, schedules, sitemap), by site path. */
function builtTexts(): Map<string, string> {
  const texts = new Map<string, string>();
  for (const file of readdirSync(DIST, { recursive: true, encoding: 'utf8' })) {
    if (/\.(html|xml|json|ics|txt)$/.test(file) && !file.startsWith('pagefind')) texts.set(`/${file}`, readFileSync(join(DIST, file), 'utf8'));
  }
  return texts;
}

async function search(page: Page, query: string): Promise<string[]> {
  await page.goto(`${SITE}/search/?${new URLSearchParams({ q: query })}`);
  await page.waitForFunction(() => document.querySelector<HTMLElement>('search-page')?.dataset.rendered === new URLSearchParams(location.search).toString());
  return page.locator('search-page ol > li h3 a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
}

test.describe('a person who asked not to be listed', () => {
  test('appears nowhere in the build, but by the name their file allows on their session', () => {
    const texts = builtTexts();
    expect(texts.size).toBeGreaterThan(50);
    for (const [path, text] of texts) {
      // Their full names and ids: no page, no export, no sitemap entry, no card, no feed.
      expect(text, path).not.toMatch(/Quetzalcoatl|quetzalcoatl|Sansnom|sansnom/);
      // The name Zoé's file allows is shown only where her session is: its page, and lists that show it.
      // The event's programme.json (for readers' programmes) lists her session as the schedule does.
      // Her session's page and the lists that link to it, in either interface language.
      const listsHerSession =
        [SESSION, `/en${SESSION}`].some((session) => text.includes(`href="${session}"`)) ||
        (path.endsWith('/programme.json') && text.includes(`"url":"${SESSION}"`));
      if (text.includes('Zoé')) expect(path === `${SESSION}index.html` || path === `/en${SESSION}index.html` || listsHerSession, path).toBe(true);
    }
    expect(texts.get(`${SESSION}index.html`)).toContain('Zoé');
    expect(texts.get('/fixture-meetup-2024/schedule.json') ?? '').not.toContain('Zoé');
    expect(texts.get('/api/sessions.json') ?? '').not.toContain('Zoé');
  });

  test('has no page, is not in the speakers index, and search does not find them', async ({ page }) => {
    expect((await page.goto(`${SITE}/speakers/zoe-quetzalcoatl/`))!.status()).toBe(404);
    await page.goto(`${SITE}/speakers/`);
    await expect(page.locator('main')).not.toContainText('Zoé');
    // Their session is found by the people search may know (Alex), never by them.
    expect(await search(page, 'Renommé')).toContain(SESSION);
    expect(await search(page, 'Quetzalcoatl')).not.toContain(SESSION);
    expect(await search(page, 'Zoé')).not.toContain(SESSION);
  });
});

test('the old address of a renamed person leads to their page, and is kept out of the sitemap', async ({ page }) => {
  const response = await page.request.get(`${SITE}/speakers/alex-ancien/`);
  const html = await response.text();
  expect(html).toContain('<meta name="robots" content="noindex">');
  expect(html).toContain('<link rel="canonical" href="https://fixture.carnet.test/speakers/alex-renomme/">');
  expect(html).toMatch(/<a href="\/speakers\/alex-renomme\/">Alex Renommé<\/a>/);
  await page.goto(`${SITE}/speakers/alex-ancien/`);
  await page.waitForURL(`${SITE}/speakers/alex-renomme/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Alex Renommé');
  await expect(page.locator('main .head')).toContainText('iel');
  const sitemap = await (await page.request.get(`${SITE}/sitemap-0.xml`)).text();
  expect(sitemap).toContain('/speakers/alex-renomme/');
  expect(sitemap).not.toContain('alex-ancien');
});

test.describe('a session with three notes in two languages', () => {
  test('shows the first in full and the others one click away, each credited, with the translation linked', async ({ page }) => {
    await page.goto(`${SITE}${SESSION}`);
    const first = page.locator('section.note');
    await expect(first).toContainText('parle de tuyaux et de robinets');
    await expect(page.locator('.note-footer')).toContainText('Première Plume');
    const others = page.locator('details.other-note');
    await expect(others).toHaveCount(2);
    await expect(others.nth(0).locator('summary')).toHaveText(/Note de Dominique Deuxième · en français, écrite le mercredi 6 novembre 2024/);
    await expect(others.nth(1).locator('summary')).toHaveText(/Note de Third Quill · en anglais, écrite le jeudi 7 novembre 2024/);
    await expect(others.nth(1).getByText('zygomorphic')).toBeHidden();
    // « Cette note existe en anglais » opens the translation where it is, on the same page.
    await first.getByRole('link', { name: 'lire la traduction' }).click();
    await expect(page).toHaveURL(`${SITE}${SESSION}#note-in-english`);
    await expect(others.nth(1).getByText('zygomorphic')).toBeVisible();
    await expect(others.nth(1).locator('[lang="en"]').first()).toContainText('What I took away');
    await others.nth(0).locator('summary').click();
    await expect(others.nth(0)).toContainText('les robinets fuient moins');
    // The session's facts once, whatever the number of notes.
    await expect(page.locator('article .people')).toHaveCount(1);
    await expect(page.locator('article .people')).toContainText('Testeuse, Fixture SAS');
  });

  test('search finds a word only the third note contains', async ({ page }) => {
    expect(await search(page, 'zygomorphic')).toEqual([SESSION]);
  });
});

test('a session whose only note is in its folder shows it in full, credited, with its sources', async ({ page }) => {
  await page.goto(`${SITE}/fixture-meetup-2024/note-a-cote/`);
  await expect(page.locator('section.note #note-notes-de-sam')).toContainText('montrée en entier');
  await expect(page.locator('details.other-note')).toHaveCount(0);
  await expect(page.locator('.note-footer')).toContainText('Sam Voisin');
  await expect(page.getByRole('link', { name: 'Les diapositives inventées' })).toHaveAttribute('href', 'https://example.org/diapos');
});
