import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The offline notice's page, from the site's root: the worker answers with it for a page never read. */
export const OFFLINE_PAGE = 'offline/';

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
        const html = await readFile(join(out, OFFLINE_PAGE, 'index.html'), 'utf8');
        const page = `${base}${OFFLINE_PAGE}`;
        const precache = [{ url: page, revision: createHash('sha256').update(html).digest('hex').slice(0, 16) }, ...assetsOf(html, base).map((url) => ({ url, revision: null }))];
        // Loaded here: only a build needs Vite's bundler for this.
        const { build } = await import('vite');
        await build({
          configFile: false,
          publicDir: false,
          logLevel: 'warn',
          define: { CARNET_OFFLINE: JSON.stringify({ base, page, precache }), 'process.env.NODE_ENV': JSON.stringify('production') },
          build: { outDir: out, emptyOutDir: false, minify: true, lib: { entry: fileURLToPath(new URL('../offline/sw.ts', import.meta.url)), formats: ['es'], fileName: () => 'sw.js' } },
        });
        logger.info(`Service worker in dist/sw.js (${precache.length} files precached; ${((performance.now() - started) / 1000).toFixed(1)} s).`);
      },
    },
  };
}
