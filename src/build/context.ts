import type { LoadedEntry } from '../lib/content/check.ts';
import type { RefusedNotes } from '../lib/markdown/pipeline-safety.ts';
import type { ContentWork } from './content-work.ts';

/**
 * What the parts of the build share (src/build/README.md): made once in astro.config.mjs and
 * handed to each part that needs it, so that no part finds another through a module variable
 * or depends on where it stands in the list of integrations.
 */
export interface BuildContext {
  /** The content work of the build under way (checks, then cards): started by the content part, taken by the cards part. */
  contentWork?: ContentWork;
  /** Every file of content/ as the checks read it, once they are done (for a build: from \`astro:build:start\` on). */
  entries?: LoadedEntry[];
  /** Notes the Markdown pipelines refused while rendering: the content part stops the build on them. */
  readonly refusedNotes: RefusedNotes;
}

export function buildContext(): BuildContext {
  return { refusedNotes: [] };
}
