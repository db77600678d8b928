// The second line of defence for untrusted notes: the same rules as `npm run check`
// (src/lib/markdown/safety.ts), applied inside the pipelines that turn notes into pages, on the
// trees those pipelines built. The build's content check refuses a bad note before Astro
// starts; these refuse it in `astro dev`, where the content check only warns, and on the
// day a change of configuration makes a pipeline read notes differently from the check.
import type { RemarkPlugin } from '@astrojs/markdown-remark';
import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblem, type Problem } from '../content/problem.ts';
import { CHECKED_ELEMENTS, elementHazards, rawNodeHazards, treeHazards, type Hazard, type HtmlNode } from './safety.ts';

/** Thrown when a note breaks the rules: the message lists every problem as `file:line: field: message`. */
export class UnsafeNoteError extends Error {
  constructor(problems: Problem[]) {
    super(`${problems.map(formatProblem).join('\n')}\nThis note was refused: see CONTRIBUTING.md, “What a note may contain”.`);
    this.name = 'UnsafeNoteError';
  }
}

/**
 * Where a pipeline records the notes it refused. Astro's content layer logs an error from a
 * Markdown renderer and goes on with an empty note, so throwing is not enough: the build's
 * content part reads this list when the build starts and stops it (src/build/context.ts).
 */
export type RefusedNotes = Problem[];

function refuse(problems: Problem[], refused: RefusedNotes): never {
  refused.push(...problems);
  throw new UnsafeNoteError(problems);
}

const shown = (path: string | undefined) => (path ? relative(process.cwd(), path).split('\\').join('/') : 'a note');

/**
 * Remark plugin for the MDX pipeline: refuses imports, exports, expressions, components off
 * the allow-list, unsafe HTML elements and attributes, and code URLs. It runs on the tree
 * before MDX turns it into JavaScript, so a refused note is never compiled nor evaluated.
 */
export function remarkNoteSafety(refused: RefusedNotes): RemarkPlugin {
  return () => (tree, file) => {
    const { hazards } = treeHazards(tree);
    if (hazards.length > 0)
      refuse(
        hazards.map((hazard) => ({ file: shown(file.path), ...hazard })),
        refused,
      );
  };
}

type HastPluginEntry = NonNullable<SatteriProcessorOptions['hastPlugins']>[number];

/**
 * The line in the file where the body handed to the processor starts. Astro gives Sätteri
 * the body without its front matter and trimmed, so positions count from there.
 */
function bodyLineOffset(fileURL: URL | undefined, source: string): number {
  if (!fileURL || !source) return 0;
  try {
    const text = readFileSync(fileURLToPath(fileURL), 'utf8');
    const at = text.indexOf(source);
    return at === -1 ? 0 : text.slice(0, at).split('\n').length - 1;
  } catch {
    return 0;
  }
}

/**
 * Sätteri plugin for plain Markdown notes (`.md`), where raw HTML is passed through as is:
 * refuses what `npm run check` refuses (the same functions on the same tree), and drops
 * HTML comments so that writers' reminders do not ship in the page. The entry is a factory,
 * so that each note gets its own list of hazards.
 */
export const satteriNoteSafety =
  (refused: RefusedNotes): HastPluginEntry =>
  () => {
    const hazards: Hazard[] = [];
    return {
      name: 'carnet-note-safety',
      options: { position: true },
      raw(node, ctx) {
        const found = rawNodeHazards(node as HtmlNode);
        hazards.push(...found.hazards);
        if (found.comment) ctx.removeNode(node);
      },
      element: { filter: [...CHECKED_ELEMENTS], visit: (node) => void hazards.push(...elementHazards(node as HtmlNode).hazards) },
      after(_root, ctx) {
        if (hazards.length === 0) return;
        const offset = bodyLineOffset(ctx.fileURL, ctx.source);
        const file = shown(ctx.fileURL && fileURLToPath(ctx.fileURL));
        refuse(
          hazards.sort((a, b) => a.line - b.line).map((hazard) => ({ file, ...hazard, line: hazard.line + offset })),
          refused,
        );
      },
    };
  };
