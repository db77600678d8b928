import { expect, test, type Page } from '@playwright/test';
import { FIXTURE_PORT } from '../../playwright.config.ts';
import { expectAccessible } from './axe.ts';

// What a reader sees first (issue 14), in Chromium at the widths of phones, tablets and desktops:
// a header on one line, nothing scrolling sideways, a replay that says when it cannot load,
// replay tiles that lead to their session.
const FIXTURE = `http://127.0.0.1:${FIXTURE_PORT}`;
const CHAPTERS = `${FIXTURE}/fixture-conf-2025/chapitres-et-horodatages/`;
const WIDTHS = [360, 390, 768, 1280];
const PAGES = [
  '/',
  '/events/',
  '/kcd-france-2023/developer-portal-back-market/',
  '/kcd-france-2023/table-ronde-ops-dev-devops/',
  '/speakers/',
  '/replays/',
  '/search/?q=kubernetes',
];

/** Lets requests to our own server through; every other host fails, as it would offline. */
async function offline(page: Page) {
  await page.route(/^https?:/, (route) => (new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort('internetdisconnected')));
}

for (const width of WIDTHS) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 800 } });

    for (const path of PAGES) {
      test(`${path}: the header is one line and nothing scrolls sideways`, async ({ page }) => {
        await offline(page);
        await page.goto(path);
        const header = await page.locator('header.site-header').boundingBox();
        // One line of controls (about 40 px) and its padding; two lines were 166 px.
        expect(header!.height).toBeLessThanOrEqual(64);
        const brand = await page.locator('header .brand').boundingBox();
        const toggle = await page.getByRole('button', { name: 'Thème sombre' }).boundingBox();
        expect(Math.abs(brand!.y + brand!.height / 2 - (toggle!.y + toggle!.height / 2))).toBeLessThan(4);
        expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
      });
    }
  });
}

test.describe('the menu on a phone', () => {
  test.use({ viewport: { width: 360, height: 800 } });

  for (const javaScriptEnabled of [true, false]) {
    test(`opens and leads to the events ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, async ({ browser, baseURL }) => {
      const context = await browser.newContext({ viewport: { width: 360, height: 800 }, javaScriptEnabled, baseURL: baseURL! });
      const page = await context.newPage();
      await page.goto('/speakers/');
      const events = page.getByRole('link', { name: 'Événements' });
      await expect(events).toBeHidden();
      await page.locator('header summary').click();
      await expect(events).toBeVisible();
      // The open menu lies over the page: the header keeps its height.
      expect((await page.locator('header.site-header').boundingBox())!.height).toBeLessThanOrEqual(64);
      await events.click();
      await expect(page).toHaveURL(/\/events\/$/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Événements');
      await context.close();
    });
  }

  test('open, it has no accessibility violation in either theme', async ({ page }) => {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/');
      await page.locator('header summary').click();
      await expectAccessible(page);
    }
  });
});

test.describe('the “/” key hint', () => {
  test('shows beside the search box where a mouse and keyboard are likely', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/');
    await expect(page.locator('header kbd')).toBeVisible();
  });

  test('is not shown on a touch screen', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 800 }, hasTouch: true, isMobile: true, baseURL: baseURL! });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.locator('header kbd')).toBeHidden();
    await context.close();
  });
});

test.describe('a replay that cannot load', () => {
  test('says so when the reader is offline, with the link to the provider', async ({ page, context }) => {
    await offline(page);
    await page.goto(CHAPTERS);
    await context.setOffline(true);
    await page.getByRole('button', { name: 'Lire le replay : Chapitres et horodatages' }).click();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Le lecteur de YouTube n’a pas pu se charger');
    await expect(alert.getByRole('link', { name: 'Regarder la vidéo sur YouTube' })).toHaveAttribute(
      'href',
      'https://www.youtube.com/watch?v=AbCdEfGhIj0&t=60s',
    );
    await expect(page.locator('replay-player .frame')).toBeHidden();
    await expectAccessible(page);
    await context.setOffline(false);
  });

  test('says so when the player never loads (a blocked or unreachable host)', async ({ page }) => {
    await page.clock.install();
    await page.route(/^https?:/, (route) => {
      const url = new URL(route.request().url());
      // Any other request is never answered: the frame gets no load event.
      return url.hostname === '127.0.0.1' ? route.continue() : new Promise<void>(() => {});
    });
    await page.goto(CHAPTERS);
    await page.getByRole('button', { name: 'Lire le replay : Chapitres et horodatages' }).click();
    await expect(page.locator('replay-player iframe')).toHaveCount(1);
    await expect(page.getByRole('alert')).toBeHidden();
    await page.clock.fastForward(16_000);
    await expect(page.getByRole('alert')).toContainText('n’a pas pu se charger');
    await expect(page.locator('replay-player .frame')).toBeHidden();
  });

  test('says so when a video file fails', async ({ page }) => {
    await offline(page);
    await page.goto(`${FIXTURE}/fixture-conf-2025/video-fichier/`);
    await page.getByRole('button', { name: 'Lire le replay : Une vidéo sur fichier' }).click();
    await expect(page.getByRole('alert')).toContainText('La vidéo n’a pas pu se charger');
    await expect(page.getByRole('alert').getByRole('link')).toHaveAttribute('href', 'https://media.example.org/fixture/talk.webm');
  });

  test('keeps its play button off the poster’s title', async ({ page }) => {
    await offline(page);
    await page.goto('/cloud-native-days-france-2026/rex-renault-kubernetes-as-a-service/');
    const disc = await page
      .getByRole('button', { name: /^Lire le replay/ })
      .locator('svg')
      .boundingBox();
    const frame = await page.locator('replay-player .frame').boundingBox();
    // In the bottom-right corner the card leaves empty: right of the middle, below the title block.
    expect(disc!.x).toBeGreaterThan(frame!.x + frame!.width * 0.75);
    expect(disc!.y).toBeGreaterThan(frame!.y + frame!.height * 0.7);
  });
});

test.describe('the replay library', () => {
  for (const width of [390, 1280]) {
    test(`at ${width} px, each tile is a link to its session, picture included`, async ({ page }) => {
      await offline(page);
      await page.setViewportSize({ width, height: 800 });
      await page.goto('/replays/');
      const tile = page.locator('[data-replay-item]').first();
      const href = await tile.getByRole('link').getAttribute('href');
      expect(href).toMatch(/^\/[a-z0-9-]+\/[a-z0-9-]+\/$/);
      await expect(tile.locator('img')).toHaveAttribute('src', /^\/cards\/.+\.png$/);
      // The title's link stretches over the card: a click on the picture follows it.
      await tile.scrollIntoViewIfNeeded();
      const picture = (await tile.locator('img').boundingBox())!;
      await page.mouse.click(picture.x + picture.width / 2, picture.y + picture.height / 2);
      await expect(page).toHaveURL(new RegExp(`${href!.replace(/\//g, '\\/')}$`));
    });
  }

  test('its menus are in alphabetical order', async ({ page }) => {
    await page.goto('/replays/');
    for (const name of ['Événement', 'Sujet', 'Langue', 'Format']) {
      const labels = (await page.getByRole('combobox', { name }).locator('option').allTextContents()).slice(1);
      expect(labels, name).toEqual([...labels].sort((a, b) => a.localeCompare(b, 'fr')));
    }
  });

  test('says “1 replay affiché”, in the singular', async ({ page }) => {
    await page.goto(`${FIXTURE}/replays/?language=en`);
    await expect(page.getByRole('status')).toHaveText('1 replay affiché sur 6.');
  });
});
