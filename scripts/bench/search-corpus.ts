// Generated corpora for the search benchmark: session, speaker and topic pages shaped like
// the ones Carnet builds (same data-pagefind-* markup as src/pages/[event]/[session].astro
// and src/components/SearchMeta.astro), with words drawn from the shipped notes at their
// real frequencies. Deterministic: the same size gives the same pages.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent } from '../../src/lib/content/check.ts';
import { readContentFiles } from '../../src/lib/content/read.ts';

/** A seeded generator (mulberry32): benchmarks compare like with like from run to run. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Source {
  /** Words of the shipped notes, each as often as it occurs. */
  words: string[];
  firstNames: string[];
  lastNames: string[];
  companies: string[];
  tools: string[];
  topics: { fr: string; en?: string | undefined }[];
}

/** Reads the vocabulary of content/ (read only), through the site's own content reader. */
export function readSource(root: string): Source {
  const { content } = checkContent(readContentFiles(root));
  const words: string[] = [];
  const tools = new Set<string>();
  for (const { data, body } of content.sessions.values()) {
    for (const tool of data.tools) tools.add(tool.name);
    const prose = [data.title, data.summary ?? '', body.replace(/[#>*_`[\]()-]/g, ' ')].join(' ');
    words.push(...(prose.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []));
  }
  const people = [...content.speakers.values()];
  const [firstNames, lastNames] = [new Set<string>(), new Set<string>()];
  for (const { name } of people) {
    const [first, ...rest] = name.split(' ');
    firstNames.add(first!);
    if (rest.length > 0) lastNames.add(rest.join(' '));
  }
  return {
    words,
    firstNames: [...firstNames],
    lastNames: [...lastNames],
    companies: [...new Set([...content.sessions.values()].flatMap(({ data }) => data.affiliations.map((a) => a.company)).filter((c): c is string => !!c))],
    tools: [...tools],
    topics: [...content.topics.values()].map((topic) => topic.label),
  };
}

export interface Corpus {
  /** Session pages written. */
  notes: number;
  /** All pages written, sessions, speakers and topics. */
  pages: number;
  /** Queries that find something in this corpus, for the timing runs. */
  queries: string[];
  /** An event name, to time a search with a filter on. */
  event: string;
}

const KINDS = [
  ['Conférence', 0.55],
  ['Lightning talk', 0.25],
  ['Table ronde', 0.08],
  ['Keynote', 0.04],
  ['Atelier', 0.08],
] as const;
const SYLLABLES = ['kube', 'flux', 'ar', 'go', 'cel', 'tra', 'lin', 'vo', 'mesh', 'bao', 'ter', 'ra', 'po', 'dex', 'nix', 'ka', 'sto', 'rio'];

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const slug = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Writes `notes` session pages, with their speakers' and topics' pages, under `dir`. */
export function writeCorpus(dir: string, notes: number, source: Source, seed = 2026): Corpus {
  const rand = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const some = <T>(list: readonly T[], min: number, max: number): T[] => {
    const count = min + Math.floor(rand() * (max - min + 1));
    return [...new Set(Array.from({ length: count }, () => pick(list)))];
  };
  const weighted = <T>(list: readonly (readonly [T, number])[]): T => {
    let left = rand();
    for (const [value, weight] of list) if ((left -= weight) < 0) return value;
    return list[0]![0];
  };
  /** Words actually written, to draw queries from. */
  const written: string[] = [];
  const usedTools = new Set<string>();
  const sentence = (length: number) => {
    const words = Array.from({ length }, () => pick(source.words));
    if (written.length < 5000) written.push(...words);
    return `${words.join(' ')}.`.replace(/^\p{L}/u, (c) => c.toUpperCase());
  };
  const write = (path: string, html: string) => {
    mkdirSync(join(dir, path), { recursive: true });
    writeFileSync(join(dir, path, 'index.html'), html);
  };

  // About one person per two notes, one tool per four: vocabularies grow with the corpus.
  const people = Array.from({ length: Math.max(20, Math.round(notes / 2)) }, (_, i) => ({
    name: `${pick(source.firstNames)} ${pick(source.lastNames)}${i >= source.lastNames.length * 4 ? ` ${pick(SYLLABLES)}${i}` : ''}`,
    company: rand() < 0.7 ? pick(source.companies) : `${pick(SYLLABLES)}${pick(SYLLABLES)} SAS`,
  }));
  const tools = [
    ...source.tools,
    ...Array.from({ length: Math.round(notes / 4) }, (_, i) => `${pick(SYLLABLES)}${pick(SYLLABLES)}${pick(SYLLABLES)}-${i.toString(36)}`),
  ];
  const events = Array.from({ length: Math.max(2, Math.ceil(notes / 50)) }, (_, i) => {
    const year = 2019 + (i % 8);
    const name = `${pick(['Cloud Native Days', 'KCD', 'DevOps Rex', 'Volcamp', 'Sunny Tech'])} ${pick(['France', 'Lyon', 'Nantes', 'Lille'])} ${year}`;
    return { name, year, tracks: Array.from({ length: 4 }, () => `${pick(source.words)} ${pick(source.words)}`) };
  });
  const sessionsOf = new Map<string, string[]>();
  const topicSessions = new Map<string, number>();
  const page = (title: string, body: string) =>
    `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${escape(title)} · Carnet</title></head><body>` +
    `<header class="site-header" data-pagefind-ignore><a href="/">Carnet</a><nav><a href="/speakers/">Intervenants</a> <a href="/topics/">Sujets</a></nav></header>` +
    `<main id="contenu">${body}</main><footer class="site-footer" data-pagefind-ignore><p>Carnet est un site statique.</p></footer></body></html>`;

  for (let n = 0; n < notes; n++) {
    const event = pick(events);
    const kind = weighted(KINDS);
    const speakers = some(people, 1, kind === 'Table ronde' ? 4 : 2);
    const topics = some(source.topics, 1, 3);
    const named = some(tools, 0, 5);
    for (const tool of named) usedTools.add(tool);
    const title = `${sentence(4 + Math.floor(rand() * 6)).slice(0, -1)}${named[0] ? ` avec ${named[0]}` : ''}`;
    const language = rand() < 0.85 ? 'fr' : 'en';
    const replay = pick(['disponible', 'à venir', 'à venir', 'non filmé']);
    const track = rand() < 0.8 ? pick(event.tracks) : undefined;
    const day = `${event.year}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`;
    const path = `${slug(event.name)}/session-${n}`;
    const paragraphs = Array.from(
      { length: 6 + Math.floor(rand() * 5) },
      () => `<p>${escape(sentence(40 + Math.floor(rand() * 40)))}${named.length > 0 && rand() < 0.5 ? ` ${escape(pick(named))}.` : ''}</p>`,
    );
    for (const speaker of speakers) sessionsOf.set(speaker.name, [...(sessionsOf.get(speaker.name) ?? []), title]);
    for (const topic of topics) topicSessions.set(topic.fr, (topicSessions.get(topic.fr) ?? 0) + 1);
    const filters = [
      ['event', event.name],
      ['kind', kind],
      ['language', language === 'fr' ? 'français' : 'anglais'],
      ['replay', replay],
      ...(track ? [['track', track]] : []),
      ...speakers.map((s) => ['speaker', s.name]),
      ...topics.map((t) => ['topic', t.fr]),
    ];
    const meta = [
      ['event', event.name],
      ['kind', kind],
      ['date', day],
      ['people', speakers.map((s) => s.name).join(', ')],
      ['topics', topics.flatMap((t) => [t.fr, t.en ?? t.fr]).join(', ')],
    ];
    write(
      path,
      page(
        title,
        `<nav class="crumbs"><a href="/">${escape(event.name)}</a></nav>` +
          `<article lang="${language}" data-pagefind-body><header><p class="kicker" data-pagefind-ignore>${kind} · ${escape(event.name)}</p><h1>${escape(title)}</h1>` +
          `<p class="summary">${escape(sentence(25))}</p></header>` +
          `<section data-pagefind-weight="5"><h2>Intervenants</h2><ul>${speakers.map((s) => `<li><a href="/speakers/${slug(s.name)}/">${escape(s.name)}</a><div>${escape(s.company)}</div></li>`).join('')}</ul></section>` +
          `<dl class="meta" data-pagefind-ignore><div><dt>Format</dt><dd>${kind}</dd></div><div><dt>Date</dt><dd>${day}</dd></div></dl>` +
          `<div data-pagefind-ignore><section class="replay"><h2>Replay</h2><p>${replay}</p></section></div>` +
          `<section class="note"><h2>La note</h2>${paragraphs.join('')}</section>` +
          `<div class="aside"><section><h2>Sujets</h2><ul>${topics.map((t) => `<li><a href="/topics/${slug(t.fr)}/">${escape(t.fr)}</a></li>`).join('')}</ul></section>` +
          (named.length > 0
            ? `<section><h2>Outils et projets cités</h2><ul>${named.map((t) => `<li><a href="/tools/#${slug(t)}">${escape(t)}</a></li>`).join('')}</ul></section>`
            : '') +
          `</div><div hidden>${filters.map(([k, v]) => `<span data-pagefind-filter="${k}:${escape(v!)}"></span>`).join('')}` +
          `${meta.map(([k, v]) => `<span data-pagefind-meta="${k}:${escape(v!)}"></span>`).join('')}<span data-pagefind-sort="date:${day}T09:00:00.000Z"></span></div></article>` +
          `<nav class="pager"><a rel="prev" href="/">${escape(sentence(5))}</a></nav>`,
      ),
    );
  }
  let pages = notes;
  for (const person of people) {
    if (!sessionsOf.has(person.name)) continue;
    write(
      `speakers/${slug(person.name)}`,
      page(
        person.name,
        `<header class="head" data-pagefind-body><h1>${escape(person.name)}</h1><p>${escape(person.company)}</p></header><ul>${sessionsOf
          .get(person.name)!
          .map((t) => `<li>${escape(t)}</li>`)
          .join('')}</ul>`,
      ),
    );
    pages++;
  }
  for (const topic of source.topics) {
    write(`topics/${slug(topic.fr)}`, page(topic.fr, `<h1 data-pagefind-body>${escape(topic.fr)}</h1><p>${topicSessions.get(topic.fr) ?? 0} sessions</p>`));
    pages++;
  }

  // Queries a reader would type, each sure to match: a tool, a person with and without
  // accents, a company, a topic, everyday words of the notes.
  const speakers = people.filter((person) => sessionsOf.has(person.name));
  const accented = speakers.find((person) => /[À-ÿ]/.test(person.name)) ?? speakers[0]!;
  const common = [...new Set(written.filter((w) => w.length > 6 && /^\p{Ll}+$/u.test(w)))];
  const toolsUsed = [...usedTools];
  const queries = [
    toolsUsed[0]!,
    toolsUsed[toolsUsed.length - 1]!,
    accented.name
      .split(' ')
      .at(-1)!
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, ''),
    accented.name,
    speakers[1]!.company,
    source.topics[1]!.fr,
    pick(common),
    pick(common),
    `${pick(common)} ${pick(common)}`,
    speakers[2]!.name.split(' ')[1]!,
  ].map((q) => q.toLowerCase());
  return { notes, pages, queries, event: events[0]!.name };
}
