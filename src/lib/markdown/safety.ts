// Notes come from pull requests: they are untrusted. MDX compiles to JavaScript that runs on
// the build machine, and raw HTML in Markdown reaches readers' browsers as is. These rules
// are checked on the parsed note, before Astro compiles or evaluates anything, and again
// inside the Markdown pipelines (src/lib/markdown/pipeline-safety.ts). Each format is parsed by the
// parser its pipeline uses, so that both see the same note: `.md` by Sätteri (Astro's
// Markdown processor, native and fast), `.mdx` by micromark (the unified MDX pipeline's).
// The rules work on trees; the parsing is in ./note-hazards.ts, so the build's main thread,
// whose pipelines hand it their own trees, never loads the parsers.
import type { Nodes, Root } from 'mdast';
import type { Program } from 'estree';
import { closest } from '../content/suggest.ts';

/** One attribute a component takes: whether a note must give it, and what it holds. */
interface ComponentAttribute {
  required: boolean;
  /** Shown when the attribute is missing, like `the time in the video, like t="12:34"`. */
  hint: string;
}

/**
 * The components an MDX note may use, and the only attributes each takes: the only names a note
 * may write with a capital letter. Each is passed to `<Content components={...} />` by the note
 * page. Anything else on a component is refused, Astro's directives first among them.
 */
export const COMPONENT_ATTRIBUTES: Readonly<Record<string, Readonly<Record<string, ComponentAttribute>>>> = {
  Timestamp: { t: { required: true, hint: 'the time in the video, like t="12:34"' } },
};

export const ALLOWED_COMPONENTS: readonly string[] = Object.keys(COMPONENT_ATTRIBUTES);

/** Components that render a link: none may sit inside another link, nor hold one. */
const LINK_COMPONENTS: readonly string[] = ['Timestamp'];

/**
 * How deeply a note may nest blocks (quotes, lists), brackets or elements. Parsers and tree walks
 * are recursive or look back over what is open: thousands of nested `>` overflow the stack, deep
 * lists take minutes to parse, and micromark takes a minute over 50,000 unclosed `[`. Real notes
 * stay under six levels.
 */
export const MAX_NESTING = 32;

/**
 * How many `]`, and how many `*` and `_`, one paragraph may hold. micromark looks back over the
 * paragraph at each `]` and each emphasis mark, so a paragraph of 20,000 takes seconds to read,
 * and a note of such paragraphs minutes; a paragraph a person wrote holds a few.
 */
export const MAX_MARKS_PER_PARAGRAPH = 500;

/** Most problems reported for one note: past that, the note is not one a person wrote by hand. */
export const MAX_HAZARDS_PER_NOTE = 50;

/** Raw HTML elements a note may use: inline formatting with no behaviour. */
export const SAFE_HTML_TAGS: readonly string[] = ['abbr', 'br', 'del', 'details', 'ins', 'kbd', 'mark', 's', 'small', 'sub', 'summary', 'sup'];

/** Attributes those elements may carry; none of them takes a URL or runs code. */
export const SAFE_HTML_ATTRIBUTES: readonly string[] = ['title', 'lang', 'dir', 'open'];

/**
 * URL schemes a link may use. A URL with no scheme is a path or an anchor, always allowed. Plain
 * http is refused: readers would be sent somewhere anyone on their network can read and rewrite.
 */
const LINK_SCHEMES = new Set(['https', 'mailto']);

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
  if (scheme === 'http')
    return `"${shorten(url)}" is not https: links in notes must start with https:// (most sites answer there: check the address in a browser)`;
  if (CODE_SCHEMES.has(scheme))
    return `"${shorten(url)}" is refused: ${scheme}: URLs can run code in the reader’s browser (expected https://, mailto: or a path)`;
  return `"${shorten(url)}" uses ${scheme}:, which notes cannot link to (expected https://, mailto: or a path)`;
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
const TAG = new RegExp(`<(/?)([A-Za-z][A-Za-z0-9-]*)((?:${SPACE}+[^\\s"'>/=<]+(?:${SPACE}*=${SPACE}*(?:"[^"]*"|'[^']*'|[^\\s"'=<>\`]+))?)*)${SPACE}*/?>`, 'y');
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
        hazards.push({
          offset: at,
          field: shorten(html.slice(at, at + 20), 20),
          message: 'is HTML Carnet cannot read safely (write it as Markdown, or as a plain tag like <kbd>Ctrl</kbd>)',
        });
      } else {
        next = TAG.lastIndex;
        const [, closing, rawName, attributes] = tag as unknown as [string, string, string, string];
        const name = rawName.toLowerCase();
        // A stray closing tag runs nothing, but it can close the page's own elements early.
        if (closing && !SAFE_HTML_TAGS.includes(name))
          hazards.push({
            offset: at,
            field: `</${name}>`,
            message: `closes an element notes cannot use (expected Markdown, or one of ${SAFE_HTML_TAGS.map((tag) => `<${tag}>`).join(', ')})`,
          });
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
    name === 'script'
      ? 'scripts cannot run in a note'
      : ['iframe', 'object', 'embed', 'form', 'style', 'link', 'meta', 'base'].includes(name)
        ? 'it can load or run things readers did not ask for'
        : 'notes are written in Markdown';
  return `is HTML that notes cannot use: ${why} (expected Markdown, or one of ${SAFE_HTML_TAGS.map((tag) => `<${tag}>`).join(', ')})`;
}

/**
 * Astro reads these names as directives on any element, a component's included: `set:html` writes
 * its text as raw HTML, `client:*` and `server:*` load code, `is:raw`, `class:list`, `define:vars`
 * and `slot` change how the page is built. No attribute a note may use has a colon.
 */
function isDirective(attribute: string): boolean {
  return attribute.includes(':') || attribute === 'slot';
}

const DIRECTIVE_MESSAGE =
  'is an Astro directive, which notes cannot use: set:html would publish raw HTML, client: and server: load code (write plain text, or ask for a component)';

function attributeMessage(attribute: string, element: string): string | undefined {
  if (attribute.startsWith('on')) return 'event-handler attributes run code and are not allowed';
  if (isDirective(attribute)) return DIRECTIVE_MESSAGE;
  if (SAFE_HTML_ATTRIBUTES.includes(attribute)) return undefined;
  return `is not an attribute notes can use on <${element}> (expected ${SAFE_HTML_ATTRIBUTES.join(', ')})`;
}

/**
 * Finds the line of an offset in `text`, counting from `firstLine`. The line starts are found once,
 * then each look-up is a binary search: a note with thousands of problems is not rescanned for each.
 */
export function lineFinder(text: string, firstLine = 1): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return firstLine + low;
  };
}

// A block container at the start of a line, as CommonMark reads it: a quote marker or a list item's.
// `- - -` alone is a thematic break, not three lists.
const THEMATIC_BREAK = /^([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const CONTAINER = /^ {0,3}(?:>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]?/;

/**
 * The first line of a note's body that nests deeper than {@link MAX_NESTING}, found on the text
 * before any parser sees it: `> > > …` or `- - - …` on one line, list items indented level after
 * level, or brackets and parentheses left open in a paragraph. Elements nested too deep are found
 * by the tree walks. Linear in the length of the body.
 */
export function nestingHazard(body: string, firstLine = 1): Hazard | undefined {
  // Both parsers also end a line at a lone CR: so does this scan, or a note could hide its lines from it.
  const lines = body.split(/\r\n?|\n/);
  // Indentation of the list items open above, to count nesting by indentation across lines.
  const open: number[] = [];
  // What is open or seen in the current paragraph; a blank line closes them all.
  let brackets = 0;
  let parentheses = 0;
  let closing = 0;
  let emphasis = 0;
  // The fence of the code block open at the top level, if any (its character and length).
  let fence: { char: string; length: number } | undefined;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const leading = /^[ \t]*/.exec(line)![0];
    const indent = leading.replace(/\t/g, '    ').length;
    let rest = line.slice(leading.length);
    if (fence) {
      // Closed exactly as CommonMark closes it: a scan that thought it still open would skip what the parser reads.
      const end = /^(`{3,}|~{3,})[ \t]*$/.exec(rest)?.[1];
      if (indent <= 3 && end?.[0] === fence.char && end.length >= fence.length) fence = undefined;
      continue;
    }
    if (rest === '') {
      brackets = parentheses = closing = emphasis = 0;
      continue;
    }
    if (THEMATIC_BREAK.test(rest)) continue;
    while (open.length > 0 && open[open.length - 1]! >= indent) open.pop();
    // Code is not read as blocks, so what a fence holds never nests. Only a fence at the top level
    // counts (one in a list or quote ends with it, which this scan does not follow), opened as
    // CommonMark opens one: at most three spaces in, no backtick in a backtick fence's info string.
    const opening = /^(`{3,}|~{3,})(.*)$/.exec(rest);
    if (opening && open.length === 0 && indent <= 3 && !(opening[1]![0] === '`' && opening[2]!.includes('`'))) {
      fence = { char: opening[1]![0]!, length: opening[1]!.length };
      continue;
    }
    let depth = 0;
    for (let marker = CONTAINER.exec(rest); marker && depth <= MAX_NESTING; marker = CONTAINER.exec(rest)) {
      depth++;
      rest = rest.slice(marker[0].length);
    }
    const listItem = depth > 0 && !line.trimStart().startsWith('>');
    if (listItem) open.push(indent);
    if (open.length + depth - (listItem ? 1 : 0) > MAX_NESTING) return { line: firstLine + index, field: 'note', message: NESTING_MESSAGE };
    for (let i = 0; i < rest.length; i++) {
      const char = rest[i];
      if (char === '\\') i++;
      else if (char === '[') brackets++;
      else if (char === ']') {
        brackets = Math.max(0, brackets - 1);
        if (++closing > MAX_MARKS_PER_PARAGRAPH) return { line: firstLine + index, field: ']', message: MARKS_MESSAGE };
      } else if (char === '(') parentheses++;
      else if (char === ')') parentheses = Math.max(0, parentheses - 1);
      else if (char === '*' || char === '_') {
        if (++emphasis > MAX_MARKS_PER_PARAGRAPH) return { line: firstLine + index, field: char, message: MARKS_MESSAGE };
      } else continue;
      if (brackets > MAX_NESTING || parentheses > MAX_NESTING) return { line: firstLine + index, field: char!, message: OPEN_MESSAGE };
    }
  }
  return undefined;
}

const NESTING_MESSAGE = `nests quotes, lists or elements more than ${MAX_NESTING} levels deep, which Carnet cannot read safely (flatten it)`;
const OPEN_MESSAGE = `is left open more than ${MAX_NESTING} times in one paragraph, which Carnet cannot read safely (close the brackets, or write \\[ and \\( for plain ones)`;
const MARKS_MESSAGE = `is written more than ${MAX_MARKS_PER_PARAGRAPH} times in one paragraph, which Carnet cannot read quickly (split the paragraph)`;

/** Keeps a note's problems to {@link MAX_HAZARDS_PER_NOTE}, saying how many more there were. */
export function capHazards(hazards: Hazard[]): Hazard[] {
  if (hazards.length <= MAX_HAZARDS_PER_NOTE) return hazards;
  const last = hazards[MAX_HAZARDS_PER_NOTE - 1]!;
  return [
    ...hazards.slice(0, MAX_HAZARDS_PER_NOTE),
    {
      line: last.line,
      field: 'note',
      message: `has ${hazards.length - MAX_HAZARDS_PER_NOTE} more problems like these (fix those above, then run npm run check again)`,
    },
  ];
}

/** A `<Timestamp t="…">` of an MDX note, checked against the session's replay by the caller. */
export interface TimestampUse {
  line: number;
  t: string;
}

/** What the walk knows of a node's ancestors. */
interface Place {
  depth: number;
  /** Inside a link or a component that renders one: another link there would be a link in a link. */
  inLink: boolean;
}

/**
 * Everything refused in a parsed MDX note (an mdast tree with MDX nodes), the local images it
 * shows and the timestamps it places. Lines are the tree's, shifted so that the tree's line 1 is
 * `firstLine`. The walk keeps its own stack: a note nested thousands deep cannot overflow it.
 */
export function treeHazards(tree: Root, firstLine = 1): { hazards: Hazard[]; images: LocalImage[]; timestamps: TimestampUse[] } {
  const hazards: Hazard[] = [];
  const images: LocalImage[] = [];
  const timestamps: TimestampUse[] = [];
  const lineOf = (node: { position?: { start: { line: number } } | undefined }, fallback = 1) => (node.position?.start.line ?? fallback) + firstLine - 1;

  const stack: [Nodes, Place][] = [[tree, { depth: 0, inLink: false }]];
  while (stack.length > 0) {
    const [node, place] = stack.pop()!;
    const line = lineOf(node);
    if (place.depth > MAX_NESTING) {
      hazards.push({ line, field: 'note', message: NESTING_MESSAGE });
      break;
    }
    let inLink = place.inLink;
    switch (node.type) {
      case 'mdxjsEsm': {
        const keyword = /^\s*(import|export)\b/.exec(node.value)?.[1] ?? 'import';
        hazards.push({
          line,
          field: keyword,
          message: `is not allowed: a note cannot ${keyword} code (remove the line; the components Carnet provides need no import)`,
        });
        continue;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression': {
        // `{/* a comment */}` is the MDX way to leave a comment: it holds no code and compiles to nothing.
        // micromark's MDX extension hangs the expression's program here (mdast-util-mdx-expression);
        // whether mdast's types know it depends on which packages a program loads, so it is named.
        const program = (node.data as { estree?: Program | null } | undefined)?.estree;
        if (program && program.body.length === 0) continue;
        hazards.push({
          line,
          field: `{${shorten(node.value, 24)}}`,
          message: 'is JavaScript, which a note cannot run (to show braces as text, write \\{ and \\})',
        });
        continue;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        jsxHazards(node, line, place);
        if (node.name !== null && LINK_COMPONENTS.includes(node.name)) inLink = true;
        break;
      case 'link':
      case 'linkReference':
      case 'definition': {
        const problem = node.type === 'linkReference' ? undefined : linkProblem(node.url);
        if (problem) hazards.push({ line, field: 'link', message: problem });
        if (node.type !== 'definition' && place.inLink)
          hazards.push({ line, field: 'link', message: 'is inside another link (a <Timestamp> is a link already: keep links apart)' });
        inLink = true;
        break;
      }
      case 'image': {
        const problem = imageProblem(node.url);
        if (problem) hazards.push({ line, field: 'image', message: problem });
        else if (!node.url.startsWith('/')) images.push({ line, url: node.url });
        break;
      }
    }
    if ('children' in node) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push([node.children[i]!, { depth: place.depth + 1, inLink }]);
    }
  }

  function jsxHazards(node: Extract<Nodes, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>, line: number, place: Place) {
    const name = node.name;
    // Own properties only: `constructor` or `__proto__` must not find Object's.
    const allowed = name !== null && Object.hasOwn(COMPONENT_ATTRIBUTES, name) ? COMPONENT_ATTRIBUTES[name] : undefined;
    if (name === null) {
      hazards.push({ line, field: '<>', message: 'fragments are not allowed in a note (remove <> and </>)' });
    } else if (!allowed && !SAFE_HTML_TAGS.includes(name)) {
      const suggestion = /^[A-Z]/.test(name) ? closest(name, ALLOWED_COMPONENTS) : undefined;
      hazards.push({
        line,
        field: `<${name}>`,
        message:
          /^[A-Z]/.test(name) || name.includes('.')
            ? `is not a component Carnet provides (${suggestion ? `did you mean <${suggestion}>?` : `expected one of ${ALLOWED_COMPONENTS.map((c) => `<${c}>`).join(', ')}`})`
            : tagMessage(name),
      });
    }
    if (allowed && LINK_COMPONENTS.includes(name!) && place.inLink) {
      hazards.push({ line, field: `<${name}>`, message: 'is inside a link or another <Timestamp>, and is a link itself (keep them apart)' });
    }
    const given = new Set<string>();
    for (const attribute of node.attributes) {
      const attributeLine = lineOf(attribute, line - firstLine + 1);
      if (attribute.type === 'mdxJsxExpressionAttribute') {
        hazards.push({
          line: attributeLine,
          field: `<${name ?? ''} {${shorten(attribute.value, 20)}}>`,
          message: 'is JavaScript, which a note cannot run (write attributes as name="text")',
        });
        continue;
      }
      const field = `<${name ?? ''} ${shorten(attribute.name, 30)}>`;
      const lower = attribute.name.toLowerCase();
      given.add(attribute.name);
      if (lower.startsWith('on')) {
        hazards.push({ line: attributeLine, field, message: 'event-handler attributes run code and are not allowed' });
      } else if (isDirective(lower)) {
        hazards.push({ line: attributeLine, field, message: DIRECTIVE_MESSAGE });
      } else if (attribute.value !== null && typeof attribute.value === 'object') {
        hazards.push({ line: attributeLine, field, message: `is given JavaScript in braces, which a note cannot run (write ${attribute.name}="text")` });
      } else if (allowed && !Object.hasOwn(allowed, attribute.name)) {
        hazards.push({ line: attributeLine, field, message: `is not an attribute <${name}> takes (expected ${Object.keys(allowed).join(', ')})` });
      } else if (allowed && typeof attribute.value !== 'string') {
        hazards.push({ line: attributeLine, field, message: `needs a value: write ${attribute.name}="…" (${allowed[attribute.name]!.hint})` });
      } else if (!allowed && name !== null && SAFE_HTML_TAGS.includes(name) && !SAFE_HTML_ATTRIBUTES.includes(lower)) {
        hazards.push({ line: attributeLine, field, message: `is not an attribute notes can use on <${name}> (expected ${SAFE_HTML_ATTRIBUTES.join(', ')})` });
      } else if (typeof attribute.value === 'string' && urlScheme(attribute.value) && CODE_SCHEMES.has(urlScheme(attribute.value)!)) {
        hazards.push({ line: attributeLine, field, message: linkProblem(attribute.value)! });
      } else if (name === 'Timestamp' && attribute.name === 't' && typeof attribute.value === 'string') {
        timestamps.push({ line: attributeLine, t: attribute.value });
      }
    }
    for (const [attribute, rule] of Object.entries(allowed ?? {})) {
      if (rule.required && !given.has(attribute)) hazards.push({ line, field: `<${name}>`, message: `needs ${attribute}="…" (${rule.hint})` });
    }
  }

  return { hazards: capHazards(hazards), images, timestamps };
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
const FORBIDDEN_ELEMENTS = [
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'form',
  'base',
  'link',
  'meta',
  'svg',
  'math',
  'template',
  'noscript',
];
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
  const lineAt = lineFinder(value, line);
  const hazards = rawHtmlHazards(value).map((hazard) => ({ line: lineAt(hazard.offset), field: hazard.field, message: hazard.message }));
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
    if (key.toLowerCase().startsWith('on'))
      hazards.push({ line, field: `<${tag} ${key.toLowerCase()}>`, message: 'event-handler attributes run code and are not allowed' });
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
