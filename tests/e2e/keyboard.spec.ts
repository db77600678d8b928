import { expect, test, type Page } from '@playwright/test';

/** Presses Tab until the focused element is a link named `name`; fails after `limit` presses. */
async function tabTo(page: Page, name: string | RegExp, limit = 200): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    const text = (await focused.getAttribute('aria-label')) ?? (await focused.innerText().catch(() => ''));
    if (typeof name === 'string' ? text.trim() === name : name.test(text)) return;
  }
  throw new Error(`no link named ${name} within ${limit} Tab presses on ${page.url()}`);
}

test('a reader goes from home to an event, a session and a speaker with the keyboard only', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveText('Aller au contenu');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#contenu$/);

  await tabTo(page, 'Kubernetes Community Days France 2023');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/kcd-france-2023\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kubernetes Community Days France 2023');

  await tabTo(page, 'Comment créer un plugin kubectl ?');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/kcd-france-2023\/creer-un-plugin-kubectl\/$/);

  await tabTo(page, 'Aurélie Vache');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/speakers\/aurelie-vache\/$/);
  // Her sessions at both events are listed on her page.
  await expect(page.getByRole('link', { name: 'Comment créer un plugin kubectl ?' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Questions pour un conteneur - édition Supply Chain' })).toBeVisible();
});

test('focus is visible on links', async ({ page }) => {
  await page.goto('/speakers/');
  await page.keyboard.press('Tab');
  const outline = await page.locator(':focus').evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
});

test('the theme toggle switches to dark and the choice survives a reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const toggle = page.getByRole('button', { name: 'Thème sombre' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(await background()).toBe('rgb(20, 22, 26)');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await background()).toBe('rgb(20, 22, 26)');
});
