import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import { readContentFiles } from '../../src/lib/content/read.ts';
import { builtPages, fileFor, page } from './dist.ts';

const { content } = checkContent(readContentFiles(process.cwd()));
const published = [...content.sessions.values()].filter((s) => !s.data.draft);

describe('the built site has a page for', () => {
  it('every event and session', () => {
    for (const id of content.events.keys()) expect(fileFor(`/${id}/`), id).toBeDefined();
    for (const session of published) expect(fileFor(`/${session.id}/`), session.id).toBeDefined();
    expect(published.length).toBeGreaterThanOrEqual(64);
  });

  it('every speaker, topic and track, and the indexes', () => {
    for (const id of content.speakers.keys()) expect(fileFor(`/speakers/${id}/`), id).toBeDefined();
    for (const id of content.topics.keys()) expect(fileFor(`/topics/${id}/`), id).toBeDefined();
    for (const [event, data] of content.events) {
      for (const track of data.tracks) expect(fileFor(`/${event}/tracks/${track.id}/`), `${event}/${track.id}`).toBeDefined();
    }
    for (const path of ['/', '/speakers/', '/topics/', '/tools/', '/404']) expect(fileFor(path), path).toBeDefined();
  });
});

describe('session pages', () => {
  it('name and link every person on stage', () => {
    for (const session of published) {
      const html = page(`/${session.id}/`);
      for (const person of session.data.people) {
        const speaker = content.speakers.get(person.id)!;
        const link = html.querySelectorAll(`main a[href="/speakers/${person.id}/"]`);
        expect(link.length, `${session.id} links ${person.id}`).toBeGreaterThan(0);
        expect(link[0]!.text.trim()).toBe(speaker.name);
      }
    }
  });

  it('show the note when there is one, and the invitation to write one otherwise', () => {
    for (const session of published) {
      const text = page(`/${session.id}/`).querySelector('main')!.text;
      const hasNote = session.body.trim().length > 0;
      expect(text.includes('Pas encore de notes pour cette session.'), session.id).toBe(!hasNote);
    }
  });

  it('declare the language of the note', () => {
    for (const session of published) {
      expect(page(`/${session.id}/`).querySelector('article')!.getAttribute('lang')).toBe(session.data.language);
    }
  });

  it('say when the replay is pending, and link it when it is out', () => {
    const portal = page('/kcd-france-2023/developer-portal-back-market/').querySelector('main')!;
    expect(portal.querySelector('a[href*="2XghfHsbRtw"]')).not.toBeNull();
    const secrets = page('/kcd-france-2023/secrets-kubernetes-vraiment-secrets/').querySelector('main')!.text;
    expect(secrets).toContain('Replay à venir');
  });
});

describe('the schedule', () => {
  it('shows the 2026 sessions room by time, with local times', () => {
    const html = page('/cloud-native-days-france-2026/');
    const items = html.querySelectorAll('.schedule li.session');
    expect(items.length).toBe(51);
    const keynote = items.find((li) => li.querySelector('a')!.getAttribute('href') === '/cloud-native-days-france-2026/keynote-ouverture/')!;
    expect(keynote.text).toContain('09:00–10:15');
    expect(keynote.text).toContain('Monet');
  });

  it('groups the 2023 sessions by kind, since their times are unknown', () => {
    const headings = page('/kcd-france-2023/')
      .querySelectorAll('main h3')
      .map((h) => h.text.trim());
    expect(headings).toEqual(expect.arrayContaining(['Keynotes', 'Conférences', 'Tables rondes']));
  });
});

describe('the speaker pages', () => {
  it('list a person’s sessions across events', () => {
    const links = page('/speakers/aurelie-vache/')
      .querySelectorAll('main a')
      .map((a) => a.getAttribute('href'));
    expect(links).toContain('/kcd-france-2023/creer-un-plugin-kubectl/');
    expect(links.some((href) => href?.startsWith('/cloud-native-days-france-2026/'))).toBe(true);
  });

  it('index every person from A to Z', () => {
    const names = page('/speakers/').querySelectorAll('main li a[href^="/speakers/"]');
    expect(names.length).toBe(content.speakers.size);
  });
});

describe('the tools index', () => {
  it('lists each tool named in a note with the sessions naming it', () => {
    const tools = page('/tools/');
    const backstage = tools.querySelector('#backstage')!;
    expect(backstage.querySelector('a[href="/kcd-france-2023/developer-portal-back-market/"]')).not.toBeNull();
    expect(builtPages()).toContain('/tools/');
  });
});
