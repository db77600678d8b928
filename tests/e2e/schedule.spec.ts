import { expect, test, type Page } from '@playwright/test';
import { FIXTURE_PORT } from '../../playwright.config.ts';
import { PX_PER_MINUTE } from '../../src/lib/schedule/timetable.ts';
import { expectAccessible } from './axe.ts';

// The schedule on every screen: a list by time slot on phones and tablets, a timetable on wide
// screens, for a one-day event (2026), an event without times (2023) and the fixture site's
// generated three-day event.
const CND = '/cloud-native-days-france-2026/';
const KCD = '/kcd-france-2023/';
const DAYS = `http://127.0.0.1:${FIXTURE_PORT}/fixture-days-2025/`;
const PAGES = [CND, KCD, DAYS];
const WIDTHS = [360, 390, 768, 1280];
/** Below this width the schedule is a list (70rem in ScheduleGrid.astro). */
const WIDE = 1120;
/** The gap left between two cards that follow each other in a room, in px (ScheduleGrid.astro). */
const CARD_GAP = 3;

/** Texts of main whose box is too small for them: each says what and how many px overflow. */
function clippedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const hiddenForEyes = (el: Element) => {
      const style = getComputedStyle(el);
      const rect = el.getBoundingClientRect();
      return style.clipPath === 'inset(50%)' || rect.width <= 1 || rect.height <= 1;
    };
    const found: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('main *')) {
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.display === 'contents' || style.display === 'inline' || style.visibility === 'hidden') continue;
      if (el.closest('svg') || hiddenForEyes(el) || el.closest('[hidden]')) continue;
      const ownText = [...el.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '');
      // A box that clips (overflow not visible) is checked whatever it holds: cards clip their content.
      const clips = style.overflowX !== 'visible' || style.overflowY !== 'visible';
      if (!ownText && !(clips && el.innerText.trim() !== '')) continue;
      const dx = el.scrollWidth - el.clientWidth;
      const dy = el.scrollHeight - el.clientHeight;
      if (dx > 1 || dy > 1) found.push(`${el.tagName.toLowerCase()}.${el.className} "${el.innerText.trim().slice(0, 50)}": ${dx}×${dy} px`);
    }
    return found;
  });
}

const scrollsSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

/** The visible session cards with their box and their duration. */
function cards(page: Page) {
  return page.locator('.schedule li.session:visible').evaluateAll((items) =>
    items.map((li) => {
      const r = li.getBoundingClientRect();
      return {
        x: r.x,
        y: r.y + scrollY,
        width: r.width,
        height: r.height,
        minutes: Number((li as HTMLElement).dataset['minutes']),
        track: (li as HTMLElement).dataset['track'],
        colour: getComputedStyle(li).borderInlineStartColor,
      };
    }),
  );
}

for (const width of WIDTHS) {
  test.describe(`${width} px`, () => {
    test.use({ viewport: { width, height: 800 } });

    for (const path of PAGES) {
      test(`${path}: nothing scrolls sideways, no text is clipped by its box`, async ({ page }) => {
        await page.goto(path);
        expect(await scrollsSideways(page)).toBe(false);
        expect(await clippedTexts(page)).toEqual([]);
      });
    }

    for (const path of [CND, DAYS]) {
      if (width < WIDE) {
        test(`${path}: one column of full-width cards under sticky slot times`, async ({ page }) => {
          await page.goto(path);
          const list = await page.locator('.schedule .cards').first().boundingBox();
          const all = await cards(page);
          expect(all.length).toBeGreaterThan(20);
          for (const [i, card] of all.entries()) {
            expect(card.x).toBeCloseTo(list!.x, 0);
            expect(card.width).toBeCloseTo(list!.width, 0);
            if (i > 0) expect(card.y).toBeGreaterThanOrEqual(all[i - 1]!.y + all[i - 1]!.height);
          }
          // The room is on every card, the room heads and hour lines are not shown.
          await expect(page.locator('.schedule .head:visible')).toHaveCount(0);
          await expect(page.locator('.schedule li.session .room:visible')).toHaveCount(all.length);
          // Scrolled into a slot, its time sits at the top of the screen.
          const slot = page.locator('.schedule .slot').nth(2);
          await slot.evaluate((el) => scrollTo(0, el.getBoundingClientRect().top + scrollY + 40));
          const time = await slot.locator('.slot-time').boundingBox();
          expect(time!.y).toBeCloseTo(0, 0);
        });
      } else {
        test(`${path}: a timetable whose card heights are proportional to the sessions' durations`, async ({ page }) => {
          await page.goto(path);
          const all = await cards(page);
          expect(all.length).toBeGreaterThan(20);
          const durations = new Set(all.map((card) => card.minutes));
          expect(durations.size).toBeGreaterThanOrEqual(3);
          for (const card of all) expect((card.height + CARD_GAP) / card.minutes).toBeCloseTo(PX_PER_MINUTE, 1);
          // Rooms side by side: as many columns as rooms.
          const heads = await page.locator('.schedule .day').first().locator('.head').count();
          expect(new Set(all.map((card) => Math.round(card.x))).size).toBe(heads);
          // The room heads stay on screen while the grid scrolls by.
          const day = page.locator('.schedule .day').first();
          await day.evaluate((el) => scrollTo(0, el.getBoundingClientRect().top + scrollY + 900));
          expect((await day.locator('.head').first().boundingBox())!.y).toBeCloseTo(0, 0);
        });
      }

      test(`${path}: breaks are labelled rows, with their times`, async ({ page }) => {
        await page.goto(path);
        const breaks = await page.locator('.schedule .break:visible').allInnerTexts();
        expect(breaks.length).toBeGreaterThan(2);
        for (const text of breaks) expect(text).toMatch(/^(Pause|Pause déjeuner|Pause café|Déjeuner) \d\d:\d\d–\d\d:\d\d$/);
        if (width >= WIDE) {
          // Across every room: as wide as the room columns together.
          const row = (await page.locator('.schedule .break').first().boundingBox())!;
          const heads = page.locator('.schedule .day').first().locator('.head');
          const first = (await heads.first().boundingBox())!;
          const last = (await heads.last().boundingBox())!;
          expect(row.x).toBeCloseTo(first.x, 0);
          expect(row.x + row.width).toBeCloseTo(last.x + last.width, 0);
        }
      });

      test(`${path}: one distinct colour per track, on cards and in the legend`, async ({ page }) => {
        await page.goto(path);
        const byTrack = new Map<string, Set<string>>();
        for (const card of await cards(page)) {
          if (!card.track) continue;
          byTrack.set(card.track, (byTrack.get(card.track) ?? new Set()).add(card.colour));
        }
        expect(byTrack.size).toBeGreaterThanOrEqual(4);
        for (const colours of byTrack.values()) expect(colours.size).toBe(1);
        const colours = [...byTrack.values()].map((set) => [...set][0]);
        expect(new Set(colours).size).toBe(colours.length);
        const swatches = await page.locator('.legend .swatch:visible').evaluateAll((els) => els.map((el) => getComputedStyle(el).backgroundColor));
        expect(new Set(swatches).size).toBe(swatches.length);
        expect(swatches.sort()).toEqual([...new Set(colours)].sort());
      });
    }

    test(`${DAYS}: one section per day, each with its own grid, and links to each day at the top`, async ({ page }) => {
      await page.goto(DAYS);
      const days = page.locator('.schedule section.day');
      await expect(days).toHaveCount(3);
      await expect(days.locator('h3')).toHaveText([/^Jour 1 · mardi 7 octobre$/, /^Jour 2 · mercredi 8 octobre$/, /^Jour 3 · jeudi 9 octobre$/]);
      const links = page.getByRole('navigation', { name: 'Jours du programme' }).getByRole('link');
      await expect(links).toHaveCount(3);
      for (let i = 0; i < 3; i++) {
        const id = await days.nth(i).getAttribute('id');
        await expect(links.nth(i)).toHaveAttribute('href', `#${id}`);
        // Each day starts at its own first session, not where the previous day ended.
        await expect(days.nth(i).locator('.slot-time').first()).toHaveText(`09:00 · Jour ${i + 1}`);
      }
      await links.nth(2).click();
      expect((await days.nth(2).boundingBox())!.y).toBeLessThan(100);
    });

    test(`${CND}: the schedule starts on the first screen`, async ({ page }) => {
      await page.goto(CND);
      const first = (await page.locator('.schedule li.session').first().boundingBox())!;
      expect(first.y).toBeLessThan(800);
      // The description follows the schedule.
      const about = (await page.locator('#about').boundingBox())!;
      expect(about.y).toBeGreaterThan((await page.locator('.schedule').boundingBox())!.y);
    });
  });
}

// The narrowest timetable is where a card is most likely to be too small for its text.
test.describe(`${WIDE} px, the narrowest timetable`, () => {
  test.use({ viewport: { width: WIDE, height: 800 } });
  for (const path of [CND, DAYS]) {
    test(`${path}: a timetable where no text is clipped by its box`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('.schedule .head').first()).toBeVisible();
      expect(await scrollsSideways(page)).toBe(false);
      expect(await clippedTexts(page)).toEqual([]);
    });
  }
});

test.describe('track filter', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('shows only the chosen tracks’ cards at once, and all again on reset', async ({ page }) => {
    await page.goto(CND);
    const total = await page.locator('.schedule li.session').count();
    const security = page.getByRole('group', { name: 'Filtrer par parcours' }).getByRole('button', { name: 'Réseau et sécurité' });
    await security.click();
    await expect(security).toHaveAttribute('aria-pressed', 'true');
    const shown = await page.locator('.schedule li.session:visible').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset['track']));
    expect(shown.length).toBeGreaterThan(3);
    expect(shown.length).toBeLessThan(total);
    expect(new Set(shown)).toEqual(new Set(['reseau-et-securite']));
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Tous les parcours' }).click();
    await expect(page.locator('.schedule li.session:visible')).toHaveCount(total);
    await expect(security).toHaveAttribute('aria-pressed', 'false');
  });

  test('hides time slots left empty, on a phone', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto(CND);
    await page.getByRole('button', { name: 'Developer Experience' }).click();
    const slots = await page.locator('.schedule .slot:visible').evaluateAll((els) => els.map((el) => el.querySelectorAll('li.session:not([hidden])').length));
    expect(slots.length).toBeGreaterThan(0);
    expect(slots.every((count) => count > 0)).toBe(true);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 390, height: 800 } });

  test('the legend links to each track’s page', async ({ page }) => {
    await page.goto(CND);
    await expect(page.getByRole('group', { name: 'Filtrer par parcours' })).toBeHidden();
    const link = page.locator('.legend').getByRole('link', { name: 'Réseau et sécurité' });
    await expect(link).toHaveAttribute('href', '/cloud-native-days-france-2026/tracks/reseau-et-securite/');
    await link.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Parcours « Réseau et sécurité »');
  });
});

test('cards show their kind, and mark a note and a replay with a text alternative', async ({ page }) => {
  await page.goto(CND);
  const keynote = page.locator('.schedule li.session', { has: page.locator('a[href="/cloud-native-days-france-2026/keynote-ouverture/"]') });
  await expect(keynote).toContainText('Keynote');
  await expect(keynote.getByRole('img', { name: 'Replay disponible' })).toHaveCount(1);
  await expect(page.locator('.schedule li.session').filter({ hasText: 'Lightning talk' })).not.toHaveCount(0);
  await page.goto(DAYS);
  const withNote = page.locator('.schedule li.session', { has: page.getByRole('img', { name: 'Note disponible' }) });
  expect(await withNote.count()).toBeGreaterThan(3);
  for (const kind of ['Keynote', 'Conférence', 'Lightning talk', 'Atelier', 'Table ronde']) {
    await expect(
      page
        .locator('.schedule li.session .kind')
        .filter({ hasText: new RegExp(`^${kind}$`) })
        .first(),
    ).toBeVisible();
  }
});

test(`${KCD}: without times, the sessions are listed by kind with links to each kind`, async ({ page }) => {
  await page.goto(KCD);
  await expect(page.locator('.schedule')).toHaveCount(0);
  const nav = page.getByRole('navigation', { name: 'Sessions par format' }).getByRole('link');
  await expect(nav).toHaveText(['Keynotes', 'Conférences', 'Tables rondes']);
  for (const link of await nav.all()) await expect(page.locator((await link.getAttribute('href'))!)).toBeVisible();
});

for (const scheme of ['light', 'dark'] as const) {
  for (const width of [390, 1280]) {
    test.describe(`${scheme} theme, ${width} px`, () => {
      test.use({ colorScheme: scheme, viewport: { width, height: 800 } });
      for (const path of PAGES) {
        test(`axe finds no WCAG 2.2 A/AA violation on ${path}`, async ({ page }) => {
          // A three-day programme is a large page: axe takes its time on a busy machine.
          test.slow();
          await page.goto(path);
          await expectAccessible(page);
        });
      }
    });
  }
}
