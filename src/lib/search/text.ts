// French text as the search index sees it. Pagefind splits "l'infrastructure" at the straight
// apostrophe, so "infrastructure" finds it, but reads "l’infrastructure" (typographic
// apostrophe, which Markdown's smart quotes write) as one word that "infrastructure" misses.
// Pages are indexed with straight apostrophes; results put the typographic ones back.

const TYPOGRAPHIC = /(?<=\p{L})[\u2019\u02BC](?=\p{L})/gu;
const STRAIGHT = /(?<=\p{L})'(?=\p{L})/gu;

/**
 * The page as given to the index: in text between tags, an apostrophe between two letters
 * becomes a straight one. Tags and their attributes (filter values, URLs) stay as they are.
 */
export function straightenApostrophes(html: string): string {
  return html
    .split(/(<[^>]*>)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(TYPOGRAPHIC, "'")))
    .join('');
}

/** A title or an excerpt from the index as the reader sees it, with French apostrophes. */
export function curlApostrophes(text: string): string {
  return text.replace(STRAIGHT, '\u2019');
}
