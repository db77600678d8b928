// The Markdown pipelines of the site, with the note-safety plugins in place. Plain `.md`
// notes go through Sätteri, Astro's fast default; `.mdx` notes through unified, where a
// remark plugin sees the MDX tree before it becomes JavaScript.
import type { MarkdownProcessor } from 'astro/markdown';
import { satteri } from '@astrojs/markdown-satteri';
import { remarkNoteSafety, satteriNoteSafety, type RefusedNotes } from './pipeline-safety.ts';

/** `markdown.processor` for `.md` files; refused notes are recorded in `refused`. */
export const markdownProcessor = (refused: RefusedNotes = []) => satteri({ hastPlugins: [satteriNoteSafety(refused)] });

/**
 * The MDX integration's `processor` for `.mdx` files: unified with remarkNoteSafety, loaded
 * when the first `.mdx` note is compiled. Importing unified's pipeline costs the build about
 * 140 ms before it starts, for nothing on a site whose notes are all `.md`.
 */
export function mdxProcessor(refused: RefusedNotes = []): MarkdownProcessor {
  const unifiedPipeline = async () => (await import('@astrojs/markdown-remark')).unified({ remarkPlugins: [remarkNoteSafety(refused)] });
  return {
    name: 'carnet-unified',
    options: {},
    createRenderer: async (shared) => (await unifiedPipeline()).createRenderer(shared),
    createMdxRenderer: async (shared, mdx) => (await unifiedPipeline()).createMdxRenderer!(shared, mdx),
  };
}
