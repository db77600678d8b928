import { expect, test } from '@playwright/test';
import { FIXTURE_PORT } from '../../playwright.config.ts';

// Transcripts (issue #18): a fixture WebVTT file under the fixture site's YouTube replay with
// chapters, and one under its self-hosted video. Nothing here reaches a third party: every
// request off 127.0.0.1 is aborted.
const FIXTURE = `http://127.0.0.1:${FIXTURE_PORT}`;
const CHAPTERS = `${FIXTURE}/fixture-conf-2025/chapitres-et-horodatages/`;

test.beforeEach(async ({ page }) => {
  await page.route(/^https?:/, (route) => (new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort('blockedbyclient')));
});

test('the transcript is folded under the player, and a cue starts the player at its time', async ({ page }) => {
  await page.goto(CHAPTERS);
  const transcript = page.locator('details.transcript');
  await expect(transcript.locator('summary')).toHaveText('Transcription (4 répliques)');
  await expect(transcript.getByText('le xylophoniste entre en scène')).toBeHidden();
  await transcript.locator('summary').click();
  const cue = transcript.getByRole('link', { name: /^12:34 Place à la démonstration/ });
  await expect(cue).toBeVisible();
  await expect(transcript.getByRole('link', { name: /^1:06 Aujourd’hui, on parle de chapitres & d’horodatages\.$/ })).toBeVisible();
  await cue.click();
  await expect(page.locator('replay-player iframe')).toHaveAttribute('src', /\/embed\/AbCdEfGhIj0\?start=754&autoplay=1/);
  expect(page.url()).toBe(CHAPTERS);
});

test('search finds a word said only in the transcript, and its excerpt says when', async ({ page }) => {
  await page.goto(`${FIXTURE}/search/?q=xylophoniste`);
  const results = page.locator('ol[data-results] > li');
  await expect(results).toHaveCount(1);
  await expect(results.first().locator('h3 a')).toHaveAttribute('href', '/fixture-conf-2025/chapitres-et-horodatages/');
  await expect(results.first().locator('.excerpt')).toContainText('12:34');
  await expect(results.first().locator('.excerpt mark')).toHaveText(['xylophoniste']);
});

test('a self-hosted video gets the transcript as its captions track', async ({ page }) => {
  await page.goto(`${FIXTURE}/fixture-conf-2025/video-fichier/`);
  await page.getByRole('button', { name: /^Lire le replay/ }).click();
  const track = page.locator('replay-player video track');
  await expect(track).toHaveAttribute('kind', 'captions');
  await expect(track).toHaveAttribute('src', '/fixture-conf-2025/video-fichier/transcript.vtt');
  await expect(track).toHaveAttribute('srclang', 'fr');
  const response = await page.request.get(`${FIXTURE}/fixture-conf-2025/video-fichier/transcript.vtt`);
  expect(response.headers()['content-type']).toContain('text/vtt');
  expect(await response.text()).toMatch(/^WEBVTT/);
});
