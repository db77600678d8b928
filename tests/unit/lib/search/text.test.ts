import { describe, expect, it } from 'vitest';
import { curlApostrophes, straightenApostrophes } from '../../../../src/lib/search/text.ts';

describe('straightenApostrophes', () => {
  it('turns elisions into straight apostrophes, which the index splits on', () => {
    expect(straightenApostrophes('<p>L’équipe d’infrastructure, aujourd’hui</p>')).toBe("<p>L'équipe d'infrastructure, aujourd'hui</p>");
  });

  it('leaves quotes that are not between letters, and tags with their attributes', () => {
    const html = '<span data-pagefind-filter="topic:Chaîne d’approvisionnement" title="l’a">‘cité’ l’</span>';
    expect(straightenApostrophes(html)).toBe('<span data-pagefind-filter="topic:Chaîne d’approvisionnement" title="l’a">‘cité’ l’</span>');
  });
});

describe('curlApostrophes', () => {
  it('gives the reader French apostrophes back, outside the <mark> tags too', () => {
    expect(curlApostrophes("<mark>L'infrastructure</mark> d'abord")).toBe('<mark>L’infrastructure</mark> d’abord');
    expect(curlApostrophes("'quoted'")).toBe("'quoted'");
  });
});
