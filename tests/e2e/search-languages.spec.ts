import { expect, test } from '@playwright/test';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { writeSearchIndex } from '../../src/build/search.ts';

// The shipped notes are all in French, so this indexes two fixture pages, an English note
// under <html lang="en"> and a French one under <html lang="fr">, the way the build does,
// and searches them from a page in each language.
let site: string;
let server: StaticServer;

test.beforeAll(async () => {
  site = mkdtempSync(join(tmpdir(), 'carnet-search-languages-'));
  cpSync(join(import.meta.dirname, '../fixtures/search'), site, { recursive: true });
  await writeSearchIndex(site);
  server = await serveStatic(site);
});

test.afterAll(async () => {
  await server?.close();
  rmSync(site, { recursive: true, force: true });
});

for (const from of ['en-note', 'fr-note'] as const) {
  test(`from a page in ${from.slice(0, 2)}, English and French notes are both found`, async ({ page }) => {
    await page.goto(`${server.url}/${from}/`);
    const found = await page.evaluate(async () => {
      const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
      await pagefind.init();
      const urls = async (term: string) =>
        Promise.all((await pagefind.search(term)).results.map(async (r: { data(): Promise<{ url: string }> }) => (await r.data()).url));
      return {
        scheduler: await urls('scheduler'),
        ordonnanceur: await urls('ordonnanceur'),
        menetrier: await urls('menetrier'),
        preemption: await urls('preemption'),
      };
    });
    expect(found.scheduler).toEqual(['/en-note/']);
    expect(found.ordonnanceur).toEqual(['/fr-note/']);
    // A name without its accents finds the person.
    expect(found.menetrier).toEqual(['/fr-note/']);
    expect([...found.preemption].sort()).toEqual(['/en-note/', '/fr-note/']);
  });
}
