import type { CardInput } from '../../src/lib/cards/layout.ts';

/** One session's card, as the layout and the raster tests draw it. */
export const CARD_INPUT: CardInput = {
  title: 'Comment créer un plugin kubectl ?',
  kicker: 'Kubernetes Community Days France 2023',
  people: ['Aurélie Vache', 'Sébastien Blanc'],
  background: '#1b2a4a',
  accent: '#e63946',
  brand: 'Carnet',
};
