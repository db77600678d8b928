import { expect, test } from '@playwright/test';

// Offline reading (issue #18): the service worker keeps the pages a reader opened; a page never
// opened shows the offline notice. The first page read is kept too, although it loaded before
// the worker did.
const NOTE = '/kcd-france-2023/creer-un-plugin-kubectl/';
const EVENT = '/cloud-native-days-france-2026/';

test('a note and an event page read before going offline render again offline; an unread page says it was not kept', async ({ page, context }) => {
  await page.goto(NOTE);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // The worker keeps the first page once it is running (CACHE_URLS from the registration script).
  await expect
    .poll(() => page.evaluate(async () => (await caches.open('carnet-pages').then((cache) => cache.keys())).map((request) => new URL(request.url).pathname)))
    .toContain(NOTE);
  await page.goto(EVENT);
  await expect(page.locator('h1')).toHaveText('Cloud Native Days France 2026');

  await context.setOffline(true);
  await page.goto(NOTE);
  await expect(page.locator('h1')).toHaveText('Comment créer un plugin kubectl ?');
  // Styled: the stylesheet came from the cache too (the page's own background, not the browser's white).
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(251, 250, 247)');
  await page.goto(EVENT);
  await expect(page.locator('h1')).toHaveText('Cloud Native Days France 2026');
  await page.goto('/speakers/');
  await expect(page.locator('h1')).toHaveText('Hors ligne');
  await expect(page.getByText('cette page n’a pas été gardée')).toBeVisible();
  // In the language of the page asked for.
  await page.goto('/en/speakers/');
  await expect(page.locator('h1')).toHaveText('Offline');
  await context.setOffline(false);
});

test('the programme page keeps the schedules of the events in the reader’s list', async ({ page, context }) => {
  await page.goto('/programme/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.evaluate(() => localStorage.setItem('carnet-programme', JSON.stringify({ version: 1, sessions: ['kcd-france-2023/creer-un-plugin-kubectl'] })));
  // Reloaded under the worker: the page now hands it the event's page to keep.
  await page.reload();
  await expect
    .poll(() => page.evaluate(async () => (await caches.open('carnet-pages').then((cache) => cache.keys())).map((request) => new URL(request.url).pathname)))
    .toContain('/kcd-france-2023/');
  await context.setOffline(true);
  await page.goto('/kcd-france-2023/');
  await expect(page.locator('h1')).toHaveText('Kubernetes Community Days France 2023');
  await context.setOffline(false);
});

test('the site installs as an app: a manifest with icons drawn from its mark', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = (await (await request.get(href!)).json()) as {
    name: string;
    start_url: string;
    display: string;
    icons: { src: string; sizes: string; purpose: string }[];
  };
  expect(manifest).toMatchObject({ name: 'Carnet', start_url: '/', display: 'standalone' });
  expect(manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose}`)).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
  for (const icon of manifest.icons) {
    const response = await request.get(icon.src);
    expect(response.headers()['content-type']).toBe('image/png');
  }
});
