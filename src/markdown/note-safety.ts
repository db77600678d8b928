// The second line of defence for untrusted notes: the same rules as `npm run check`
// (src/lib/mdx-safety.ts), applied inside the pipelines that turn notes into pages, on the
// trees those pipelines built. The build's content check refuses a bad note before Astro
// starts; these refuse it again if a parser ever reads a note differently from ours, and in
// `astro dev`, where the content check only warns.
import type { RemarkPlugin } from '@astrojs/markdown-remark';
import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblem, type Problem } from '../lib/check-content.ts';
import { linkProblem, rawHtmlHazards, treeHazards, urlScheme } from '../lib/mdx-safety.ts';

/** Thrown when a note breaks the rules: the message lists every problem as `file:line: field: message`. */
export class UnsafeNoteError extends Error {
  constructor(problems: Problem[]) {
    super(`${problems.map(formatProblem).join('\n')}\nThis note was refused: see CONTRIBUTING.md, “What a note may contain”.`);
    this.name = 'UnsafeNoteError';
  }
}

/**
 * Every note refused by a pipeline during this process. Astro's content layer logs an error
 * from a Markdown renderer and goes on with an empty note; the content-check integration
 * reads this list when the build starts and stops it.
 */
export const refusedNotes: Problem[] = [];

function refuse(problems: Problem[]): never {
  refusedNotes.push(...problems);
  throw new UnsafeNoteError(problems);
}

const shown = (path: string | undefined) => (path ? relative(process.cwd(), path).split('\\').join('/') : 'a note');

/**
 * Remark plugin for the MDX pipeline: refuses imports, exports, expressions, components off
 * the allow-list, unsafe HTML elements and attributes, and code URLs. It runs on the tree
 * before MDX turns it into JavaScript, so a refused note is never compiled nor evaluated.
 */
export const remarkNoteSafety: RemarkPlugin = () => (tree, file) => {
  const { hazards } = treeHazards(tree);
  if (hazards.length > 0) refuse(hazards.map((hazard) => ({ file: shown(file.path), ...hazard })));
};

type HastPlugin = Extract<NonNullable<SatteriProcessorOptions['hastPlugins']>[number], { name: string }>;

/** Elements Markdown never produces and a note must never contain, whatever its parser did with raw HTML. */
const FORBIDDEN_ELEMENTS = new Set(['script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'form', 'base', 'link', 'meta', 'svg', 'math', 'template', 'noscript']);
const URL_PROPERTIES = ['href', 'src', 'action', 'formAction', 'poster', 'cite', 'data', 'xLinkHref'];

interface HastLike {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastLike[];
  position?: { start: { line: number } };
}

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
 * refuses unsafe raw HTML, event-handler attributes and code URLs, and drops HTML comments
 * so that writers' reminders do not ship in the page.
 */
export const satteriNoteSafety: HastPlugin = {
  name: 'carnet-note-safety',
  options: { position: true },
  after(root, ctx) {
    const problems: Problem[] = [];
    let offset: number | undefined;
    const report = (node: HastLike, field: string, message: string, extraLines = 0) => {
      offset ??= bodyLineOffset(ctx.fileURL, ctx.source);
      problems.push({ file: shown(ctx.fileURL && fileURLToPath(ctx.fileURL)), line: (node.position?.start.line ?? 1) + offset + extraLines, field, message });
    };
    const walk = (node: HastLike) => {
      if (node.type === 'raw' && typeof node.value === 'string') {
        const hazards = rawHtmlHazards(node.value);
        for (const hazard of hazards) report(node, hazard.field, hazard.message, node.value.slice(0, hazard.offset).split('\n').length - 1);
        if (hazards.length === 0 && /^\s*(<!--[^<]*?-->\s*)+$/.test(node.value)) ctx.removeNode(node as never);
        return;
      }
      if (node.type === 'element' && node.tagName) {
        if (FORBIDDEN_ELEMENTS.has(node.tagName)) report(node, `<${node.tagName}>`, 'is HTML that notes cannot use');
        for (const [key, value] of Object.entries(node.properties ?? {})) {
          if (key.toLowerCase().startsWith('on')) report(node, `<${node.tagName} ${key.toLowerCase()}>`, 'event-handler attributes run code and are not allowed');
          else if (URL_PROPERTIES.includes(key) && typeof value === 'string') {
            const scheme = urlScheme(value);
            if (scheme === 'javascript' || scheme === 'vbscript' || scheme === 'data') report(node, node.tagName === 'img' ? 'image' : 'link', linkProblem(value)!);
          }
        }
      }
      node.children?.forEach(walk);
    };
    walk(root as unknown as HastLike);
    if (problems.length > 0) refuse(problems);
  },
};
