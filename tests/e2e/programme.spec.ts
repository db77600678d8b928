import { expect, test, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import ical, { type VEvent } from 'node-ical';
import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { expectAccessible } from './axe.ts';

// "Mon programme": a star on every session, a list kept in the browser, shared by a link that
// carries it, as a QR code and as a calendar, with nothing sent anywhere.
const CND = '/cloud-native-days-france-2026/';
const KEY = 'carnet-programme';

/** The first session card of the 2026 schedule: its id, title and star. */
async function firstCard(page: Page) {
  const card = page
    .locator('.schedule li.session, li.session')
    .filter({ has: page.locator('button[data-watch]') })
    .first();
  const star = card.locator('button[data-watch]');
  return { card, star, id: (await star.getAttribute('data-watch'))!, title: (await card.locator('a.title').textContent())!.trim() };
}

test.describe('the programme', () => {
  test('a starred session stays starred after a reload and is listed on the programme page', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(CND);
    const { star, id, title } = await firstCard(page);
    await expect(star).toBeVisible();
    await expect(star).toHaveAttribute('aria-pressed', 'false');
    await expect(star).toHaveAccessibleName('Ajouter à mon programme');
    await star.click();
    await expect(star).toHaveAttribute('aria-pressed', 'true');
    await expect(star).toHaveAccessibleName('Retirer de mon programme');
    await page.reload();
    await expect(page.locator(`button[data-watch="${id}"]`).first()).toHaveAttribute('aria-pressed', 'true');

    // Its own page shows the same state.
    await page.goto(`/${id}/`);
    await expect(page.locator('h1 + span button[data-watch], .title-row button[data-watch]').first()).toHaveAttribute('aria-pressed', 'true');

    await page.goto('/programme/');
    const listed = page.locator('[data-own-list] a.title');
    await expect(listed).toHaveText([title]);
    await expectAccessible(page);

    // Taken out from the programme page, it leaves the list.
    await page.locator('[data-own-list] button[data-watch]').click();
    await expect(listed).toHaveCount(0);
    await expect(page.locator('[data-own-list] .notice')).toContainText('Votre programme est vide');
  });

  test('lists upcoming sessions by day and time, and past ones as replays to watch', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-01-20T10:00:00+01:00'));
    await page.goto(CND);
    const { id } = await firstCard(page);
    await page.evaluate(([key, ids]) => localStorage.setItem(key, JSON.stringify({ version: 1, sessions: ids })), [
      KEY,
      [id, 'kcd-france-2023/creer-un-plugin-kubectl'],
    ] as const);
    await page.goto('/programme/');
    const own = page.locator('[data-own-list]');
    await expect(own.locator('h2')).toHaveText(['À venir', 'Replays à regarder']);
    await expect(own.locator('h4').first()).toHaveText('Mardi 3 février');
    await expect(own.locator('.entry .when').first()).toHaveText(/^\d\d:\d\d–\d\d:\d\d$/);
  });

  test('its share link shows the same sessions in a fresh browser, read-only, and adds them on request', async ({ page, browser }) => {
    await page.goto(CND);
    const stars = page.locator('button[data-watch]');
    const ids = [(await stars.nth(0).getAttribute('data-watch'))!, (await stars.nth(3).getAttribute('data-watch'))!];
    for (const i of [0, 3]) await stars.nth(i).click();
    await page.goto('/programme/');
    // Drawn once the events' programme files have come: read when both are there.
    await expect(page.locator('[data-own-list] a.title')).toHaveCount(2);
    const titles = await page.locator('[data-own-list] a.title').allTextContents();
    // Drawn once the events' programme files have come: the link is read when it is there.
    await expect(page.locator('[data-share-link]')).toHaveValue(/#1~/);
    const link = await page.locator('[data-share-link]').inputValue();
    expect(link).toMatch(/\/programme\/#1~[a-z0-9._~-]+[a-z0-9]$/);

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    const requests: string[] = [];
    other.on('request', (request) => requests.push(request.url()));
    await other.goto(link);
    await expect(other.locator('[data-shared]')).toBeVisible();
    await expect(other.locator('[data-shared-list] a.title')).toHaveText(titles);
    // Read-only: no stars on a shared list, and the reader's own list is untouched.
    await expect(other.locator('[data-shared-list] button[data-watch]')).toHaveCount(0);
    expect(await other.evaluate((key) => localStorage.getItem(key), KEY)).toBeNull();
    // Nothing about the list went anywhere: every request is to the site itself, none carries the list.
    expect(requests.every((url) => new URL(url).origin === new URL(link).origin)).toBe(true);
    expect(requests.some((url) => url.includes(ids[0]!.split('/')[1]!))).toBe(false);

    await other.getByRole('button', { name: 'Ajouter ces sessions au mien' }).click();
    const stored = JSON.parse((await other.evaluate((key) => localStorage.getItem(key), KEY))!) as { sessions: string[] };
    expect(stored.sessions.sort()).toEqual([...ids].sort());
    await fresh.close();
  });

  test('its QR code decodes to the share link', async ({ page }) => {
    await page.goto(CND);
    await page.locator('button[data-watch]').first().click();
    await page.goto('/programme/');
    // Drawn once the events' programme files have come: the link is read when it is there.
    await expect(page.locator('[data-share-link]')).toHaveValue(/#1~/);
    const link = await page.locator('[data-share-link]').inputValue();
    await page.getByRole('button', { name: 'Afficher le QR code' }).click();
    const canvas = page.locator('canvas[data-qr]');
    await expect(canvas).toBeVisible();
    const { data, info } = await sharp(await canvas.screenshot())
      .ensureAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    const code = jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height);
    expect(code?.data).toBe(link);
  });

  test('downloads as a calendar holding the starred sessions at their times', async ({ page }) => {
    await page.goto(CND);
    const star = page.locator('button[data-watch]').first();
    const id = (await star.getAttribute('data-watch'))!;
    await star.click();
    const programme = (await (await page.request.get(`${CND}programme.json`)).json()) as {
      sessions: { id: string; title: string; start: string; durationMinutes: number }[];
    };
    const session = programme.sessions.find((s) => s.id === id)!;
    await page.goto('/programme/');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger le calendrier (.ics)' }).click()]);
    const text = readFileSync((await download.path())!, 'utf8');
    const entries = Object.values(ical.sync.parseICS(text)).filter((entry): entry is VEvent => entry?.type === 'VEVENT');
    expect(entries.map((entry) => entry.summary)).toEqual([session.title]);
    expect(entries[0]!.start.getTime()).toBe(new Date(session.start).getTime());
    expect(entries[0]!.end!.getTime() - entries[0]!.start.getTime()).toBe(session.durationMinutes * 60_000);
    expect(text).toContain('TZID=Europe/Paris');
  });

  test('a garbled or hostile share link shows a clear message and changes nothing in the reader’s list', async ({ page }) => {
    await page.goto(CND);
    await page.locator('button[data-watch]').first().click();
    const before = await page.evaluate((key) => localStorage.getItem(key), KEY);
    for (const payload of ['1~<img src=x onerror=alert(1)>', '9~future_format', '1~cndf_..%2F..%2Fetc', `1~e_${'a'.repeat(40_000)}`, '%E0%A4%A']) {
      await page.goto(`/programme/#${payload}`);
      await expect(page.locator('[data-bad-link]')).toBeVisible();
      await expect(page.locator('[data-bad-link]')).toContainText('rien n’a été ajouté');
      await expect(page.locator('[data-shared]')).toBeHidden();
      await expect(page.locator('img[src="x"]')).toHaveCount(0);
      expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(before);
    }
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the star is absent, not broken, and the programme page says it needs JavaScript', async ({ page }) => {
    await page.goto(CND);
    expect(await page.locator('button[data-watch]').count()).toBeGreaterThan(5);
    await expect(page.locator('button[data-watch]:visible')).toHaveCount(0);
    await page.goto('/programme/');
    await expect(page.getByText('a besoin de JavaScript')).toBeVisible();
  });
});
