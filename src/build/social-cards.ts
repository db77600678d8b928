import type { AstroIntegration } from 'astro';
import { copyFile, link, mkdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_DIR } from '../lib/content/dir.ts';
import type { BuildContext } from './context.ts';
import { carnetCards, checkContentHere } from './content-work.ts';

/**
 * Social cards (one per event and per session, also the replay posters) are drawn outside
 * Astro's page rendering, by the content worker (src/build/content-work.ts) on the core Astro
 * leaves idle, and copied into dist/cards/ at the end of the build. Drawn as Astro endpoints,
 * they held up page rendering for most of a cold build (see BENCHMARKS.md). The dev server
 * draws a card when it is asked for.
 */
export default function socialCards(build: BuildContext): AstroIntegration {
  let root = '';
  return {
    name: 'carnet:social-cards',
    hooks: {
      'astro:config:setup': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(async (request, response, next) => {
          const path = request.url?.split('?')[0];
          if (!path?.startsWith('/cards/')) return next();
          const { content } = await checkContentHere(root, CONTENT_DIR);
          const job = carnetCards(content).find((card) => card.path === path);
          if (!job) return next();
          // Loaded here: a build draws its cards on the content worker and never needs the raster.
          const { renderCard } = await import('./cards/files.ts');
          const { image } = await renderCard(job.input);
          response.setHeader('Content-Type', 'image/png');
          response.end(image);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const work = build.contentWork;
        if (!work) throw new Error('No social cards were drawn: the content part of carnet() starts them, and did not run in this build.');
        const { files, drawn } = await work.cards;
        const out = fileURLToPath(dir);
        for (const folder of new Set([...files.keys()].map((path) => dirname(join(out, path))))) await mkdir(folder, { recursive: true });
        await Promise.all(
          [...files].map(async ([path, file]) => {
            const target = join(out, path);
            await rm(target, { force: true });
            // A link costs a fraction of a copy; the cache replaces a card by renaming a new file
            // over it, never by writing into it, so the card in dist/ cannot change afterwards.
            await link(file, target).catch(() => copyFile(file, target));
          }),
        );
        const waited = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`${files.size} social cards in dist/cards/ (${drawn} drawn, ${files.size - drawn} from the cache; ${waited} s after the pages).`);
      },
    },
  };
}
