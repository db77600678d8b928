import type { AstroIntegration } from 'astro';
import { copyFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_DIR } from '../content-dir.ts';
import { drawCardsInBackground, renderCard } from '../data/card-png.ts';
import { locale, t } from '../i18n/index.ts';
import { siteCards } from '../lib/cards.ts';
import { checkContent } from '../lib/check-content.ts';
import { readContentFiles } from '../../scripts/read-content.ts';
import { checkedContent } from './content-check.ts';

const cardsOf = (content: Parameters<typeof siteCards>[0]) => siteCards(content, { brand: t('site.name'), locale: locale() });

/**
 * Social cards (one per event and per session, also the replay posters) are drawn outside
 * Astro's page rendering: a worker starts on them as soon as the content is checked, on the
 * core Astro leaves idle, and the build copies them into dist/cards/ at the end. Drawn as
 * Astro endpoints, they held up page rendering for most of a cold build (see BENCHMARKS.md).
 * The dev server draws a card when it is asked for.
 */
export default function socialCards(): AstroIntegration {
  let drawing: ReturnType<typeof drawCardsInBackground> | undefined;
  return {
    name: 'carnet:social-cards',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        if (command !== 'build') return;
        const { problems, content } = checkedContent(config.root);
        // The content check stops such a build with the problems; nothing to draw.
        if (problems.length > 0) return;
        drawing = drawCardsInBackground(cardsOf(content));
        // Awaited in astro:build:done; a failure must not surface earlier as an unhandled rejection.
        drawing.catch(() => undefined);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(async (request, response, next) => {
          const path = request.url?.split('?')[0];
          if (!path?.startsWith('/cards/')) return next();
          const root = server.config.root;
          const job = cardsOf(checkContent(readContentFiles(root, CONTENT_DIR)).content).find((card) => card.path === path);
          if (!job) return next();
          const { image } = await renderCard(job.input);
          response.setHeader('Content-Type', 'image/png');
          response.end(image);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!drawing) return;
        const started = performance.now();
        const { files, drawn } = await drawing;
        const out = fileURLToPath(dir);
        for (const [path, file] of files) {
          const target = join(out, path);
          await mkdir(dirname(target), { recursive: true });
          await copyFile(file, target);
        }
        const waited = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`${files.size} social cards in dist/cards/ (${drawn} drawn, ${files.size - drawn} from the cache; ${waited} s after the pages).`);
      },
    },
  };
}
