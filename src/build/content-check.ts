import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { CONTENT_DIR } from '../lib/content/dir.ts';
import { holdContentLoaders } from './content-gate.ts';
import type { BuildContext } from './context.ts';
import { checkContentHere, startContentWork, CARD_CACHE } from './content-work.ts';
import { formatProblem, type Problem } from '../lib/content/problem.ts';

function report(problems: readonly Problem[]): string {
  return `${problems.length} problem${problems.length > 1 ? 's' : ''} in content/:\n${problems.map(formatProblem).join('\n')}\nFix them and run npm run check.`;
}

/**
 * Runs the content checks (`npm run check`) before Astro reads any note, so a bad file stops
 * the build with every problem listed, and nothing reaches dist/. In a build the checks run on
 * a worker thread while Astro starts up, and the content loaders wait for them
 * (src/build/content-gate.ts); the dev server checks on start and only logs what it finds.
 * The work it starts goes in `build`, where the social cards take their files.
 */
export default function contentCheck(build: BuildContext): AstroIntegration {
  return {
    name: 'carnet:content-check',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        const root = fileURLToPath(config.root);
        if (command === 'build') {
          const work = startContentWork({ root, contentDir: CONTENT_DIR, cacheDir: CARD_CACHE });
          build.contentWork = work;
          holdContentLoaders(work.checked.then(({ problems, entries }) => (problems.length > 0 ? { entries, report: report(problems) } : { entries })));
          return;
        }
        const { problems, entries } = await checkContentHere(root, CONTENT_DIR);
        if (problems.length > 0) logger.error(`Problems in content/ (the build will refuse them):\n${problems.map(formatProblem).join('\n')}`);
        holdContentLoaders(Promise.resolve({ entries }));
      },
      // Content is rendered before this hook: a note the Markdown pipeline refused stops the build here.
      'astro:build:start': async () => {
        const { contentWork: work, refusedNotes } = build;
        const checked = await work?.checked;
        const found = checked?.problems ?? [];
        if (checked) build.entries = checked.entries;
        if (found.length === 0 && refusedNotes.length === 0) return;
        await work?.stop();
        if (found.length > 0) throw new Error(report(found));
        throw new Error(`Notes refused while rendering:\n${refusedNotes.map(formatProblem).join('\n')}\nFix them and run npm run check.`);
      },
    },
  };
}
