// The reader's first ten seconds (issue 14), checked over the built dist/: words, the session
// page's facts and contributor links, the header, the events index, the A-to-Z index, and the
// text search excerpts are taken from.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/lib/content/read.ts';
import { checkContent } from '../../src/lib/content/check.ts';
import { SITE } from '../../src/site.ts';
import { builtPages, DIST, page } from './dist.ts';

const { content } = checkContent(readContentFiles(process.cwd()));
const published = [...content.sessions.values()].filter((s) => !s.data.draft);
const hasNote = (session: (typeof published)[number]) => session.body.trim().length > 0;
// structuredText keeps blocks apart ("Paris" and "51 sessions" are two lines, not "Paris51").
const text = (path: string) => page(path).querySelector('main')!.structuredText.replace(/\s+/g, ' ');

describe('counts', () => {
  it('never read “1 sessions”, “0 sessions” or any plural after 0 or 1, on any page', () => {
    const wrong = /(?<![\d,.])[01] (sessions|notes|replays|personnes|intervenants|résultats|filtres)\b/;
    // French takes the singular for 0 and 1; English for 1 only ("0 notes", "1 note"): its pages get English's rule.
    const wrongInEnglish = /(?<![\d,.])1 (sessions|notes|replays|people|results|filters)\b|(?<![\d,.])0 (session|note|replay|person|result|filter)\b/;
    for (const path of builtPages()) expect(text(path), path).not.toMatch(path.startsWith('/en/') ? wrongInEnglish : wrong);
  });

  it('take the plural from 2 on', () => {
    expect(text('/')).toMatch(/\b51 sessions\b/);
    expect(text('/speakers/')).toMatch(/\b\d{2,} personnes, toutes éditions confondues\./);
  });
});

describe('session pages', () => {
  it('say what is not known in one quiet line, never one “non communiqué” per field', () => {
    for (const session of published) {
      const body = text(`/${session.id}/`);
      expect(body.match(/non communiqué/gi)?.length ?? 0, session.id).toBeLessThanOrEqual(1);
      expect(body.match(/Non communiqués? :/g)?.length ?? 0, session.id).toBeLessThanOrEqual(1);
    }
    expect(text('/kcd-france-2023/secrets-kubernetes-vraiment-secrets/')).toContain('Non communiqués : horaire et salle. Replay à venir.');
  });

  it('show the time in the event’s time zone named by its city', () => {
    const renault = text('/cloud-native-days-france-2026/rex-renault-kubernetes-as-a-service/');
    expect(renault).toContain('Mardi 3 février 2026, 17:00–17:30 (heure de Paris)');
    for (const session of published) expect(text(`/${session.id}/`), session.id).not.toMatch(/Europe\/Paris/);
    // The event page's schedule says it too, by the city.
    expect(text('/cloud-native-days-france-2026/')).toContain('Horaires en heure de Paris');
    expect(text('/cloud-native-days-france-2026/')).not.toMatch(/Europe\/Paris/);
  });

  it('offer to edit a note only where there is one, and to write the first note where there is none', () => {
    for (const session of published) {
      const main = page(`/${session.id}/`).querySelector('main')!;
      const edit = main.querySelectorAll('a').filter((a) => a.text.includes('Corriger ou compléter cette note'));
      const write = main.querySelectorAll('a').filter((a) => a.text.includes('Écrire la première note'));
      const fileUrl = `${SITE.repository}/edit/${SITE.branch}/${session.file}`;
      if (hasNote(session)) {
        expect(
          edit.map((a) => a.getAttribute('href')),
          session.id,
        ).toEqual([fileUrl]);
        expect(write, session.id).toHaveLength(0);
      } else {
        expect(edit, session.id).toHaveLength(0);
        expect(
          write.map((a) => a.getAttribute('href')),
          session.id,
        ).toEqual([fileUrl]);
        expect(main.querySelector(`a[href="${SITE.repository}/blob/${SITE.branch}/CONTRIBUTING.md"]`), session.id).not.toBeNull();
      }
    }
  });

  it('put the summary and the replay before the note, and the topics after it', () => {
    const html = readFileSync(join(DIST, 'kcd-france-2023/developer-portal-back-market/index.html'), 'utf8');
    const [summary, replay, note, topics] = ['class="summary', '<replay-player', 'class="note', 'id="topics"'].map((marker) => html.indexOf(marker)) as [
      number,
      number,
      number,
      number,
    ];
    expect(summary).toBeGreaterThan(0);
    expect(replay).toBeGreaterThan(summary);
    expect(note).toBeGreaterThan(replay);
    expect(topics).toBeGreaterThan(note);
  });
});

describe('the header and the events index', () => {
  it('has an “Événements” entry leading to a list of every event', () => {
    const nav = page('/').querySelector('header nav')!;
    expect(nav.querySelector('a[href="/events/"]')!.text.trim()).toBe('Événements');
    const links = page('/events/')
      .querySelectorAll('main a')
      .map((a) => a.getAttribute('href'));
    for (const id of content.events.keys()) expect(links).toContain(`/${id}/`);
  });

  it('folds its links into a disclosure that opens without JavaScript', () => {
    const menu = page('/').querySelector('header details.menu')!;
    expect(menu.querySelector('summary')).not.toBeNull();
    expect(menu.querySelectorAll('nav a').map((link) => link.getAttribute('href'))).toEqual([
      '/events/',
      '/speakers/',
      '/topics/',
      '/tools/',
      '/replays/',
      '/programme/',
    ]);
  });
});

describe('the A-to-Z index of speakers', () => {
  it('files people by family name, capitalised particles included', () => {
    const section = (letter: string) => page('/speakers/').querySelector(`section[aria-labelledby="lettre-${letter}"]`)!.text;
    expect(section('L')).toContain('Alexis La Goutte');
    expect(section('G')).not.toContain('Alexis La Goutte');
    expect(section('V')).toContain('Caroline de Vasson');
  });
});

describe('the text search quotes', () => {
  const fragments = readdirSync(join(DIST, 'pagefind/fragment')).map((file) => {
    const raw = gunzipSync(readFileSync(join(DIST, 'pagefind/fragment', file))).toString('utf8');
    return JSON.parse(raw.slice(raw.indexOf('{'))) as { url: string; content: string; meta: Record<string, string> };
  });
  const straight = (s: string) => s.replace(/[\u2019\u02BC]/g, "'");

  it('starts with the summary, or the note, of every session, never with its people or topics', () => {
    const sessions = fragments.filter((fragment) => published.some((s) => fragment.url === `/${s.id}/`));
    expect(sessions.length).toBe(published.length);
    for (const fragment of sessions) {
      const session = published.find((s) => fragment.url === `/${s.id}/`)!;
      const start = fragment.content.slice(0, 60);
      // The labels of the old metadata block, which excerpts used to quote.
      expect(start, fragment.url).not.toMatch(/^(Intervenants|Sujets|Format|Horaire|Salle)\b/);
      if (session.data.summary) expect(straight(fragment.content).startsWith(straight(session.data.summary).slice(0, 40)), fragment.url).toBe(true);
      else if (hasNote(session))
        expect(fragment.content.startsWith(content.speakers.get(session.data.people[0]?.id ?? '')?.name ?? '\u0000'), fragment.url).toBe(false);
    }
  });

  it('still finds a session by its people and topics, in hidden words after the text', () => {
    const fragment = fragments.find((f) => f.url === '/kcd-france-2023/table-ronde-ops-dev-devops/')!;
    const tail = Number(fragment.meta.tailWords);
    expect(tail).toBeGreaterThan(5);
    const hidden = fragment.content.split(/\s+/).slice(-tail).join(' ');
    expect(hidden).toContain('Juliette Audema');
    expect(hidden).toContain('DevOps culture');
  });
});
