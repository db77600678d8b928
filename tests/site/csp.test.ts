// Every built page carries the Content-Security-Policy, and the policy allows exactly the
// inline scripts and styles the page holds (by hash) and the players its replays need.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { parse } from 'yaml';
import { parsePolicy, sha256, THEME_SCRIPT } from '../../src/lib/site/csp.ts';
import { playerOrigin, type Video } from '../../src/lib/replay/embed.ts';
import { replaysFileSchema } from '../../src/schema/replay.ts';
import { builtPages, DIST, page } from './dist.ts';

const ROOT = join(import.meta.dirname, '../..');
const pages = builtPages();
const META = 'meta[http-equiv="content-security-policy"]';

/** The page's policy: its one CSP <meta>, which must come before anything in <body>. */
function policyOf(root: HTMLElement): Map<string, string[]> {
  const metas = root.querySelectorAll(META);
  expect(metas).toHaveLength(1);
  expect(metas[0]!.parentNode?.tagName).toBe('HEAD');
  return parsePolicy(metas[0]!.getAttribute('content')!);
}

/** Scripts a browser runs (a JSON-LD block is data, which CSP does not govern). */
const runs = (script: HTMLElement) => ['', 'module', 'text/javascript'].includes(script.getAttribute('type') ?? '');

describe('the Content-Security-Policy of the built site', () => {
  it('is built for every page', () => {
    expect(pages.length).toBeGreaterThan(100);
    expect(pages).toContain('/404');
  });

  for (const path of pages) {
    it(`${path} carries the policy and its inline code is allowed by hash`, () => {
      const root = page(path);
      const policy = policyOf(root);
      const scriptSrc = policy.get('script-src')!;
      expect(scriptSrc).toContain("'self'");
      expect(scriptSrc).not.toContain("'unsafe-inline'");
      expect(scriptSrc).not.toContain("'unsafe-eval'");
      expect(policy.get('object-src')).toEqual(["'none'"]);
      expect(policy.get('base-uri')).toEqual(["'none'"]);
      expect(policy.get('default-src')).toEqual(["'none'"]);
      expect(policy.has('script-src-attr') || policy.has('script-src-elem')).toBe(false);

      // Astro writes the <meta> at the end of <head>: a browser applies it to what follows only.
      // What comes before is the page's metadata and the theme script, never a style or another script.
      const head = root.querySelector('head')!.childNodes.filter((node): node is HTMLElement => node.nodeType === 1);
      const before = head.slice(
        0,
        head.findIndex((element) => element.matches(META)),
      );
      expect(before.map((element) => element.tagName)).toContain('TITLE');
      for (const element of before) {
        if (element.tagName === 'SCRIPT') expect(element.rawText).toBe(THEME_SCRIPT);
        else expect(['META', 'TITLE', 'LINK'], element.outerHTML).toContain(element.tagName);
        if (element.tagName === 'LINK') expect(element.getAttribute('rel')).not.toMatch(/stylesheet|preload|modulepreload/);
      }

      for (const script of root.querySelectorAll('script').filter(runs)) {
        const src = script.getAttribute('src');
        // A script file comes from our own host ('self'); an inline one must have its hash listed.
        if (src !== undefined) expect(src).toMatch(/^\/(?!\/)/);
        else expect(scriptSrc, script.rawText.slice(0, 80)).toContain(`'${sha256(script.rawText)}'`);
      }
      for (const style of root.querySelectorAll('style')) expect(policy.get('style-src')).toContain(`'${sha256(style.rawText)}'`);
      for (const link of root.querySelectorAll('link[rel="stylesheet"]')) expect(link.getAttribute('href')).toMatch(/^\/(?!\/)/);
      // An event-handler attribute would be blocked (and reported): none is ever written.
      for (const element of root.querySelectorAll('*')) expect(Object.keys(element.attributes).filter((name) => /^on/i.test(name))).toEqual([]);

      // Each replay's player is framed from an origin the policy names (a file plays as media).
      for (const player of root.querySelectorAll('replay-player')) {
        const video = JSON.parse(player.getAttribute('data-video')!) as Video;
        expect(policy.get(video.provider === 'file' ? 'media-src' : 'frame-src')).toContain(playerOrigin(video));
      }
    });
  }

  it('frames exactly the players of the replays in content/ (youtube-nocookie for the shipped content)', () => {
    // Read from the YAML files, not from the site's data: the same answer by another path.
    const videos = readdirSync(join(ROOT, 'content/events')).flatMap((event) => {
      const file = join(ROOT, 'content/events', event, 'replays.yaml');
      if (!existsSync(file)) return [];
      return replaysFileSchema.parse(parse(readFileSync(file, 'utf8'))).replays.flatMap((entry) => ('url' in entry ? [entry.url] : []));
    });
    /** The origins of the videos played in a frame (or not), as the policy lists them. */
    const origins = (framed: boolean) => {
      const list = [...new Set(videos.filter((video) => (video.provider !== 'file') === framed).map(playerOrigin))].sort();
      return list.length > 0 ? list : ["'none'"];
    };
    const policy = policyOf(page('/'));
    expect(policy.get('frame-src')).toEqual(origins(true));
    expect(policy.get('media-src')).toEqual(origins(false));
    expect(policy.get('frame-src')).toContain('https://www.youtube-nocookie.com');
  });

  it('is the same policy on every page, but for the hashes of the page’s own styles', () => {
    const withoutHashes = (path: string) =>
      page(path)
        .querySelector(META)!
        .getAttribute('content')!
        .replace(/ 'sha256-[^']+'/g, '');
    expect(new Set(pages.map(withoutHashes)).size).toBe(1);
  });

  it('names Pagefind’s own script, which the policy must let load from our host', () => {
    // 'self' covers /pagefind/pagefind.js and 'wasm-unsafe-eval' its WebAssembly; if Pagefind
    // moved elsewhere, search would break under the policy.
    expect(readFileSync(`${DIST}/pagefind/pagefind.js`, 'utf8')).toMatch(/WebAssembly|wasm/);
  });
});
