// The session page's view model (src/lib/sessions/view.ts), over the shipped content: what the
// page says is known, what it says is not, and where it sends a contributor.
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../../../src/lib/content/read.ts';
import { checkContent } from '../../../../src/lib/content/check.ts';
import { replayStateFor } from '../../../../src/lib/replay/state.ts';
import { sessionPageView } from '../../../../src/lib/sessions/view.ts';
import { SITE } from '../../../../src/site.ts';

const { content } = checkContent(readContentFiles(process.cwd()));
const people = new Map([...content.speakers].map(([id, s]) => [id, { name: s.name, url: `/speakers/${id}/`, listed: s.listed }]));
const topics = new Map([...content.topics].map(([id, topic]) => [id, { url: `/topics/${id}/`, label: topic.label }]));

function viewOf(id: string) {
  const session = content.sessions.get(id)!;
  const event = content.events.get(session.event)!;
  return sessionPageView({
    data: session.data,
    event: { id: session.event, url: `/${session.event}/`, data: event },
    people,
    eventAffiliations: event.affiliations,
    topics,
    replay: replayStateFor(session.slug, content.replays.get(session.event)),
    hasNote: session.body.trim().length > 0,
    file: session.file,
  });
}

describe('the session view model', () => {
  it('gives a timed session its day, its slot in the event’s time zone named by city, its room and track', () => {
    const view = viewOf('cloud-native-days-france-2026/rex-renault-kubernetes-as-a-service');
    expect(view.when).toEqual({ datetime: '2026-02-03T16:00:00.000Z', text: 'Mardi 3 février 2026, 17:00–17:30 (heure de Paris)' });
    expect(view.room).toBe('Debussy');
    expect(view.track).toEqual({ name: expect.any(String), url: '/cloud-native-days-france-2026/tracks/infrastructure-et-operations/' });
    expect(view.facts).toEqual(['Conférence', 'Debussy', 'en français']);
  });

  it('says what is not known in one sentence, with the replay’s state, instead of one “not known” per field', () => {
    const view = viewOf('kcd-france-2023/secrets-kubernetes-vraiment-secrets');
    expect(view.when).toBeUndefined();
    expect(view.unknown).toBe('Non communiqués : horaire et salle. Replay à venir.');
    expect(view.hasReplay).toBe(false);
    // One missing fact takes the singular.
    const timed = viewOf('cloud-native-days-france-2026/rex-renault-kubernetes-as-a-service');
    expect(timed.unknown ?? '').not.toMatch(/Non communiqué/);
  });

  it('resolves people with their names, pages and affiliations, and roles only at a round table', () => {
    const talk = viewOf('kcd-france-2023/developer-portal-back-market');
    expect(talk.people).toEqual([
      expect.objectContaining({
        id: 'sami-farhat',
        name: 'Sami Farhat',
        url: '/speakers/sami-farhat/',
        role: 'speaker',
        roleLabel: undefined,
        affiliation: 'Backend Engineer, Back Market',
      }),
    ]);
    const table = viewOf('kcd-france-2023/table-ronde-ops-dev-devops');
    expect(table.people.map((p) => [p.name, p.roleLabel])).toContainEqual(['Juliette Audema', expect.stringMatching(/Modération|Panéliste/)]);
  });

  it('labels topics and keeps both languages of each among the words search finds the page by', () => {
    const view = viewOf('kcd-france-2023/table-ronde-ops-dev-devops');
    expect(view.topics).toContainEqual({ id: expect.any(String), label: 'Culture DevOps', url: expect.stringMatching(/^\/topics\//) });
    expect(view.keywords.people).toContain('Juliette Audema');
    expect(view.keywords.topics).toEqual(expect.arrayContaining(['Culture DevOps', 'DevOps culture']));
  });

  it('offers to edit a note only where there is one, and to write the first one elsewhere', () => {
    const noted = viewOf('kcd-france-2023/creer-un-plugin-kubectl');
    expect(noted.hasNote).toBe(true);
    expect(noted.editUrl).toBe(`${SITE.repository}/edit/${SITE.branch}/content/events/kcd-france-2023/sessions/creer-un-plugin-kubectl.md`);
    expect(noted.writeUrl).toBeUndefined();
    const [id] = [...content.sessions].find(([, s]) => s.body.trim() === '' && !s.data.draft)!;
    const empty = viewOf(id);
    expect(empty.editUrl).toBeUndefined();
    expect(empty.writeUrl).toMatch(new RegExp(`^${SITE.repository}/edit/${SITE.branch}/content/events/`));
    expect(empty.contributingUrl).toBe(`${SITE.repository}/blob/${SITE.branch}/CONTRIBUTING.md`);
  });

  it('fails with the file and the name when a person is missing', () => {
    const session = content.sessions.get('kcd-france-2023/developer-portal-back-market')!;
    expect(() =>
      sessionPageView({
        data: session.data,
        event: { id: session.event, url: '/x/', data: content.events.get(session.event)! },
        people: new Map(),
        eventAffiliations: [],
        topics,
        replay: { state: 'pending' },
        hasNote: true,
        file: session.file,
      }),
    ).toThrow(/developer-portal-back-market.*sami-farhat/);
  });
});
