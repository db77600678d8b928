import type { AstroIntegration } from 'astro';
import { CONTENT_DIR } from '../content-dir.ts';
import { fileURLToPath } from 'node:url';
import { checkContent, formatProblem } from '../lib/check-content.ts';
import { readContentFiles } from '../../scripts/read-content.ts';
import { refusedNotes } from '../markdown/note-safety.ts';

/**
 * Runs the content checks (`npm run check`) before Astro reads any note, so a bad file
 * stops the build with every problem listed, and nothing reaches dist/.
 */
export default function contentCheck(): AstroIntegration {
  return {
    name: 'carnet:content-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        const { problems } = checkContent(readContentFiles(fileURLToPath(config.root), CONTENT_DIR));
        if (problems.length === 0) return;
        const report = problems.map(formatProblem).join('\n');
        if (command === 'build') {
          throw new Error(`${problems.length} problem${problems.length > 1 ? 's' : ''} in content/:\n${report}\nFix them and run npm run check.`);
        }
        logger.error(`Problems in content/ (the build will refuse them):\n${report}`);
      },
      // Content is rendered before this hook: a note the Markdown pipeline refused stops the build here.
      'astro:build:start': () => {
        if (refusedNotes.length === 0) return;
        throw new Error(`Notes refused while rendering:\n${refusedNotes.map(formatProblem).join('\n')}\nFix them and run npm run check.`);
      },
    },
  };
}
