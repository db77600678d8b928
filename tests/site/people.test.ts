// Issue #17 on the built site: a person's company is the one of each appearance, never carried
// from another event; the speaker page shows the history.
import { describe, expect, it } from 'vitest';
import { page } from './dist.ts';

const people = (path: string) =>
  page(path)
    .querySelectorAll('article .people li')
    .map((li) => li.structuredText.replace(/\s+/g, ' ').trim());

describe('affiliations per appearance', () => {
  it('the 2023 kubectl talk names no company for Aurélie Vache', () => {
    const path = '/kcd-france-2023/creer-un-plugin-kubectl/';
    expect(people(path)).toEqual([expect.stringMatching(/^AV Aurélie Vache$/), expect.stringMatching(/^SB Sébastien Blanc$/)]);
    expect(page(path).toString()).not.toContain('OVHcloud');
  });

  it('her speaker page shows OVHcloud for 2026', () => {
    const head = page('/speakers/aurelie-vache/').querySelector('main .head')!.structuredText;
    expect(head).toContain('DevRel, Docker Captain, OVHcloud, 2026');
  });

  it('the 2026 keynote shows no Datadog for Laurent Bernaille, his 2023 talk does', () => {
    const keynote = people('/cloud-native-days-france-2026/keynote-ouverture/');
    expect(keynote.find((line) => line.includes('Laurent Bernaille'))).toBe('LB Laurent Bernaille');
    expect(keynote.find((line) => line.includes('Jérôme Petazzoni'))).toBe('JP Jérôme Petazzoni Enix');
    expect(people('/kcd-france-2023/building-container-images-in-kubernetes/')).toContain('LB Laurent Bernaille Datadog');
    expect(page('/speakers/laurent-bernaille/').querySelector('main .head')!.structuredText).toContain('Datadog, 2023');
  });

  it('Si Li is « développeuse et SRE », and the note agrees', () => {
    const path = '/kcd-france-2023/chaos-engineering-journey/';
    expect(people(path)).toEqual(['SL Si Li Développeuse et SRE, Carrefour']);
    const note = page(path).querySelector('.note')!.text;
    expect(note).toContain('Si Li, développeuse et SRE chez Carrefour, est revenue sur le chaos engineering');
    expect(note).not.toMatch(/développeur et SRE|est revenu sur/);
  });
});

describe('a session with one note', () => {
  it('has no heading for further notes', () => {
    const html = page('/kcd-france-2023/creer-un-plugin-kubectl/');
    expect(html.querySelector('#note')).not.toBeNull();
    expect(html.querySelector('.more-notes')).toBeNull();
  });
});
