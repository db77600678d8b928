import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEARCH_LANGUAGE, writeSearchIndex, type SearchIndexReport } from '../../src/integrations/pagefind.ts';

// Indexes the fixture pages (an English note, a French note, a page without data-pagefind-body)
// the way the build indexes dist/.
const fixtures = join(import.meta.dirname, '../fixtures/search');
let site: string;
let report: SearchIndexReport;

beforeAll(async () => {
  site = mkdtempSync(join(tmpdir(), 'carnet-search-index-'));
  cpSync(fixtures, site, { recursive: true });
  // A leftover from an earlier build must not survive.
  mkdirSync(join(site, 'pagefind'));
  writeFileSync(join(site, 'pagefind', 'stale.pf_index'), 'old');
  report = await writeSearchIndex(site);
}, 30_000);

afterAll(() => rmSync(site, { recursive: true, force: true }));

describe('writeSearchIndex', () => {
  it('puts English and French pages in one index, whatever their <html lang>', () => {
    const entry = JSON.parse(readFileSync(join(site, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages)).toEqual([SEARCH_LANGUAGE]);
    expect(entry.languages[SEARCH_LANGUAGE].page_count).toBe(2);
  });

  it('indexes only pages marked with data-pagefind-body and reports them', () => {
    expect(report.pages).toBe(2);
    expect(readdirSync(join(site, 'pagefind', 'fragment'))).toHaveLength(2);
  });

  it('writes the search API and leaves out Pagefind’s prebuilt interfaces and stale files', () => {
    const files = readdirSync(join(site, 'pagefind'));
    expect(files).toContain('pagefind.js');
    expect(files.some((file) => file.startsWith('wasm.'))).toBe(true);
    expect(files.filter((file) => /ui\.(js|css)$|highlight/.test(file))).toEqual([]);
    expect(existsSync(join(site, 'pagefind', 'stale.pf_index'))).toBe(false);
  });
});
