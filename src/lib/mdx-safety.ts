// Notes come from pull requests: they are untrusted. MDX compiles to JavaScript that runs on
// the build machine, and raw HTML in Markdown reaches readers' browsers as is. These rules
// are checked on the parsed note, before Astro compiles or evaluates anything, and again
// inside the Markdown pipelines (src/markdown/note-safety.ts). Each format is parsed by the
// parser its pipeline uses, so that both see the same note: `.md` by Sätteri (Astro's
// Markdown processor, native and fast), `.mdx` by micromark (the unified MDX pipeline's).
// The rules work on trees; the parsing is in ./note-hazards.ts, so the build's main thread,
// whose pipelines hand it their own trees, never loads the parsers.
import type { Nodes, Root } from 'mdast';
import { closest } from './suggest.ts';

/**
 * The components an MDX note may use, and the only names it may write with a capital
 * letter. Each is passed to `<Content components={...} />` by the note page.
 */
export const ALLOWED_COMPONENTS: readonly string[] = ['Timestamp'];

/** Raw HTML elements a note may use: inline formatting with no behaviour. */
export const SAFE_HTML_TAGS: readonly string[] = ['abbr', 'br', 'del', 'details', 'ins', 'kbd', 'mark', 's', 'small', 'sub', 'summary', 'sup'];

/** Attributes those elements may carry; none of them takes a URL or runs code. */
export const SAFE_HTML_ATTRIBUTES: readonly string[] = ['title', 'lang', 'dir', 'open'];

/** URL schemes a link may use. A URL with no scheme is a path or an anchor, always allowed. */
const LINK_SCHEMES = new Set(['https', 'http', 'mailto']);

/** Schemes that run code or carry a whole document: named in the message, not just refused. */
const CODE_SCHEMES = new Set(['javascript', 'vbscript', 'data']);

/** Something in a note's body that Carnet refuses. `line` counts from the first line of the note's text as given. */
export interface Hazard {
  line: number;
  /** The construct at fault, as the contributor wrote it (`import`, `<script>`, `link`...). */
  field: string;
  message: string;
}

/** A local image a note shows, to be found in content/ by the caller. */
export interface LocalImage {
  line: number;
  url: string;
}

/** A note is plain Markdown (`.md`) or MDX (`.mdx`, for Carnet's components). */
export type NoteFormat = 'md' | 'mdx';

/**
 * The URL's scheme as a browser reads it, lower-cased, or undefined for a path or an anchor.
 * Browsers drop control characters and whitespace around a scheme and tabs or newlines
 * inside it, so `java\tscript:` is still javascript; removing them all errs on the strict side.
 */
export function urlScheme(url: string): string | undefined {
  const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
  return /^([a-z][a-z0-9+.-]*):/.exec(compact)?.[1];
}

/** Why a link target is refused, or undefined when it is fine. */
export function linkProblem(url: string): string | undefined {
  const scheme = urlScheme(url);
  if (scheme === undefined || LINK_SCHEMES.has(scheme)) return undefined;
  if (CODE_SCHEMES.has(scheme)) return `"${shorten(url)}" is refused: ${scheme}: URLs can run code in the reader’s browser (expected https://, http://, mailto: or a path)`;
  return `"${shorten(url)}" uses ${scheme}:, which notes cannot link to (expected https://, http://, mailto: or a path)`;
}

/** Why an image source is refused, or undefined when it is fine (a local path is checked by the caller). */
export function imageProblem(url: string): string | undefined {
  const scheme = urlScheme(url);
  if (scheme !== undefined && CODE_SCHEMES.has(scheme)) {
    return `"${shorten(url)}" is refused: ${scheme}: URLs can run code in the reader’s browser (expected an image file in content/, like ./images/diagram.png)`;
  }
  if (scheme !== undefined || url.startsWith('//')) {
    return `"${shorten(url)}" is on another site, which every reader’s browser would then contact (expected an image file in content/, like ./images/diagram.png)`;
  }
  if (!url.startsWith('./') && !url.startsWith('../') && !url.startsWith('/')) {
    return `"${shorten(url)}" must start with ./ or ../ (a path from the note, like ./images/diagram.png)`;
  }
  return undefined;
}

function shorten(text: string, length = 40): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
}

const LETTER = /[A-Za-z]/;
const SPACE = '[ \\t\\n\\r\\f]';
// A tag as browsers tokenise it, written strictly: anything looser is refused rather than guessed at.
const TAG = new RegExp(
  `<(/?)([A-Za-z][A-Za-z0-9-]*)((?:${SPACE}+[^\\s"'>/=<]+(?:${SPACE}*=${SPACE}*(?:"[^"]*"|'[^']*'|[^\\s"'=<>\`]+))?)*)${SPACE}*/?>`,
  'y',
);
const ATTRIBUTE = new RegExp(`([^\\s"'>/=<]+)(?:${SPACE}*=${SPACE}*(?:"([^"]*)"|'([^']*)'|([^\\s"'=<>\`]+)))?`, 'g');
// A comment that contains no `<`: wherever a browser decides it ends, nothing after is a tag we did not see.
const COMMENT = /<!--[^<]*?-->/y;

/** A problem in raw HTML, `offset` counting from the start of the HTML text. */
export interface HtmlHazard {
  offset: number;
  field: string;
  message: string;
}

/**
 * Checks raw HTML written in a Markdown note. Every `<` that a browser would read as the
 * start of a tag is looked at: the element must be on the safe list, its attributes too.
 * Comments are allowed; doctypes, CDATA and anything not written plainly are refused.
 */
export function rawHtmlHazards(html: string): HtmlHazard[] {
  const hazards: HtmlHazard[] = [];
  let at = html.indexOf('<');
  while (at !== -1) {
    let next = at + 1;
    const after = html[at + 1] ?? '';
    if (html.startsWith('<!--', at)) {
      COMMENT.lastIndex = at;
      if (COMMENT.test(html)) next = COMMENT.lastIndex;
      else hazards.push({ offset: at, field: '<!--', message: 'is an HTML comment Carnet cannot read safely (write it <!-- like this --> with no < inside)' });
    } else if (after === '!' || after === '?') {
      hazards.push({ offset: at, field: /^<[!?][^\s>]*/.exec(html.slice(at))![0], message: 'is not allowed in a note (expected Markdown)' });
    } else if (LETTER.test(after) || (after === '/' && LETTER.test(html[at + 2] ?? ''))) {
      TAG.lastIndex = at;
      const tag = TAG.exec(html);
      if (!tag) {
        hazards.push({ offset: at, field: shorten(html.slice(at, at + 20), 20), message: 'is HTML Carnet cannot read safely (write it as Markdown, or as a plain tag like <kbd>Ctrl</kbd>)' });
      } else {
        next = TAG.lastIndex;
        const [, closing, rawName, attributes] = tag as unknown as [string, string, string, string];
        const name = rawName.toLowerCase();
        // A stray closing tag runs nothing, but it can close the page's own elements early.
        if (closing && !SAFE_HTML_TAGS.includes(name)) hazards.push({ offset: at, field: `</${name}>`, message: `closes an element notes cannot use (expected Markdown, or one of ${SAFE_HTML_TAGS.map((tag) => `<${tag}>`).join(', ')})` });
        if (!closing && !SAFE_HTML_TAGS.includes(name)) hazards.push({ offset: at, field: `<${name}>`, message: tagMessage(name) });
        if (!closing && SAFE_HTML_TAGS.includes(name)) {
          for (const [, attribute] of attributes.matchAll(ATTRIBUTE)) {
            const problem = attributeMessage(attribute!.toLowerCase(), name);
            if (problem) hazards.push({ offset: at, field: `<${name} ${attribute!.toLowerCase()}>`, message: problem });
          }
        }
      }
    }
    at = html.indexOf('<', next);
  }
  return hazards;
}

function tagMessage(name: string): string {
  const why =
    name === 'script' ? 'scripts cannot run in a note' : ['iframe', 'object', 'embed', 'form', 'style', 'link', 'meta', 'base'].includes(name) ? 'it can load or run things readers did not ask for' : 'notes are written in Markdown';
  return `is HTML that notes cannot use: ${why} (expected Markdown, or one of ${SAFE_HTML_TAGS.map((tag) => `<${tag}>`).join(', ')})`;
}

function attributeMessage(attribute: string, element: string): string | undefined {
  if (attribute.startsWith('on')) return 'event-handler attributes run code and are not allowed';
  if (SAFE_HTML_ATTRIBUTES.includes(attribute)) return undefined;
  return `is not an attribute notes can use on <${element}> (expected ${SAFE_HTML_ATTRIBUTES.join(', ')})`;
}

/** The line of `offset` in `text`, counting from `firstLine`. */
function lineAt(text: string, offset: number, firstLine: number): number {
  let line = firstLine;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * Everything refused in a parsed MDX note (an mdast tree with MDX nodes), and the local
 * images it shows. Lines are the tree's, shifted so that the tree's line 1 is `firstLine`.
 */
export function treeHazards(tree: Root, firstLine = 1): { hazards: Hazard[]; images: LocalImage[] } {
  const hazards: Hazard[] = [];
  const images: LocalImage[] = [];
  const lineOf = (node: Nodes) => (node.position?.start.line ?? 1) + firstLine - 1;

  const visit = (node: Nodes): void => {
    const line = lineOf(node);
    switch (node.type) {
      case 'mdxjsEsm': {
        const keyword = /^\s*(import|export)\b/.exec(node.value)?.[1] ?? 'import';
        hazards.push({ line, field: keyword, message: `is not allowed: a note cannot ${keyword} code (remove the line; the components Carnet provides need no import)` });
        return;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression': {
        // `{/* a comment */}` is the MDX way to leave a comment: it holds no code and compiles to nothing.
        const program = node.data?.estree;
        if (program && program.body.length === 0) return;
        hazards.push({ line, field: `{${shorten(node.value, 24)}}`, message: 'is JavaScript, which a note cannot run (to show braces as text, write \\{ and \\})' });
        return;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        jsxHazards(node, line);
        break;
      case 'link':
      case 'definition': {
        const problem = linkProblem(node.url);
        if (problem) hazards.push({ line, field: 'link', message: problem });
        break;
      }
      case 'image': {
        const problem = imageProblem(node.url);
        if (problem) hazards.push({ line, field: 'image', message: problem });
        else if (!node.url.startsWith('/')) images.push({ line, url: node.url });
        break;
      }
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };

  const jsxHazards = (node: Extract<Nodes, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>, line: number) => {
    const name = node.name;
    const isComponent = name !== null && ALLOWED_COMPONENTS.includes(name);
    if (name === null) {
      hazards.push({ line, field: '<>', message: 'fragments are not allowed in a note (remove <> and </>)' });
    } else if (!isComponent && !SAFE_HTML_TAGS.includes(name)) {
      const suggestion = /^[A-Z]/.test(name) ? closest(name, ALLOWED_COMPONENTS) : undefined;
      hazards.push({
        line,
        field: `<${name}>`,
        message: /^[A-Z]/.test(name) || name.includes('.')
          ? `is not a component Carnet provides (${suggestion ? `did you mean <${suggestion}>?` : `expected one of ${ALLOWED_COMPONENTS.map((c) => `<${c}>`).join(', ')}`})`
          : tagMessage(name),
      });
    }
    for (const attribute of node.attributes) {
      const attributeLine = (attribute.position?.start.line ?? line - firstLine + 1) + firstLine - 1;
      if (attribute.type === 'mdxJsxExpressionAttribute') {
        hazards.push({ line: attributeLine, field: `<${name ?? ''} {${shorten(attribute.value, 20)}}>`, message: 'is JavaScript, which a note cannot run (write attributes as name="text")' });
        continue;
      }
      const field = `<${name ?? ''} ${attribute.name}>`;
      const lower = attribute.name.toLowerCase();
      if (lower.startsWith('on')) {
        hazards.push({ line: attributeLine, field, message: 'event-handler attributes run code and are not allowed' });
      } else if (attribute.value !== null && typeof attribute.value === 'object') {
        hazards.push({ line: attributeLine, field, message: `is given JavaScript in braces, which a note cannot run (write ${attribute.name}="text")` });
      } else if (!isComponent && name !== null && SAFE_HTML_TAGS.includes(name) && !SAFE_HTML_ATTRIBUTES.includes(lower)) {
        hazards.push({ line: attributeLine, field, message: `is not an attribute notes can use on <${name}> (expected ${SAFE_HTML_ATTRIBUTES.join(', ')})` });
      } else if (typeof attribute.value === 'string' && urlScheme(attribute.value) && CODE_SCHEMES.has(urlScheme(attribute.value)!)) {
        hazards.push({ line: attributeLine, field, message: linkProblem(attribute.value)! });
      }
    }
  };

  visit(tree);
  return { hazards, images };
}

/** A node of the HTML tree Sätteri builds from a Markdown note (hast, with its `raw` nodes). */
export interface HtmlNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HtmlNode[];
  position?: { start: { line: number } };
}

/** Elements Markdown never produces and a note must never contain, whatever a parser did with raw HTML. */
const FORBIDDEN_ELEMENTS = ['script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'form', 'base', 'link', 'meta', 'svg', 'math', 'template', 'noscript'];
const URL_PROPERTIES = ['href', 'src', 'action', 'formAction', 'poster', 'cite', 'data', 'xLinkHref'];
const ONLY_COMMENTS = /^\s*(?:<!--[^<]*?-->\s*)+$/;

/**
 * The elements of a Markdown note's HTML tree worth looking at: links, images, and those
 * that must never be there. Sätteri hands only these to JavaScript, which keeps the check
 * fast (walking every node of every note from JavaScript costs a hundred times more).
 */
export const CHECKED_ELEMENTS: readonly string[] = ['a', 'img', ...FORBIDDEN_ELEMENTS];

/** What is refused in one raw HTML node of a Markdown note; `comment` when it holds only comments, which the pipeline drops. */
export function rawNodeHazards(node: HtmlNode, firstLine = 1): { hazards: Hazard[]; comment: boolean } {
  const value = node.value ?? '';
  const line = (node.position?.start.line ?? 1) + firstLine - 1;
  const hazards = rawHtmlHazards(value).map((hazard) => ({ line: lineAt(value, hazard.offset, line), field: hazard.field, message: hazard.message }));
  return { hazards, comment: hazards.length === 0 && ONLY_COMMENTS.test(value) };
}

/** What is refused in one element of a Markdown note's HTML tree (one of {@link CHECKED_ELEMENTS}), and the local image it shows. */
export function elementHazards(node: HtmlNode, firstLine = 1): { hazards: Hazard[]; images: LocalImage[] } {
  const hazards: Hazard[] = [];
  const images: LocalImage[] = [];
  const tag = node.tagName ?? '';
  const line = (node.position?.start.line ?? 1) + firstLine - 1;
  if (FORBIDDEN_ELEMENTS.includes(tag)) hazards.push({ line, field: `<${tag}>`, message: tagMessage(tag) });
  for (const [key, value] of Object.entries(node.properties ?? {})) {
    if (key.toLowerCase().startsWith('on')) hazards.push({ line, field: `<${tag} ${key.toLowerCase()}>`, message: 'event-handler attributes run code and are not allowed' });
    if (typeof value !== 'string') continue;
    if (tag === 'img' && key === 'src') {
      const problem = imageProblem(value);
      if (problem) hazards.push({ line, field: 'image', message: problem });
      else if (!value.startsWith('/')) images.push({ line, url: value });
    } else if (tag === 'a' && key === 'href') {
      const problem = linkProblem(value);
      if (problem) hazards.push({ line, field: 'link', message: problem });
    } else if (URL_PROPERTIES.includes(key) && CODE_SCHEMES.has(urlScheme(value) ?? '')) {
      hazards.push({ line, field: `<${tag} ${key}>`, message: linkProblem(value)! });
    }
  }
  return { hazards, images };
}
