import { expect, test, type Page } from '@playwright/test';
import { FIXTURE_PORT } from '../../playwright.config.ts';
import { expectAccessible } from './axe.ts';

// Pages of the fixture site (tests/fixtures/site), built by the Playwright setup.
const FIXTURE = `http://127.0.0.1:${FIXTURE_PORT}`;
const EVENT = `${FIXTURE}/fixture-conf-2025`;
const CHAPTERS = `${EVENT}/chapitres-et-horodatages/`;

/**
 * Keeps the page off the network: requests to 127.0.0.1 go through, youtube-nocookie gets a
 * stub player that reports every message it receives to the page, anything else is aborted.
 * Returns the hosts of every request made, in order.
 */
async function offline(page: Page): Promise<string[]> {
  const hosts: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'http:' || url.protocol === 'https:') hosts.push(url.host);
  });
  await page.route(/^https?:/, (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1') return route.continue();
    if (url.host === 'www.youtube-nocookie.com') {
      return route.fulfill({
        contentType: 'text/html',
        body: '<!doctype html><title>stub</title><script>addEventListener("message", (e) => parent.postMessage({ stub: e.data }, "*"));</script>',
      });
    }
    return route.abort('blockedbyclient');
  });
  return hosts;
}

/** The hosts requested while loading `path` until the network is idle. */
async function hostsOnLoad(page: Page, path: string): Promise<string[]> {
  const hosts = await offline(page);
  await page.goto(path, { waitUntil: 'networkidle' });
  return [...new Set(hosts)];
}

test.describe('privacy: nothing leaves our host before the reader plays', () => {
  for (const path of [
    CHAPTERS,
    `${EVENT}/video-vimeo/`,
    `${EVENT}/video-peertube/`,
    `${EVENT}/video-dailymotion/`,
    `${EVENT}/video-fichier/`,
    `${FIXTURE}/replays/`,
    // The shipped site: every page with a replay, and the library.
    '/cloud-native-days-france-2026/keynote-ouverture/',
    '/cloud-native-days-france-2026/rex-mistral-ai-clusterapi-datacenter/',
    '/cloud-native-days-france-2026/rex-renault-kubernetes-as-a-service/',
    '/cloud-native-days-france-2026/rex-sncf-kube-manage-on-premise/',
    '/kcd-france-2023/keynote-ouverture/',
    '/kcd-france-2023/developer-portal-back-market/',
    '/kcd-france-2023/vpc-dans-kubernetes/',
    '/kcd-france-2023/kubernetes-the-not-so-hard-veepee-way/',
    '/kcd-france-2023/bases-sql-sur-kubernetes-operateurs/',
    '/replays/',
  ]) {
    test(`${path} requests only 127.0.0.1 on load`, async ({ page }) => {
      const hosts = await hostsOnLoad(page, path);
      expect(hosts.length).toBeGreaterThan(0);
      expect(hosts.filter((host) => !host.startsWith('127.0.0.1:'))).toEqual([]);
    });
  }

  test('the poster is the session’s card from our own build, shown whole in a 16:9 frame', async ({ page }) => {
    await offline(page);
    await page.goto(CHAPTERS);
    const poster = page.locator('replay-player img');
    await expect(poster).toHaveAttribute('src', '/cards/fixture-conf-2025/chapitres-et-horodatages.png');
    await expect.poll(() => poster.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1200);
    const frame = await page.locator('replay-player .frame').boundingBox();
    expect(frame!.width / frame!.height).toBeCloseTo(16 / 9, 1);
    expect(await poster.evaluate((img) => getComputedStyle(img).objectFit)).toBe('contain');
  });
});

test.describe('the player', () => {
  const cases = [
    { path: CHAPTERS, title: 'Chapitres et horodatages', src: 'https://www.youtube-nocookie.com/embed/AbCdEfGhIj0?start=60&autoplay=1&enablejsapi=1&rel=0' },
    { path: `${EVENT}/video-vimeo/`, title: 'Une vidéo sur Vimeo', src: 'https://player.vimeo.com/video/123456789?dnt=1&autoplay=1#t=30s' },
    {
      path: `${EVENT}/video-peertube/`,
      title: 'Une vidéo sur PeerTube',
      src: 'https://tube.example.org/videos/embed/kkGMgK9ZtnKfYAgnEtQxbv?start=45&autoplay=1&p2p=0&warningTitle=0',
    },
    {
      path: `${EVENT}/video-dailymotion/`,
      title: 'Une vidéo sur Dailymotion',
      src: 'https://geo.dailymotion.com/player.html?video=x7tgad0&startTime=0&autoplay=1',
    },
  ];
  for (const { path, title, src } of cases) {
    test(`pressing play on “${title}” inserts the provider’s player at the replay’s start`, async ({ page }) => {
      const hosts = await offline(page);
      await page.goto(path, { waitUntil: 'networkidle' });
      await expect(page.locator('replay-player iframe')).toHaveCount(0);
      await page.getByRole('button', { name: `Lire le replay : ${title}` }).click();
      const frame = page.locator('replay-player iframe');
      await expect(frame).toHaveAttribute('src', src);
      await expect(frame).toHaveAttribute('title', `Lecteur vidéo : ${title}`);
      await expect.poll(() => hosts).toContain(new URL(src).host);
    });
  }

  test('a direct file plays in a native <video> from its start', async ({ page }) => {
    await offline(page);
    await page.goto(`${EVENT}/video-fichier/`);
    await page.getByRole('button', { name: 'Lire le replay : Une vidéo sur fichier' }).click();
    const video = page.locator('replay-player video');
    await expect(video).toHaveAttribute('src', 'https://media.example.org/fixture/talk.webm#t=0');
    expect(await video.evaluate((v: HTMLVideoElement) => v.controls)).toBe(true);
  });

  test('a timestamp in the note starts the player at its time', async ({ page }) => {
    await offline(page);
    await page.goto(CHAPTERS);
    // The link wraps over two lines: click its time, as a reader would.
    await page.getByRole('link', { name: 'Replay à 12:34 la mise en place des sondes' }).locator('.at').click();
    await expect(page.locator('replay-player iframe')).toHaveAttribute('src', /\/embed\/AbCdEfGhIj0\?start=754&autoplay=1/);
    // The page stays where it is: the click did not follow the link to YouTube.
    expect(page.url()).toBe(CHAPTERS);
  });

  test('a chapter seeks the running YouTube player by message', async ({ page }) => {
    await offline(page);
    await page.goto(CHAPTERS);
    await page.getByRole('button', { name: 'Lire le replay : Chapitres et horodatages' }).click();
    const frame = page.locator('replay-player iframe');
    await expect(frame).toHaveAttribute('src', /start=60&/);
    await frame.contentFrame().locator('title').waitFor({ state: 'attached' });
    const received = page.evaluate(
      () =>
        new Promise<unknown[]>((resolve) => {
          const messages: unknown[] = [];
          addEventListener('message', (event) => {
            if (event.data?.stub) messages.push(JSON.parse(event.data.stub));
            if (messages.length === 2) resolve(messages);
          });
        }),
    );
    await page
      .getByRole('navigation', { name: 'Chapitres' })
      .getByRole('link', { name: /La démonstration/ })
      .click();
    expect(await received).toEqual([
      { event: 'command', func: 'seekTo', args: [754, true] },
      { event: 'command', func: 'playVideo', args: [] },
    ]);
    // Seeking keeps the same player: no reload.
    await expect(frame).toHaveAttribute('src', /start=60&/);
  });

  test('a click meant for a new tab is left to the browser', async ({ page }) => {
    await offline(page);
    await page.goto(CHAPTERS);
    // Registered on window, so it runs after the player's handler on document: it only keeps
    // the browser from opening a tab, and the player must have ignored the click by itself.
    await page.evaluate(() => addEventListener('click', (e) => e.preventDefault()));
    await page
      .getByRole('link', { name: /12:34 la mise en place/ })
      .locator('.at')
      .click({ modifiers: ['Control'] });
    await expect(page.locator('replay-player iframe')).toHaveCount(0);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the play control and the timestamps are links to the video at their time', async ({ page }) => {
    await offline(page);
    await page.goto(CHAPTERS);
    await expect(page.getByRole('button', { name: /Lire le replay/ })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Voir le replay sur YouTube : Chapitres et horodatages' })).toHaveAttribute(
      'href',
      'https://www.youtube.com/watch?v=AbCdEfGhIj0&t=60s',
    );
    await expect(page.getByRole('link', { name: 'Replay à 12:34 la mise en place des sondes' })).toHaveAttribute(
      'href',
      'https://www.youtube.com/watch?v=AbCdEfGhIj0&t=754s',
    );
    await expect(page.getByRole('link', { name: /Questions du public/ })).toHaveAttribute('href', 'https://www.youtube.com/watch?v=AbCdEfGhIj0&t=2400s');
  });

  test('the library shows every replay, without the filters', async ({ page }) => {
    await page.goto(`${FIXTURE}/replays/?kind=lightning`);
    await expect(page.locator('[data-replay-item]:visible')).toHaveCount(6);
    await expect(page.getByRole('combobox')).toHaveCount(0);
  });
});

test.describe('keyboard only', () => {
  async function tabTo(page: Page, name: string | RegExp, limit = 80) {
    for (let i = 0; i < limit; i++) {
      await page.keyboard.press('Tab');
      const label = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return el ? (el.getAttribute('aria-label') ?? el.innerText ?? '').replace(/\s+/g, ' ').trim() : '';
      });
      if (typeof name === 'string' ? label === name : name.test(label)) return;
    }
    throw new Error(`nothing named ${name} within ${limit} Tab presses`);
  }

  test('Enter on the play button starts the player and moves focus into it', async ({ page }) => {
    await offline(page);
    await page.goto(CHAPTERS);
    await tabTo(page, 'Lire le replay : Chapitres et horodatages');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    await expect(page.locator('replay-player iframe')).toHaveAttribute('src', /start=60&autoplay=1/);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('IFRAME');
  });

  test('Enter on a chapter starts the player at that chapter', async ({ page }) => {
    await offline(page);
    await page.goto(CHAPTERS);
    await tabTo(page, /^40:00 Questions du public$/);
    await page.keyboard.press('Enter');
    await expect(page.locator('replay-player iframe')).toHaveAttribute('src', /start=2400&autoplay=1/);
  });
});

test.describe('the replay library', () => {
  test('lists every replay, newest event first, with counts and playlists', async ({ page }) => {
    await page.goto(`${FIXTURE}/replays/`);
    const groups = page.locator('[data-replay-group] h2');
    await expect(groups).toHaveText(['Fixture Conf 2025', 'Fixture Meetup 2024']);
    await expect(page.locator('[data-replay-item]')).toHaveCount(6);
    const row = page.getByRole('row', { name: /Fixture Conf 2025/ });
    await expect(row.getByRole('cell')).toHaveText(['5', '1', '1', 'Playlist de Fixture Conf 2025']);
    await expect(row.getByRole('link', { name: 'Playlist de Fixture Conf 2025' })).toHaveAttribute(
      'href',
      'https://www.youtube.com/playlist?list=PLfixturefixturefixture',
    );
    const card = page.locator('[data-replay-item]', { hasText: 'A talk given in English' });
    await expect(card).toContainText('Camille Exemple');
    await expect(card).toContainText('Durée 30 min');
  });

  test('filters by kind, language, topic and event, and says how many are shown', async ({ page }) => {
    await page.goto(`${FIXTURE}/replays/`);
    const visible = page.locator('[data-replay-item]:visible');
    await page.getByRole('combobox', { name: 'Format' }).selectOption('lightning');
    await expect(visible).toHaveCount(4);
    await expect(page.getByRole('status')).toHaveText('4 replays affichés sur 6.');
    expect(new URL(page.url()).search).toBe('?kind=lightning');

    await page.getByRole('combobox', { name: 'Langue' }).selectOption('en');
    await expect(visible).toHaveCount(0);
    await expect(page.getByRole('status')).toHaveText('Aucun replay ne correspond à ces filtres.');

    await page.getByRole('button', { name: 'Tout afficher' }).click();
    await expect(visible).toHaveCount(6);

    await page.getByRole('combobox', { name: 'Sujet' }).selectOption('security');
    await page.getByRole('combobox', { name: 'Événement' }).selectOption('fixture-meetup-2024');
    await expect(visible).toHaveText([/A talk given in English/]);
    // The event with nothing left to show disappears with its heading.
    await expect(page.locator('[data-replay-group]:visible h2')).toHaveText(['Fixture Meetup 2024']);
  });

  test('a shared filtered address opens on the same view', async ({ page }) => {
    await page.goto(`${FIXTURE}/replays/?language=en`);
    await expect(page.getByRole('combobox', { name: 'Langue' })).toHaveValue('en');
    await expect(page.locator('[data-replay-item]:visible')).toHaveText([/A talk given in English/]);
  });
});

test.describe('accessibility', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test.describe(`${scheme} theme`, () => {
      test.use({ colorScheme: scheme });

      test('a session page with chapters, before and after playing', async ({ page }) => {
        await offline(page);
        await page.goto(CHAPTERS);
        await expectAccessible(page);
        await page.getByRole('button', { name: /Lire le replay/ }).click();
        await expect(page.locator('replay-player iframe')).toHaveCount(1);
        await expectAccessible(page);
      });

      for (const path of [`${FIXTURE}/replays/`, '/replays/', '/kcd-france-2023/bases-sql-sur-kubernetes-operateurs/', `${EVENT}/non-filmee/`]) {
        test(`axe finds no violation on ${path}`, async ({ page }) => {
          await offline(page);
          await page.goto(path);
          await expectAccessible(page);
        });
      }
    });
  }
});
