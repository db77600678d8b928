// Words of the interface (issue 14): plurals by Intl.PluralRules, time zones by city, the
// A-to-Z index by family name, the replay library's menus in alphabetical order.
import { describe, expect, it } from 'vitest';
import { t, pluralForms } from '../../../src/i18n/index.ts';
import fr from '../../../src/i18n/fr.ts';
import { timeZoneCity } from '../../../src/lib/time/dates.ts';
import { indexLetter, sortKey, sortPeople } from '../../../src/lib/people/names.ts';
import { pluralForm } from '../../../src/i18n/plural.ts';
import { sortOptions } from '../../../src/lib/replay/library.ts';

describe('plurals', () => {
  it('takes the singular for 0 and 1 in French, for 1 only in English', () => {
    expect([0, 1, 2, 51].map((n) => t.plural('home.sessionsCount', n))).toEqual(['0 session', '1 session', '2 sessions', '51 sessions']);
    expect([0, 1, 2].map((n) => t.plural('home.sessionsCount', n, {}, 'en'))).toEqual(['0 sessions', '1 session', '2 sessions']);
    expect(t.plural('replays.shown', 1, { total: 9 })).toBe('1 replay affiché sur 9.');
    expect(t.plural('replays.shown', 4, { total: 9 })).toBe('4 replays affichés sur 9.');
  });

  it('falls back to “other” for a category a dictionary leaves out (French “many”, a million)', () => {
    expect(t.plural('topic.sessions', 1_000_000)).toBe('1000000 sessions');
  });

  it('gives a script in the browser the same forms and the same choice', () => {
    const forms = pluralForms('replays.shown');
    expect(pluralForm(forms, 1, 'fr-FR')).toBe(fr['replays.shown'].one);
    expect(pluralForm(forms, 2, 'fr-FR')).toBe(fr['replays.shown'].other);
  });

  it('leaves no count in the French dictionary outside plural forms', () => {
    // A "{count}" in a plain string would print "1 sessions" somewhere.
    const plain = Object.entries(fr)
      .filter(([, value]) => typeof value === 'string' && value.includes('{count}'))
      .map(([key]) => key);
    // The search page's status has its own forms for zero, one and many (src/lib/search/url.ts).
    expect(plain.filter((key) => !key.startsWith('search.'))).toEqual([]);
  });
});

describe('time zones', () => {
  it('are named by their city', () => {
    expect(timeZoneCity('Europe/Paris')).toBe('Paris');
    expect(timeZoneCity('America/Argentina/Buenos_Aires')).toBe('Buenos Aires');
    expect(timeZoneCity('UTC')).toBe('UTC');
    expect(t.zone('Europe/Paris')).toBe('heure de Paris');
    expect(t.zone('Europe/Amsterdam')).toBe('heure d’Amsterdam');
    expect(t.zone('Europe/Paris', 'en')).toBe('Paris time');
  });
});

describe('the A-to-Z index of people', () => {
  it('files under the family name, skipping lower-case particles and keeping capitalised ones', () => {
    expect(indexLetter('Alexis La Goutte')).toBe('L');
    expect(indexLetter('Caroline de Vasson')).toBe('V');
    expect(indexLetter('Guido van Rossum')).toBe('R');
    expect(indexLetter('Jean d’Ormesson')).toBe('O');
    expect(indexLetter('Charles de la Fontaine')).toBe('F');
    expect(indexLetter('Yann Le Goff')).toBe('L');
    expect(indexLetter('Hela Ben Farhat')).toBe('B');
    expect(sortKey('Ada von Neumann')).toBe('Neumann');
  });

  it('follows sortAs when the file gives one', () => {
    expect(sortKey({ name: 'Marie Claire Dupont', sortAs: 'Dupont' })).toBe('Dupont');
    expect(indexLetter({ name: 'Alexis La Goutte', sortAs: 'Goutte' })).toBe('G');
    const sorted = sortPeople([{ name: 'Alexis La Goutte' }, { name: 'Zoé Martin', sortAs: 'Abel' }, { name: 'Julie Hourcade' }]);
    expect(sorted.map((p) => p.name)).toEqual(['Zoé Martin', 'Julie Hourcade', 'Alexis La Goutte']);
  });
});

describe('the replay library’s menus', () => {
  it('are in alphabetical order for readers of the locale, accents included', () => {
    const options = ['Sécurité', 'Écologie', 'Observabilité', 'eBPF', 'Culture DevOps'].map((label) => ({ value: label, label }));
    expect(sortOptions(options, 'fr-FR').map((o) => o.label)).toEqual(['Culture DevOps', 'eBPF', 'Écologie', 'Observabilité', 'Sécurité']);
  });
});
