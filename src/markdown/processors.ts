// The Markdown pipelines of the site, with the note-safety plugins in place. Plain `.md`
// notes go through Sätteri, Astro's fast default; `.mdx` notes through unified, where a
// remark plugin sees the MDX tree before it becomes JavaScript.
import { unified } from '@astrojs/markdown-remark';
import { satteri } from '@astrojs/markdown-satteri';
import { remarkNoteSafety, satteriNoteSafety } from './note-safety.ts';

/** `markdown.processor` for `.md` files. */
export const markdownProcessor = () => satteri({ hastPlugins: [satteriNoteSafety] });

/** The MDX integration's `processor` for `.mdx` files. */
export const mdxProcessor = () => unified({ remarkPlugins: [remarkNoteSafety] });
