import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE } from '../../src/site.ts';
import { builtPages, DIST, page } from './dist.ts';

const read = (path: string) => readFileSync(join(DIST, path), 'utf8');

// Issue #16: without a licence no one may reuse the code or the notes, and contributors do not know what they grant.
describe('licences', () => {
  it('ship as files: MIT for the code, CC BY 4.0 for content/', () => {
    expect(readFileSync('LICENSE', 'utf8')).toMatch(/^MIT License\n\nCopyright \(c\) 2026 the Carnet contributors\n/);
    const content = readFileSync('content/LICENSE', 'utf8');
    expect(content).toContain('Creative Commons Attribution 4.0 International');
    expect(content).toContain('Section 3 – License Conditions.');
  });

  it('are named, with links, in the footer of every page', () => {
    for (const path of builtPages()) {
      const footer = page(path).querySelector('footer.site-footer');
      expect(footer?.querySelector(`a[rel="license"][href="${SITE.licences.content.url}"]`)?.text, path).toBe('CC BY 4.0');
      expect(footer?.querySelector(`a[href="${SITE.licences.code.url}"]`)?.text, path).toBe('MIT');
    }
  });

  it('are carried by the feeds and the sessions index', () => {
    for (const feed of ['rss.xml', 'kcd-france-2023/rss.xml']) {
      expect(read(feed), feed).toContain(`<copyright>CC BY 4.0: ${SITE.licences.content.url}</copyright>`);
    }
    expect(JSON.parse(read('api/sessions.json')).license).toEqual({ spdx: 'CC-BY-4.0', url: SITE.licences.content.url });
  });
});
