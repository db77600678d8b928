// Generates a realistic content/ folder of N notes for the benchmarks: events with rooms and
// tracks, people, topics, replays, and French and English notes of about 500 words.
// Deterministic (seeded), so two runs measure the same corpus.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { random } from './search-corpus.ts';

const SESSIONS_PER_EVENT = 50;

const FR = {
  subjects: ['L’équipe', 'La plateforme', 'Le cluster', 'Notre pipeline', 'Cette migration', 'Le portail interne', 'La supervision', 'Le service'],
  verbs: ['a permis de', 'nous oblige à', 'aide à', 'sert surtout à', 'a fini par', 'rend possible de'],
  objects: [
    'réduire le temps de déploiement',
    'mieux isoler les charges de travail',
    'comprendre les incidents plus vite',
    'partager les bonnes pratiques',
    'sécuriser la chaîne de build',
    'maîtriser les coûts',
    'automatiser les mises à jour',
  ],
  tails: [
    'sans tout réécrire.',
    'en quelques semaines.',
    'malgré la dette existante.',
    'avec des outils open source.',
    'au prix de quelques surprises.',
    'grâce au retour des équipes.',
  ],
  headings: ['Le contexte', 'Ce qui a été présenté', 'Les difficultés', 'Outils cités', 'À retenir'],
};
const EN = {
  subjects: ['The team', 'The platform', 'The cluster', 'Our pipeline', 'This migration', 'The internal portal', 'Monitoring', 'The service'],
  verbs: ['made it possible to', 'forces us to', 'helps', 'is mostly used to', 'ended up helping to', 'lets us'],
  objects: [
    'cut deployment time',
    'isolate workloads better',
    'understand incidents faster',
    'share good practices',
    'secure the build chain',
    'keep costs under control',
    'automate upgrades',
  ],
  tails: [
    'without rewriting everything.',
    'in a few weeks.',
    'despite the existing debt.',
    'with open source tools.',
    'at the price of a few surprises.',
    'thanks to feedback from the teams.',
  ],
  headings: ['Context', 'What was shown', 'The hard parts', 'Tools mentioned', 'Takeaways'],
};
const TOOLS = [
  'Kubernetes',
  'Helm',
  'Argo CD',
  'Flux',
  'Backstage',
  'Terraform',
  'Cilium',
  'Prometheus',
  'Grafana',
  'Vault',
  'Kyverno',
  'OpenTelemetry',
  'KEDA',
  'Karpenter',
  'BuildKit',
  'Trivy',
];
const FIRST = [
  'Aurélie',
  'Sébastien',
  'Julie',
  'Hugo',
  'Zineb',
  'Rémi',
  'Camille',
  'Léa',
  'Thomas',
  'Inès',
  'Nicolas',
  'Chloé',
  'Yann',
  'Manon',
  'Karim',
  'Sarah',
];
const LAST = [
  'Martin',
  'Bernard',
  'Dubois',
  'Lefèvre',
  'Moreau',
  'Laurent',
  'Garnier',
  'Faure',
  'Rousseau',
  'Blanc',
  'Guérin',
  'Muller',
  'Henry',
  'Roussel',
  'Nicolas',
  'Perrin',
];
const TOPICS = [
  'containers',
  'security',
  'observability',
  'platform-engineering',
  'networking',
  'continuous-delivery',
  'ai-ml',
  'databases',
  'sre',
  'developer-experience',
];
const KINDS = ['talk', 'talk', 'talk', 'lightning', 'round-table', 'keynote'] as const;
const ROOMS = ['alpha', 'beta', 'gamma', 'delta'];

/** Every file of a generated content/ folder, keyed by path relative to it. */
export function generateCorpus(notes: number, { extension = 'md' }: { extension?: 'md' | 'mdx' } = {}): Map<string, string> {
  const rand = random(notes);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const files = new Map<string, string>();
  files.set('site.yaml', 'name: Carnet\nrepository: https://github.com/carnet-notes/carnet\n');
  files.set('topics.yaml', TOPICS.map((id) => `- { id: ${id}, label: { fr: "${id}", en: "${id}" } }`).join('\n') + '\n');

  const people = Math.max(20, Math.round(notes * 0.6));
  for (let i = 0; i < people; i++) {
    files.set(`speakers/person-${i}.yaml`, `name: ${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]} ${i}\n`);
  }

  const events = Math.ceil(notes / SESSIONS_PER_EVENT);
  for (let e = 0; e < events; e++) {
    const year = 2010 + (e % 17);
    const day = `${year}-0${1 + (e % 9)}-1${e % 9}`;
    const id = `event-${e}`;
    files.set(
      `events/${id}/event.yaml`,
      [
        `name: Bench Days ${e}`,
        `shortName: BD ${e}`,
        `startDate: ${day}`,
        `endDate: ${day}`,
        'timeZone: Europe/Paris',
        'venue: { name: Hall, city: Paris, country: FR }',
        'description: Un événement généré pour les mesures.',
        'rooms:',
        ...ROOMS.map((room) => `  - { id: ${room}, name: ${room} }`),
        'tracks:',
        '  - { id: infra, name: Infra }',
        '  - { id: dev, name: Dev }',
      ].join('\n') + '\n',
    );
    const replays: string[] = ['replays:'];
    const count = Math.min(SESSIONS_PER_EVENT, notes - e * SESSIONS_PER_EVENT);
    for (let s = 0; s < count; s++) {
      const lang = rand() < 0.7 ? 'fr' : 'en';
      const words = lang === 'fr' ? FR : EN;
      const kind = pick(KINDS);
      const who = [Math.floor(rand() * people), Math.floor(rand() * people)].filter((v, i, all) => all.indexOf(v) === i).map((n) => `person-${n}`);
      const tools = [pick(TOOLS), pick(TOOLS)].filter((v, i, all) => all.indexOf(v) === i);
      const hour = 9 + (Math.floor(s / ROOMS.length) % 9);
      const front = [
        `title: "${pick(words.subjects)} ${pick(words.verbs)} ${pick(words.objects)} (${e}-${s})"`,
        `kind: ${kind}`,
        kind === 'round-table' ? `panelists: [${who.join(', ')}]` : `speakers: [${who.join(', ')}]`,
        `track: ${pick(['infra', 'dev'])}`,
        `room: ${ROOMS[s % ROOMS.length]}`,
        `start: ${day}T${String(hour).padStart(2, '0')}:00:00+01:00`,
        'durationMinutes: 30',
        `language: ${lang}`,
        `summary: "${pick(words.subjects)} ${pick(words.verbs)} ${pick(words.objects)} ${pick(words.tails)}"`,
        `topics: [${pick(TOPICS)}, ${pick(TOPICS)}]`.replace(/\[(\S+), \1\]/, '[$1]'),
        'tools:',
        ...tools.map((name) => `  - name: ${name}`),
        // A company per appearance, as people's files no longer hold one.
        `affiliations: [{ person: ${who[0]}, company: Company ${Number(who[0]!.slice('person-'.length)) % 37} }]`,
      ];
      const body: string[] = [];
      for (const heading of words.headings) {
        body.push(`## ${heading}`, '');
        for (let p = 0; p < 2; p++) {
          const sentences = Array.from({ length: 5 }, () => `${pick(words.subjects)} ${pick(words.verbs)} ${pick(words.objects)} ${pick(words.tails)}`);
          body.push(sentences.join(' '), '');
        }
        if (heading === words.headings[3]) body.push(...tools.map((tool) => `- **${tool}** : \`${tool.toLowerCase()} --help\``), '');
      }
      files.set(`events/${id}/sessions/session-${s}.${extension}`, `---\n${front.join('\n')}\n---\n\n${body.join('\n')}`);
      if (s % 3 === 0) replays.push(`  - session: session-${s}`, `    url: https://www.youtube.com/watch?v=${String(e * 1000 + s).padStart(11, 'x')}`);
    }
    files.set(`events/${id}/replays.yaml`, replays.length > 1 ? `${replays.join('\n')}\n` : 'replays: []\n');
  }
  return files;
}

/** Writes a generated corpus under `dir` (which becomes a content/ folder). */
export function writeCorpus(dir: string, files: Map<string, string>): void {
  for (const [path, text] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}
