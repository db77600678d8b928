// Search excerpts quote the visible text of a page, never its hidden keywords (src/lib/search/excerpt.ts).
import { describe, expect, it } from 'vitest';
import { visibleExcerpt } from '../../../../src/lib/search/excerpt.ts';

const note = 'Le portail développeur de Back Market repose sur Backstage, qui cartographie les services.';
const tail = 'A case for a developer portal. Sami Farhat, Platform engineering, Backstage, Terraform.';
const content = `${note} ${tail}`;
const words = content.split(' ');
const at = (word: string, from = 0) => words.indexOf(word, from);
const tailWords = tail.split(' ').length;

describe('search excerpts', () => {
  it('keep Pagefind’s excerpt when it quotes the visible text', () => {
    const excerpt = 'Le portail développeur de Back Market repose sur <mark>Backstage,</mark> qui cartographie les services.';
    expect(visibleExcerpt({ excerpt, content, locations: [at('Backstage,')], tailWords })).toBe(excerpt);
  });

  it('quote the visible words around a match when Pagefind picked the hidden keywords', () => {
    const excerpt = 'services. A case for a developer portal. Sami Farhat, Platform engineering, <mark>Backstage,</mark> Terraform.';
    const result = visibleExcerpt({ excerpt, content, locations: [at('Backstage,'), at('Backstage,', at('Farhat,'))], tailWords });
    expect(result).toBe('Le portail développeur de Back Market repose sur <mark>Backstage</mark>, qui cartographie les services.');
    expect(result).not.toContain('Farhat');
  });

  it('quote the top of the page when only hidden keywords matched, and nothing when there is no visible text', () => {
    const excerpt = 'A case for a developer portal. <mark>Sami</mark> Farhat, Platform engineering';
    expect(visibleExcerpt({ excerpt, content, locations: [at('Sami')], tailWords })).toBe(note);
    expect(visibleExcerpt({ excerpt, content: tail, locations: [at('Sami') - note.split(' ').length], tailWords })).toBe('');
  });

  it('encode the text it quotes', () => {
    const text = 'Un <script> dans une note & rien de plus. Hidden words here';
    const result = visibleExcerpt({ excerpt: 'Hidden words here', content: text, locations: [], tailWords: 3 });
    expect(result).toBe('Un &lt;script&gt; dans une note &amp; rien de plus.');
  });
});
