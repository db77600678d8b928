// Reading a note the way its pipeline does, then applying the rules of ./safety.ts: for
// `npm run check` and the build's content check. The pipelines themselves apply the rules on
// the trees they build (src/lib/markdown/pipeline-safety.ts), so the parsers are loaded only here.
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import { markdownToHtml } from 'satteri';
import {
  capHazards,
  CHECKED_ELEMENTS,
  elementHazards,
  nestingHazard,
  rawNodeHazards,
  treeHazards,
  type Hazard,
  type HtmlNode,
  type LocalImage,
  type NoteFormat,
  type TimestampUse,
} from './safety.ts';

/** Parses an MDX note's body the way its pipeline reads it: CommonMark with GFM and MDX. */
export function parseMdx(body: string): Root {
  return fromMarkdown(body, { extensions: [mdxjs(), gfm()], mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()] });
}

/** Sätteri's features as Astro sets them for Markdown, so that the check reads notes as the build does. */
export const MARKDOWN_FEATURES = { gfm: true, smartPunctuation: true } as const;

/** Checks a `.md` note's body on the tree Astro's Markdown processor builds from it. */
function markdownHazards(body: string, firstLine: number): { hazards: Hazard[]; images: LocalImage[] } {
  const hazards: Hazard[] = [];
  const images: LocalImage[] = [];
  markdownToHtml(body, {
    features: MARKDOWN_FEATURES,
    hastPlugins: [
      {
        name: 'carnet-check',
        options: { position: true },
        raw: (node) => void hazards.push(...rawNodeHazards(node as HtmlNode, firstLine).hazards),
        element: {
          filter: [...CHECKED_ELEMENTS],
          visit: (node) => {
            const found = elementHazards(node as HtmlNode, firstLine);
            hazards.push(...found.hazards);
            images.push(...found.images);
          },
        },
      },
    ],
  });
  // Visitors see raw nodes and elements in two passes: put the problems back in the note's order.
  return { hazards: capHazards(hazards.sort((a, b) => a.line - b.line)), images };
}

/** What the checks find in a note's body. */
export interface NoteFindings {
  hazards: Hazard[];
  images: LocalImage[];
  /** The `<Timestamp>`s of an MDX note, for the caller to check against the session's replay. */
  timestamps: TimestampUse[];
}

/**
 * Checks a note's body. A body nested too deep is refused before any parser reads it (parsers
 * recurse, and take minutes on such input); an MDX body that does not parse is reported as such,
 * with its line: nothing of it is compiled.
 */
export function noteHazards(body: string, format: NoteFormat, firstLine = 1): NoteFindings {
  const deep = nestingHazard(body, firstLine);
  if (deep) return { hazards: [deep], images: [], timestamps: [] };
  if (format === 'md') return { ...markdownHazards(body, firstLine), timestamps: [] };
  let tree: Root;
  try {
    tree = parseMdx(body);
  } catch (error) {
    const place = error as { line?: number; reason?: string; message?: string };
    // The parser's own positions count from the body, not the file: the line is given in front instead.
    const reason = (place.reason ?? place.message ?? String(error))
      .replace(/ \(\d+:\d+(?:-\d+:\d+)?\)/g, '')
      .replace(/\s+/g, ' ')
      .trim();
    return {
      hazards: [
        {
          line: (place.line ?? 1) + firstLine - 1,
          field: 'MDX',
          message: `cannot be read: ${reason} (a note that uses no component can be a .md file, where braces and < are plain text)`,
        },
      ],
      images: [],
      timestamps: [],
    };
  }
  return treeHazards(tree, firstLine);
}
