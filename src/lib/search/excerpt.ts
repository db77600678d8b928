// Search excerpts that quote what a reader wrote. A session page ends with words that are
// indexed but never shown (its title, people, topics and tools; src/layouts/SessionLayout.astro),
// so that they rank the page; Pagefind may quote them as its excerpt, which then reads like a
// list of labels. This picks the excerpt again from the page's visible text only.
// Pure, and shared with the search page's script (src/client/search-page.ts).

/** What the excerpt needs from a Pagefind result. */
export interface ExcerptSource {
  /** Pagefind's excerpt: the page text HTML-encoded, with the matched words in <mark>. */
  excerpt: string;
  /** The page's indexed text, words separated by spaces (Pagefind counts positions the same way). */
  content: string;
  /** Word positions of the matches in `content`. */
  locations: readonly number[];
  /** How many of the last words of `content` are hidden keywords (the page's `tailWords` metadata). */
  tailWords: number;
}

/** Words an excerpt quotes: Pagefind's own excerpts are 30 words long. */
export const EXCERPT_WORDS = 30;

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Pagefind's excerpt as text: tags dropped, entities read. */
const plain = (html: string) =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#0?39;/g, "'")
    .replace(/&amp;/g, '&');

/**
 * The excerpt to show, as HTML (text encoded, matches in <mark>): Pagefind's when it quotes the
 * visible text; otherwise the run of visible words holding the most matches; and when no visible
 * word matched, the top of the page, which is its summary or its note (nothing if it has neither).
 */
export function visibleExcerpt({ excerpt, content, locations, tailWords }: ExcerptSource): string {
  if (tailWords <= 0) return excerpt;
  const words = content.split(/\s+/).filter(Boolean);
  const visible = Math.max(0, words.length - tailWords);
  const tail = ` ${words.slice(visible).join(' ')} `;
  const quoted = plain(excerpt).split(/\s+/).filter(Boolean);
  // Pagefind's window reaches the hidden words when it quotes any three of them in a row.
  const touchesTail =
    quoted.some((_, i) => i + 3 <= quoted.length && tail.includes(` ${quoted.slice(i, i + 3).join(' ')} `)) ||
    (quoted.length > 0 && quoted.length < 3 && tail.includes(` ${quoted.join(' ')} `));
  if (!touchesTail) return excerpt;

  const matches = [...new Set(locations)].filter((location) => location < visible).sort((a, b) => a - b);
  let from = 0;
  if (matches.length > 0) {
    // The window of EXCERPT_WORDS words holding the most matches, a few words of context before the first.
    let best = 0;
    for (const first of matches) {
      const count = matches.filter((location) => location >= first && location < first + EXCERPT_WORDS).length;
      // A short text is quoted from its start; a long one from a few words before the first match.
      if (count > best) [best, from] = [count, Math.max(0, Math.min(first - 3, visible - EXCERPT_WORDS))];
    }
  }
  const to = Math.min(visible, from + EXCERPT_WORDS);
  const marked = new Set(matches);
  const html = words.slice(from, to).map((word, i) => {
    if (!marked.has(from + i)) return escape(word);
    // The word is marked, its punctuation is not: "<mark>Kubernetes</mark>,".
    const [, core = word, after = ''] = /^(.*?)([.,;:!?»)\]]*)$/u.exec(word) ?? [];
    return `<mark>${escape(core)}</mark>${escape(after)}`;
  });
  if (html.length === 0) return '';
  return `${from > 0 ? '… ' : ''}${html.join(' ')}${to < visible ? ' …' : ''}`;
}
