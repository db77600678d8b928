import type { AstroIntegration } from 'astro';
import { CONTENT_DIR } from '../content-dir.ts';
import { fileURLToPath } from 'node:url';
import { checkContent, formatProblem, type Content, type Problem } from '../lib/check-content.ts';
import { readContentFiles } from '../../scripts/read-content.ts';
import { refusedNotes } from '../markdown/note-safety.ts';

const checked = new Map<string, { problems: Problem[]; content: Content }>();

/**
 * content/ read and checked once per build, shared by the integrations that need it (the
 * checks here, the social cards).
 */
export function checkedContent(root: URL): { problems: Problem[]; content: Content } {
  const key = fileURLToPath(root);
  let result = checked.get(key);
  if (!result) {
    result = checkContent(readContentFiles(key, CONTENT_DIR));
    checked.set(key, result);
  }
  return result;
}

/**
 * Runs the content checks (`npm run check`) before Astro reads any note, so a bad file
 * stops the build with every problem listed, and nothing reaches dist/.
 */
export default function contentCheck(): AstroIntegration {
  return {
    name: 'carnet:content-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        // The dev server re-reads content/ on restart, so only a build keeps the first reading.
        const { problems } = command === 'build' ? checkedContent(config.root) : checkContent(readContentFiles(fileURLToPath(config.root), CONTENT_DIR));
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
