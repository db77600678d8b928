import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './axe.ts';

// Search on the built site: the index in dist/pagefind/, the /search/ page, the header box.

/** Opens a search and waits until the page has drawn its results. */
async function openSearch(page: Page, query: string): Promise<void> {
  await page.goto(`/search/?${query}`);
  await waitForResults(page);
}

/** Waits until the search page has drawn the search now in its URL. */
async function waitForResults(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const element = document.querySelector<HTMLElement>('search-page');
    return element?.dataset.rendered === new URLSearchParams(location.search).toString();
  });
}

/** The paths of the results shown, in order. */
async function resultPaths(page: Page): Promise<string[]> {
  const hrefs = await page.locator('search-page ol > li h3 a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
  return hrefs;
}

const FINDS: [what: string, query: string, path: string][] = [
  ['a tool named in a note', 'backstage', '/kcd-france-2023/developer-portal-back-market/'],
  ['a command named in a note', 'curl', '/kcd-france-2023/secrets-kubernetes-vraiment-secrets/'],
  ['a speaker without accents', 'lassiege', '/kcd-france-2023/table-ronde-ops-dev-devops/'],
  ['a speaker with accents', 'Lassiège', '/kcd-france-2023/table-ronde-ops-dev-devops/'],
  ['a word without its accents', 'developpeur', '/kcd-france-2023/table-ronde-ops-dev-devops/'],
  ['another form of a French word', 'encoder', '/kcd-france-2023/secrets-kubernetes-vraiment-secrets/'],
  // Her company in 2026 (the 2023 kubectl talk names none: issue #17).
  ['a company', 'OVHcloud', '/cloud-native-days-france-2026/questions-pour-un-conteneur-supply-chain/'],
  ['a company named in a speaker’s profile', 'Scaleway', '/kcd-france-2023/vpc-dans-kubernetes/'],
  ['a topic', 'gestion des secrets', '/kcd-france-2023/secrets-kubernetes-vraiment-secrets/'],
  ['a topic by its English label', 'secrets management', '/kcd-france-2023/secrets-kubernetes-vraiment-secrets/'],
];

for (const [what, query, path] of FINDS) {
  test(`finds ${what} (“${query}”) among the first results`, async ({ page }) => {
    await openSearch(page, new URLSearchParams({ q: query }).toString());
    expect((await resultPaths(page)).slice(0, 5)).toContain(path);
  });
}

test('finds a word that notes only write after an elision (“l’infrastructure”)', async ({ page }) => {
  await openSearch(page, 'q=infrastructure');
  expect(await resultPaths(page)).toEqual(
    expect.arrayContaining(['/kcd-france-2023/table-ronde-ops-dev-devops/', '/kcd-france-2023/building-container-images-in-kubernetes/']),
  );
  // Shown with the French apostrophe the note was written with.
  await expect(page.locator('search-page ol mark', { hasText: /^l’infrastructure$/ }).first()).toBeVisible();
});

test('highlights the matched words and shows the session’s people and topics', async ({ page }) => {
  await openSearch(page, 'q=backstage');
  const result = page.locator('search-page ol > li').first();
  await expect(result.locator('mark').first()).toHaveText(/backstage/i);
  await expect(result.getByText('Conférence · KCD France 2023 · 7 mars 2023')).toBeVisible();
  await expect(result.getByRole('list', { name: 'Intervenants' }).getByRole('link')).toHaveText(['Filtrer par Sami Farhat']);
  await expect(result.getByRole('list', { name: 'Sujets' }).getByRole('link').first()).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('1 résultat pour « backstage ».');
});

test('filtering by speaker leaves only that speaker’s sessions', async ({ page }) => {
  await openSearch(page, 'q=kubernetes');
  const before = await resultPaths(page);
  await page
    .getByRole('group', { name: 'Intervenant·e' })
    .getByRole('button', { name: /Afficher les \d+ autres/ })
    .click();
  await page.getByRole('checkbox', { name: /^Laurent Bernaille/ }).check();
  await expect(page).toHaveURL(/[?&]speaker=Laurent\+Bernaille(&|$)/);
  await waitForResults(page);
  const after = await resultPaths(page);
  expect(after.length).toBeGreaterThan(0);
  expect(after.length).toBeLessThan(before.length);
  // Each result lists Laurent Bernaille among its people; speaker and topic pages drop out.
  for (const item of await page.locator('search-page ol > li').all()) {
    await expect(item.getByRole('list', { name: 'Intervenants' })).toContainText('Laurent Bernaille');
  }
  expect(after.every((path) => !/^\/(speakers|topics)\//.test(path))).toBe(true);
});

test('a filter alone, without words, lists that speaker’s sessions', async ({ page }) => {
  await openSearch(page, 'speaker=Aur%C3%A9lie+Vache');
  expect((await resultPaths(page)).sort()).toEqual([
    '/cloud-native-days-france-2026/questions-pour-un-conteneur-supply-chain/',
    '/kcd-france-2023/creer-un-plugin-kubectl/',
  ]);
  // Newest first when there are no words to rank by.
  expect((await resultPaths(page))[0]).toBe('/cloud-native-days-france-2026/questions-pour-un-conteneur-supply-chain/');
});

test('the filters of one kind add up: ticking an event keeps the other event’s count', async ({ page }) => {
  await openSearch(page, 'q=kubernetes&event=KCD+France+2023');
  const events = page.getByRole('group', { name: 'Événement' });
  await expect(events.getByRole('checkbox', { name: /^KCD France 2023/ })).toBeChecked();
  await expect(events.getByRole('checkbox', { name: /^CND France 2026 \([1-9]\d*\)/ })).not.toBeChecked();
});

test('the URL holds the search: reload and the back button bring it back', async ({ page }) => {
  await openSearch(page, 'q=secrets&event=KCD+France+2023');
  await expect(page.getByLabel('Mots recherchés')).toHaveValue('secrets');
  await expect(page.getByRole('checkbox', { name: /^KCD France 2023/ })).toBeChecked();
  const first = await resultPaths(page);

  await page.getByLabel('Trier par').selectOption('oldest');
  await expect(page).toHaveURL(/\/search\/\?q=secrets&event=KCD\+France\+2023&sort=oldest$/);
  await page.getByRole('checkbox', { name: /^KCD France 2023/ }).uncheck();
  await expect(page).toHaveURL(/\/search\/\?q=secrets&sort=oldest$/);
  await waitForResults(page);
  const widened = await resultPaths(page);
  expect(widened.length).toBeGreaterThan(first.length);

  await page.reload();
  await waitForResults(page);
  await expect(page.getByLabel('Trier par')).toHaveValue('oldest');
  expect(await resultPaths(page)).toEqual(widened);

  await page.goBack();
  await expect(page).toHaveURL(/\?q=secrets&event=KCD\+France\+2023&sort=oldest$/);
  await waitForResults(page);
  await expect(page.getByRole('checkbox', { name: /^KCD France 2023/ })).toBeChecked();
  await page.goBack();
  await waitForResults(page);
  await expect(page.getByLabel('Trier par')).toHaveValue('relevance');
  expect(await resultPaths(page)).toEqual(first);
});

test('typing updates the results and the URL, as one history entry', async ({ page }) => {
  await page.goto('/search/');
  await expect(page.getByRole('status')).toHaveText('Tapez un mot, ou choisissez un filtre.');
  await page.getByLabel('Mots recherchés').pressSequentially('kubectl');
  await expect(page).toHaveURL(/\/search\/\?q=kubectl$/);
  await waitForResults(page);
  expect(await resultPaths(page)).toContain('/kcd-france-2023/creer-un-plugin-kubectl/');
  await page.goBack();
  await expect(page).toHaveURL(/\/search\/$/);
  await expect(page.getByLabel('Mots recherchés')).toHaveValue('');
});

test('a person chip narrows the search to that person', async ({ page }) => {
  await openSearch(page, 'q=kubectl');
  await page.getByRole('link', { name: 'Filtrer par Sébastien Blanc' }).first().click();
  await expect(page).toHaveURL(/\?q=kubectl&speaker=S%C3%A9bastien\+Blanc$/);
  await waitForResults(page);
  await expect(page.getByRole('checkbox', { name: /^Sébastien Blanc/ })).toBeChecked();
});

test('more results load on demand, and focus moves to the first new one', async ({ page }) => {
  await openSearch(page, 'q=kubernetes');
  expect(await resultPaths(page)).toHaveLength(10);
  await page.getByRole('button', { name: 'Afficher plus de résultats' }).click();
  await expect(page.locator('search-page ol > li')).toHaveCount(20);
  await expect(page.locator('search-page ol > li').nth(10).getByRole('link').first()).toBeFocused();
});

test('keyboard only: "/" opens the box, Enter searches, Tab reaches filters and results', async ({ page }) => {
  await page.goto('/kcd-france-2023/');
  await page.keyboard.press('/');
  const box = page.getByRole('searchbox', { name: 'Rechercher dans Carnet' });
  await expect(box).toBeFocused();
  await page.keyboard.type('secrets');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=secrets$/);
  await waitForResults(page);

  // "/" now goes to the page's own box; Tab from there to the KCD filter, tick it with Space.
  await page.keyboard.press('/');
  await expect(page.getByLabel('Mots recherchés')).toBeFocused();
  await expect(page.getByLabel('Mots recherchés')).toHaveValue('secrets');
  const kcd = page.getByRole('checkbox', { name: /^KCD France 2023/ });
  for (let i = 0; i < 20 && !(await kcd.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(kcd).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/event=KCD\+France\+2023/);
  await waitForResults(page);
  // Redrawing the filters keeps the focus where it was.
  await expect(kcd).toBeFocused();
  await expect(kcd).toBeChecked();

  // On to the first result and into it.
  const first = page.locator('search-page ol > li h3 a').first();
  for (let i = 0; i < 60 && !(await first.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(first).toBeFocused();
  const href = await first.getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href}$`));
});

test('Ctrl+K focuses the search box, "/" does not steal a slash being typed', async ({ page }) => {
  await page.goto('/speakers/');
  await page.keyboard.press('Control+k');
  const box = page.getByRole('searchbox', { name: 'Rechercher dans Carnet' });
  await expect(box).toBeFocused();
  await page.keyboard.type('ci/cd');
  await expect(box).toHaveValue('ci/cd');
});

test('the "/" shortcut can be turned off', async ({ page }) => {
  await page.goto('/search/');
  const toggle = page.getByRole('checkbox', { name: /Touche « \/ »/ });
  await expect(toggle).toBeChecked();
  await toggle.uncheck();
  await page.goto('/');
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: 'Rechercher dans Carnet' })).not.toBeFocused();
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('searchbox', { name: 'Rechercher dans Carnet' })).toBeFocused();
});

test('pages load no search code until the box is focused', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto('/topics/');
  await page.waitForLoadState('networkidle');
  expect(requests.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
  await page.getByRole('searchbox', { name: 'Rechercher dans Carnet' }).focus();
  await expect.poll(() => requests.includes('/pagefind/pagefind.js')).toBe(true);
});

test('says so when the search cannot load', async ({ page }) => {
  await page.route('**/pagefind/pagefind.js', (route) => route.fulfill({ status: 404, body: '' }));
  await page.goto('/search/?q=secrets');
  await expect(page.getByRole('status')).toHaveText(/La recherche n’a pas pu se charger/);
  // The indexes remain a way in.
  await expect(page.getByRole('link', { name: 'les sessions par sujet' })).toBeVisible();
});

test('says so when results fail to download', async ({ page }) => {
  await page.route('**/pagefind/fragment/**', (route) => route.abort());
  await page.goto('/search/?q=secrets');
  await expect(page.getByRole('status')).toHaveText(/La recherche n’a pas pu se charger/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header box leads to the search page, which links to the topic and speaker indexes', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('searchbox', { name: 'Rechercher dans Carnet' }).fill('secrets');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=secrets$/);
    await expect(page.getByRole('link', { name: 'les sessions par sujet' })).toHaveAttribute('href', '/topics/');
    await expect(page.getByRole('link', { name: 'les intervenants de A à Z' })).toHaveAttribute('href', '/speakers/');
  });
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no violation on /search/ with results and filters shown (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openSearch(page, 'q=kubernetes&event=KCD+France+2023');
    await expect(page.locator('search-page ol > li').first()).toBeVisible();
    await expectAccessible(page);
  });
}

test('axe finds no violation on /search/ before a search', async ({ page }) => {
  await openSearch(page, '');
  await expectAccessible(page);
});

test.describe('from the English interface (one index for both)', () => {
  test('finds the French notes, links each result to its English page, and says filters and details in English', async ({ page }) => {
    await page.goto('/en/search/?q=backstage');
    await waitForResults(page);
    const paths = await resultPaths(page);
    expect(paths).toContain('/en/kcd-france-2023/developer-portal-back-market/');
    expect(paths.every((path) => path.startsWith('/en/'))).toBe(true);
    const result = page.locator('search-page ol > li').first();
    await expect(result.getByText('Talk · KCD France 2023 · 7 March 2023')).toBeVisible();
    await expect(result.getByRole('list', { name: 'Speakers' }).getByRole('link')).toHaveText(['Filter by Sami Farhat']);
    await expect(page.getByRole('status')).toHaveText('1 result for “backstage”.');
    await expect(page.getByRole('group', { name: 'Format' }).getByRole('checkbox', { name: /^Talk \(\d+\)/ })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Language' }).getByRole('checkbox', { name: /^French \(\d+\)/ })).toBeVisible();
  });

  test('a filter ticked in English searches the index’s value and stays on the English page', async ({ page }) => {
    await page.goto('/en/search/?q=kubernetes');
    await waitForResults(page);
    await page
      .getByRole('group', { name: 'Format' })
      .getByRole('checkbox', { name: /^Talk \(/ })
      .check();
    // "Talk" is the index's "Conférence": the URL holds the index's value, the page stays English.
    await expect(page).toHaveURL(/\/en\/search\/\?q=kubernetes&kind=Conf%C3%A9rence$/);
    await waitForResults(page);
    const paths = await resultPaths(page);
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.every((path) => path.startsWith('/en/'))).toBe(true);
    for (const item of await page.locator('search-page ol > li').all()) await expect(item.locator('.details')).toHaveText(/^Talk · /);
  });
});
