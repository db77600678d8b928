import { expect, test } from '@playwright/test';
import { FIXTURE_PORT } from '../../playwright.config.ts';

// The fixture site (tests/fixtures/site) has one person with a photo: a generated gradient.
const PAGE = `http://127.0.0.1:${FIXTURE_PORT}/speakers/dominique-essai/`;

test('a speaker’s photo goes through astro:assets: AVIF and WebP, 1x and 2x, from our own origin', async ({ page }) => {
  await page.goto(PAGE);
  const picture = page.locator('main picture').first();
  await expect(picture.locator('source[type="image/avif"]')).toHaveAttribute('srcset', /\/_astro\/dominique-essai\.[^ ]+\.avif 1x, \/_astro\/[^ ]+\.avif 2x/);
  await expect(picture.locator('source[type="image/webp"]')).toHaveAttribute('srcset', /\.webp 2x/);
  const image = picture.locator('img');
  await expect(image).toHaveAttribute('width', '96');
  // Chromium picks the AVIF and draws it at the size asked, cropped to a square.
  const drawn = await image.evaluate(async (img: HTMLImageElement) => {
    await img.decode();
    return { source: img.currentSrc, width: img.naturalWidth, height: img.naturalHeight, box: img.getBoundingClientRect().width };
  });
  expect(drawn.source).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/_astro\/.+\.avif$/);
  expect(drawn.width).toBe(drawn.height);
  expect(drawn.box).toBe(96);
});

test('people without a photo get an initials avatar, not an image request', async ({ page }) => {
  await page.goto(`http://127.0.0.1:${FIXTURE_PORT}/speakers/camille-exemple/`);
  await expect(page.locator('main svg.avatar text')).toHaveText('CE');
  await expect(page.locator('main img')).toHaveCount(0);
});
