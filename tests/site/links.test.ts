import { describe, expect, it } from 'vitest';
import { builtPages, fileFor, page } from './dist.ts';

describe('every internal link and image of the built site', () => {
  const pages = builtPages();

  it('resolves to a built file, and every #fragment to an id on that page', () => {
    const broken: string[] = [];
    for (const from of pages) {
      const html = page(from);
      const targets = [
        ...html.querySelectorAll('a[href], link[href]').map((el) => el.getAttribute('href')!),
        ...html
          .querySelectorAll('img[src], source[srcset], script[src]')
          .flatMap((el) => (el.getAttribute('src') ?? el.getAttribute('srcset')!).split(',').map((part) => part.trim().split(/\s+/)[0]!)),
      ];
      for (const target of targets) {
        if (/^(https?:|mailto:|data:)/.test(target)) continue;
        const url = new URL(target, `http://site${from}`);
        if (!fileFor(url.pathname)) {
          broken.push(`${from} → ${target}`);
          continue;
        }
        const id = decodeURIComponent(url.hash.slice(1));
        if (id && !page(url.pathname).querySelector(`[id="${id}"]`)) broken.push(`${from} → ${target} (no #${id})`);
      }
    }
    expect(broken).toEqual([]);
    expect(pages.length).toBeGreaterThan(150);
  });

  it('never loads a script, style or image from another host', () => {
    const external: string[] = [];
    for (const from of pages) {
      for (const el of page(from).querySelectorAll('script[src], link[rel="stylesheet"], img[src], iframe[src]')) {
        const src = el.getAttribute('src') ?? el.getAttribute('href')!;
        if (/^https?:/.test(src)) external.push(`${from}: ${src}`);
      }
    }
    expect(external).toEqual([]);
  });
});
