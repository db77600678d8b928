import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { localisedPath, pagePath } from '../lib/site/paths.ts';
import { SITE } from '../site.ts';

/** The build's own files a page asks for (scripts, styles, images under _astro/), from its HTML. */
export function assetsOf(html: string, base: string): string[] {
  const found = [...html.matchAll(/(?:href|src)="([^"]+)"/g)].map((match) => match[1]!);
  return [...new Set(found.filter((url) => url.startsWith(`${base}_astro/`)))].sort();
}

/**
 * The service worker (src/offline/sw.ts), built into dist/sw.js once the pages are written,
 * with Vite and Workbox's modules: about 0.15 s. It precaches the offline notice and what that
 * page loads; everything else is kept as readers read it. In dev there is no worker.
 */
export default function offline(): AstroIntegration {
  let base = '/';
  return {
    name: 'carnet:offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const out = fileURLToPath(dir);
        // The notice in each interface language; the worker picks the one whose prefix the page has, longest first.
        const notices = await Promise.all(
          SITE.languages.map(async (language) => {
            const path = localisedPath(pagePath.offline(), language, SITE.defaultLanguage);
            const html = await readFile(join(out, path, 'index.html'), 'utf8');
            return { prefix: `${base}${localisedPath('/', language, SITE.defaultLanguage).slice(1)}`, url: `${base}${path.slice(1)}`, html };
          }),
        );
        const pages = notices.map(({ prefix, url }) => ({ prefix, url })).sort((a, b) => b.prefix.length - a.prefix.length);
        const precache = [
          ...notices.map(({ url, html }) => ({ url, revision: createHash('sha256').update(html).digest('hex').slice(0, 16) })),
          ...[...new Set(notices.flatMap(({ html }) => assetsOf(html, base)))].map((url) => ({ url, revision: null })),
        ];
        // Loaded here: only a build needs Vite's bundler for this.
        const { build } = await import('vite');
        await build({
          configFile: false,
          publicDir: false,
          logLevel: 'warn',
          define: { CARNET_OFFLINE: JSON.stringify({ base, pages, precache }), 'process.env.NODE_ENV': JSON.stringify('production') },
          build: {
            outDir: out,
            emptyOutDir: false,
            minify: true,
            lib: { entry: fileURLToPath(new URL('../offline/sw.ts', import.meta.url)), formats: ['es'], fileName: () => 'sw.js' },
          },
        });
        logger.info(`Service worker in dist/sw.js (${precache.length} files precached; ${((performance.now() - started) / 1000).toFixed(1)} s).`);
      },
    },
  };
}
