import { expect, test, type Page } from '@playwright/test';
import { FIXTURE_PORT } from '../../playwright.config.ts';

// The Content-Security-Policy in force in Chromium: every kind of page, the player, search and
// the other scripts work under it without a single violation, and no page runs note code.

const FIXTURE = `http://127.0.0.1:${FIXTURE_PORT}`;
const FIXTURE_EVENT = `${FIXTURE}/fixture-conf-2025`;

/** Players and media hosts of the replays in content and in the fixture site. */
const PROVIDERS = new Set(['www.youtube-nocookie.com', 'player.vimeo.com', 'tube.example.org', 'geo.dailymotion.com', 'media.example.org']);

interface Guard {
  /** Everything the policy refused, as the browser reported it (event or console). */
  violations: string[];
  /** alert(), confirm() or prompt() opened by any script. */
  dialogs: string[];
  /** Hosts other than ours the page asked for: the policy let those requests go out. */
  requested: Set<string>;
}

/**
 * Listens for what the policy refuses: a `securitypolicyviolation` listener in every document
 * before its first script, and the console, where Chromium also writes each refusal. Keeps the
 * page off the network: a provider's player gets an empty page, anything else is aborted.
 */
async function guard(page: Page): Promise<Guard> {
  const found: Guard = { violations: [], dialogs: [], requested: new Set() };
  await page.exposeBinding('reportCspViolation', (_source, text: string) => void found.violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener(
      'securitypolicyviolation',
      (event) => {
        const report = (window as unknown as { reportCspViolation?: (text: string) => void }).reportCspViolation;
        report?.(`${location.pathname}: ${event.effectiveDirective} refused ${event.blockedURI || 'inline'} (${event.sample})`);
      },
      true,
    );
  });
  page.on('console', (message) => {
    if (/content.security.policy|refused to/i.test(message.text())) found.violations.push(`console: ${message.text()}`);
  });
  page.on('dialog', (dialog) => {
    found.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.route(/^https?:/, (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1') return route.continue();
    found.requested.add(url.host);
    if (PROVIDERS.has(url.host) && route.request().resourceType() === 'document') {
      return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>player</title>' });
    }
    return route.abort('blockedbyclient');
  });
  return found;
}

/**
 * Lets reports of the last actions arrive, then returns them. A refusal is reported as a task
 * queued when the load is refused, so a short wait after the load suffices; 'networkidle' is
 * not used: a frame the page keeps open can hold it off for good.
 */
async function settle(page: Page, found: Guard): Promise<Guard> {
  await page.waitForLoadState('load');
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 150)));
  return found;
}

const PAGES: [kind: string, path: string][] = [
  ['home', '/'],
  ['an event (times known)', '/cloud-native-days-france-2026/'],
  ['an event (times unknown)', '/kcd-france-2023/'],
  ['a session without a replay', '/kcd-france-2023/creer-un-plugin-kubectl/'],
  ['a session with a replay', '/kcd-france-2023/bases-sql-sur-kubernetes-operateurs/'],
  ['the speakers', '/speakers/'],
  ['a speaker', '/speakers/aurelie-vache/'],
  ['the topics', '/topics/'],
  ['a topic', '/topics/ai-ml/'],
  ['the tools', '/tools/'],
  ['a track', '/cloud-native-days-france-2026/tracks/developer-experience/'],
  ['the replays', '/replays/'],
  ['the search page with a query', '/search/?q=kubernetes'],
  ['the search page, empty', '/search/'],
  ['a page that does not exist (404)', '/nulle-part/'],
  ['the fixture’s session with chapters and timestamps', `${FIXTURE_EVENT}/chapitres-et-horodatages/`],
  ['a Vimeo replay', `${FIXTURE_EVENT}/video-vimeo/`],
  ['a PeerTube replay', `${FIXTURE_EVENT}/video-peertube/`],
  ['a Dailymotion replay', `${FIXTURE_EVENT}/video-dailymotion/`],
  ['a video file replay', `${FIXTURE_EVENT}/video-fichier/`],
  ['the fixture’s replay library', `${FIXTURE}/replays/`],
  // The English interface (issue 16): the same kinds of page, under /en/.
  ['the English home', '/en/'],
  ['an English event page', '/en/cloud-native-days-france-2026/'],
  ['an English session page with a replay', '/en/kcd-france-2023/bases-sql-sur-kubernetes-operateurs/'],
  ['the English search page with a query', '/en/search/?q=kubernetes'],
  ['an English replay page with chapters', `${FIXTURE}/en/fixture-conf-2025/chapitres-et-horodatages/`],
  ['the English replay library', `${FIXTURE}/en/replays/`],
];

test.describe('every kind of page under the policy', () => {
  for (const [kind, path] of PAGES) {
    test(`${kind} (${path}) loads with no violation`, async ({ page }) => {
      const found = await guard(page);
      const response = await page.goto(path);
      expect(response!.status()).toBe(path === '/nulle-part/' ? 404 : 200);
      // The policy is the page's: Chromium reads it from the <meta>.
      await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveCount(1);
      // The page's own scripts ran: the theme toggle, drawn hidden, is shown by its script.
      await expect(page.locator('theme-toggle button')).toBeVisible();
      await settle(page, found);
      expect(found.violations).toEqual([]);
      expect(found.dialogs).toEqual([]);
      // Nothing from another host on load (the privacy facade), so none was refused either.
      expect([...found.requested]).toEqual([]);
    });
  }
});

test.describe('what the scripts do still works under the policy', () => {
  const players: [title: string, path: string, host: string][] = [
    ['Chapitres et horodatages', `${FIXTURE_EVENT}/chapitres-et-horodatages/`, 'www.youtube-nocookie.com'],
    ['Une vidéo sur Vimeo', `${FIXTURE_EVENT}/video-vimeo/`, 'player.vimeo.com'],
    ['Une vidéo sur PeerTube', `${FIXTURE_EVENT}/video-peertube/`, 'tube.example.org'],
    ['Une vidéo sur Dailymotion', `${FIXTURE_EVENT}/video-dailymotion/`, 'geo.dailymotion.com'],
    ['Une vidéo sur fichier', `${FIXTURE_EVENT}/video-fichier/`, 'media.example.org'],
  ];
  for (const [title, path, host] of players) {
    test(`pressing play on “${title}” loads the player from ${host}, which the policy allows`, async ({ page }) => {
      const found = await guard(page);
      await page.goto(path);
      await page.getByRole('button', { name: `Lire le replay : ${title}` }).click();
      await expect(page.locator('replay-player iframe, replay-player video')).toHaveCount(1);
      // The request left: the policy let it through (a refused frame or media is never requested).
      await expect.poll(() => [...found.requested]).toContain(host);
      await settle(page, found);
      expect(found.violations).toEqual([]);
    });
  }

  test('on the shipped site, pressing play loads youtube-nocookie, the one player its policy frames', async ({ page }) => {
    const found = await guard(page);
    await page.goto('/kcd-france-2023/bases-sql-sur-kubernetes-operateurs/');
    await page.getByRole('button', { name: /^Lire le replay/ }).click();
    await expect(page.locator('replay-player iframe')).toHaveAttribute('src', /^https:\/\/www\.youtube-nocookie\.com\/embed\/d_ka7PlWo1I\?start=2415&/);
    await expect.poll(() => [...found.requested]).toEqual(['www.youtube-nocookie.com']);
    await settle(page, found);
    expect(found.violations).toEqual([]);
  });

  test('a timestamp in a note starts the YouTube player, and a chapter then seeks it', async ({ page }) => {
    const found = await guard(page);
    await page.goto(`${FIXTURE_EVENT}/chapitres-et-horodatages/`);
    await page.getByRole('link', { name: 'Replay à 12:34 la mise en place des sondes' }).locator('.at').click();
    const frame = page.locator('replay-player iframe');
    await expect(frame).toHaveAttribute('src', /^https:\/\/www\.youtube-nocookie\.com\/embed\/AbCdEfGhIj0\?start=754&autoplay=1/);
    await frame.contentFrame().locator('title').waitFor({ state: 'attached' });
    await page
      .getByRole('navigation', { name: 'Chapitres' })
      .getByRole('link', { name: /Questions du public/ })
      .click();
    await settle(page, found);
    expect(found.violations).toEqual([]);
    expect(found.requested).toEqual(new Set(['www.youtube-nocookie.com']));
  });

  test('search runs (Pagefind’s script and WebAssembly), with results and a filter', async ({ page }) => {
    const found = await guard(page);
    await page.goto('/search/?q=kubernetes');
    const results = page.locator('search-page ol > li');
    await expect(results.first()).toBeVisible();
    // Excerpts are highlighted (a session matched by its title alone shows none: search-excerpt.ts).
    await expect(page.locator('search-page ol > li mark').first()).toHaveText(/kubernetes/i);
    const before = await results.count();
    await page
      .getByRole('group', { name: 'Événement' })
      .getByRole('checkbox', { name: /^KCD France 2023/ })
      .check();
    await expect(page).toHaveURL(/[?&]event=KCD\+France\+2023/);
    await expect.poll(() => results.count()).toBeLessThan(before);
    await settle(page, found);
    expect(found.violations).toEqual([]);
  });

  test('the header box searches from any page', async ({ page }) => {
    const found = await guard(page);
    await page.goto('/speakers/');
    const box = page.getByRole('search').getByRole('searchbox');
    await box.fill('backstage');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=backstage$/);
    await expect(page.locator('search-page ol > li').first()).toContainText(/developer portal/i);
    await settle(page, found);
    expect(found.violations).toEqual([]);
  });

  test('the theme toggle switches and the inline script applies the saved theme before paint', async ({ page }) => {
    const found = await guard(page);
    await page.goto('/');
    const toggle = page.locator('theme-toggle button');
    const before = await toggle.getAttribute('aria-pressed');
    await toggle.click();
    await expect(toggle).not.toHaveAttribute('aria-pressed', before!);
    const chosen = await page.evaluate(() => document.documentElement.dataset.theme);
    expect(chosen).toMatch(/^(light|dark)$/);
    // On the next page the inline theme script applies the choice (its hash is in the policy,
    // though it runs just before Astro's <meta>: tests/site/csp.test.ts checks the hash).
    await page.goto('/topics/');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(chosen);
    await settle(page, found);
    expect(found.violations).toEqual([]);
  });

  test('the replay library’s filters work', async ({ page }) => {
    const found = await guard(page);
    await page.goto(`${FIXTURE}/replays/`);
    await page.getByRole('combobox', { name: 'Format' }).selectOption('lightning');
    await expect(page.locator('[data-replay-item]:visible')).toHaveCount(4);
    await settle(page, found);
    expect(found.violations).toEqual([]);
  });
});

test.describe('the policy is in force', () => {
  test('a script injected into a page is refused, and the refusal is seen by these tests', async ({ page }) => {
    const found = await guard(page);
    await page.goto('/kcd-france-2023/creer-un-plugin-kubectl/');
    const ran = await page.evaluate(async () => {
      const flag = window as unknown as { injected?: boolean };
      // What a hole in the note pipeline would produce: an inline script and an event handler.
      document.body.insertAdjacentHTML('beforeend', '<img src="/favicon.svg" onload="window.injected = true">');
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.body.append(script);
      await new Promise((resolve) => setTimeout(resolve, 200));
      return flag.injected === true;
    });
    expect(ran).toBe(false);
    await settle(page, found);
    expect(found.violations.filter((v) => v.includes('script-src-elem'))).not.toEqual([]);
    expect(found.violations.filter((v) => v.includes('script-src-attr'))).not.toEqual([]);
  });

  test('a frame from a host that is not a replay provider is refused', async ({ page }) => {
    const found = await guard(page);
    await page.goto('/');
    await page.evaluate(() => {
      const frame = document.createElement('iframe');
      frame.src = 'https://www.youtube.com/embed/AbCdEfGhIj0';
      document.body.append(frame);
    });
    await expect.poll(() => found.violations.join('\n')).toContain('frame-src');
    expect(found.requested.has('www.youtube.com')).toBe(false);
  });
});

/** The pages a built site's sitemap lists, as addresses on `origin` (read when the tests run: the fixture site is built by then). */
async function sitemapPages(page: Page, origin: string): Promise<string[]> {
  const response = await page.request.get(`${origin}/sitemap-0.xml`);
  expect(response.ok()).toBe(true);
  return [...(await response.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => `${origin}${new URL(match[1]!).pathname}`);
}

test.describe('no script runs from note content, on any page of the sitemaps', () => {
  // A few tests share the pages, each visiting every SHARDS-th one in one browser page: 200
  // pages cost a few test setups, not 200, and the two workers split them.
  const SHARDS = 6;
  for (let shard = 0; shard < SHARDS; shard++) {
    test(`pages ${shard + 1} + ${SHARDS}n of the site and the fixture site: no dialog, no violation`, async ({ page, baseURL }) => {
      test.setTimeout(180_000);
      const pages = [...(await sitemapPages(page, baseURL!)), ...(await sitemapPages(page, FIXTURE))];
      expect(pages.length).toBeGreaterThan(100);
      expect(pages).toContain(`${baseURL}/kcd-france-2023/creer-un-plugin-kubectl/`);
      const found = await guard(page);
      for (const path of pages.filter((_, i) => i % SHARDS === shard)) {
        const response = await page.goto(path);
        expect(response!.status(), path).toBe(200);
        await settle(page, found);
      }
      expect(found.dialogs).toEqual([]);
      expect(found.violations).toEqual([]);
      expect([...found.requested]).toEqual([]);
    });
  }
});
