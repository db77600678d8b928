import { describe, expect, it } from 'vitest';
import { page } from './dist.ts';

// What the built event page says about its schedule, for readers without CSS or JavaScript,
// and the rule that keeps the timetable's positions out of the phone layout.
describe('the built schedule of the 2026 event', () => {
  const html = page('/cloud-native-days-france-2026/');
  const schedule = html.querySelector('.schedule')!;

  it('places cards only through custom properties, which only the wide layout reads', () => {
    const styled = schedule.querySelectorAll('[style]').map((el) => el.getAttribute('style')!);
    expect(styled.length).toBeGreaterThan(51);
    for (const style of styled) {
      for (const declaration of style
        .split(';')
        .map((d) => d.trim())
        .filter(Boolean))
        expect(declaration).toMatch(/^--[a-z-]+:/);
    }
  });

  it('lists the sessions by time slot, each slot a heading with its time, breaks between them', () => {
    const rows = schedule.querySelectorAll('ol.rows > li');
    const labels = rows.map((li) =>
      li.classList.contains('break') ? `[${li.text.trim().replace(/\s+/g, ' ')}]` : li.querySelector('h3.slot-time')!.text.trim(),
    );
    expect(labels.slice(0, 4)).toEqual(['09:00', '[Pause 10:15–10:30]', '10:30', '10:45']);
    expect(labels).toContain('[Pause déjeuner 12:10–13:00]');
  });

  it('gives every card its kind, room and track in words, and its time', () => {
    const keynote = schedule
      .querySelectorAll('li.session')
      .find((li) => li.querySelector('a')!.getAttribute('href') === '/cloud-native-days-france-2026/keynote-ouverture/')!;
    expect(keynote.querySelector('.meta')!.text.replace(/\s+/g, ' ').trim()).toBe('09:00–10:15 · Keynote · Monet');
    expect(keynote.querySelector('.track')!.text).toBe('Autres sujets et crazy stuff');
    expect(keynote.querySelector('time')!.getAttribute('datetime')).toBe('2026-02-03T08:00:00.000Z');
  });

  it('has a legend that links to each track’s page', () => {
    const links = schedule.querySelectorAll('.legend [data-links] a').map((a) => a.getAttribute('href'));
    expect(links).toEqual([
      '/cloud-native-days-france-2026/tracks/infrastructure-et-operations/',
      '/cloud-native-days-france-2026/tracks/reseau-et-securite/',
      '/cloud-native-days-france-2026/tracks/ia-et-data/',
      '/cloud-native-days-france-2026/tracks/developer-experience/',
      '/cloud-native-days-france-2026/tracks/autres-sujets/',
    ]);
  });
});
