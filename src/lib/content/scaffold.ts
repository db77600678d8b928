// What `npm run new` writes, decided without touching the disk: the script asks the
// questions and writes the files; this module turns the answers into files and checks them
// with the same rules as the build, so a scaffolded note is valid before it is written.
import { Document, parseDocument } from 'yaml';
import { SLUG_PATTERN, type Language, type SessionKind } from '../../schema/index.ts';
import { checkContent, formatProblem, splitFrontMatter, type SessionEntry, type SourceFile } from './check.ts';
import type { NoteFormat } from '../markdown/safety.ts';
import { slugify } from './slug.ts';
import { closest } from './suggest.ts';

export type { NoteFormat };

/** The contributor's answers. Ids are checked against the content; names of new people become files. */
export interface NoteChoices {
  event: string;
  /** An existing session's slug; or leave out and give `newSession`. */
  session?: string | undefined;
  newSession?: { title: string; kind: SessionKind; slug?: string | undefined } | undefined;
  /** Ids of people already in content/speakers: the speakers, or a round table's panelists. Leave out to keep an existing session's. */
  people?: string[] | undefined;
  /** Full names of people not in content/speakers yet: a file is created for each, and they join `people`. */
  newPeople?: string[] | undefined;
  /** A round table's moderator id. */
  moderator?: string | undefined;
  /** Topic ids; added to an existing session's. */
  topics?: string[] | undefined;
  /** The language the note is written in; an existing session keeps its own when left out. */
  language?: Language | undefined;
  summary?: string | undefined;
  contributor?: { name: string; github?: string | undefined } | undefined;
  format: NoteFormat;
  /**
   * Add a further note beside the session's own (sessions/<slug>/<name>.md), for a session that
   * has a note already. The session's facts are not touched.
   */
  another?: boolean | undefined;
  /** A further note's day, YYYY-MM-DD (the script gives today's). */
  date?: string | undefined;
  /** A further note's file name (default: notes-de-<author>); a free name is found if taken. */
  noteName?: string | undefined;
  /** The note a further note translates: the session's slug for its own note, or another note's name. */
  translationOf?: string | undefined;
}

export interface ScaffoldedFile {
  path: string;
  text: string;
  /** Set when the file exists and is replaced: a session stub that has no note yet. */
  replaces?: string;
}

export interface Plan {
  /** The note's path from the repository root. */
  note: string;
  /** Its page on the site. */
  url: string;
  files: ScaffoldedFile[];
  /** Files removed, when a `.md` stub becomes an `.mdx` note. */
  removes: string[];
  /** People files reused because someone with that id exists. */
  reused: string[];
}

/** The answers could not make a valid note: each error says why, in plain words. */
export class ScaffoldError extends Error {
  readonly errors: string[];
  constructor(errors: string[]) {
    super(errors.join('\n'));
    this.name = 'ScaffoldError';
    this.errors = errors;
  }
}

const OUTLINE: Record<Language, { heading: string; hint: string }[]> = {
  fr: [
    { heading: 'Le contexte', hint: 'Qui parlait, devant qui, et pourquoi ce sujet. Effacez ces commentaires en écrivant.' },
    { heading: 'Ce qui a été présenté', hint: 'Les idées principales dans l’ordre de la session, un intertitre ### par partie.' },
    { heading: 'À retenir', hint: 'Deux à cinq points qu’un lecteur pressé doit emporter.' },
    { heading: 'Pour aller plus loin', hint: 'Les liens cités : slides, code, documentation (https:// seulement).' },
  ],
  en: [
    { heading: 'Context', hint: 'Who spoke, to whom, and why this subject. Delete these comments as you write.' },
    { heading: 'What was presented', hint: 'The main ideas in the order of the session, one ### heading per part.' },
    { heading: 'Takeaways', hint: 'Two to five points a reader in a hurry should take away.' },
    { heading: 'Further reading', hint: 'The links mentioned: slides, code, documentation (https:// only).' },
  ],
};

/** The outline a new note starts from, with the writing hints as comments (they never reach the page). */
export function outline(language: Language, format: NoteFormat): string {
  const comment = (text: string) => (format === 'mdx' ? `{/* ${text} */}` : `<!-- ${text} -->`);
  return OUTLINE[language].map(({ heading, hint }) => `## ${heading}\n\n${comment(hint)}\n`).join('\n');
}

function known(value: string, ids: Iterable<string>, what: string, errors: string[]): boolean {
  const list = [...ids];
  if (list.includes(value)) return true;
  const suggestion = closest(value, list);
  const hint = suggestion ? `: did you mean "${suggestion}"?` : list.length > 0 && list.length <= 8 ? ` (expected one of ${list.join(', ')})` : '';
  errors.push(`no ${what} "${value}"${hint}`);
  return false;
}

/**
 * Turns the answers into the files to write, or throws a {@link ScaffoldError}. Never plans
 * to overwrite a note: an existing session is filled in only while its file has no note
 * under the front matter.
 */
export function planNote(files: readonly SourceFile[], choices: NoteChoices): Plan {
  const { content } = checkContent(files);
  const errors: string[] = [];
  const byPath = new Map(files.map((file) => [file.path, file]));

  if (!content.events.has(choices.event)) {
    known(choices.event, content.events.keys(), 'event', errors);
    throw new ScaffoldError(errors);
  }
  const event = content.events.get(choices.event)!;

  // People: new names become files (or reuse the person with that id), then every id must exist.
  const created: ScaffoldedFile[] = [];
  const reused: string[] = [];
  const newIds: string[] = [];
  for (const name of choices.newPeople ?? []) {
    const id = slugify(name);
    if (!id) {
      errors.push(`"${name}" cannot become a file name: write the person's full name`);
      continue;
    }
    newIds.push(id);
    if (content.speakers.has(id) || created.some((file) => file.path.endsWith(`/${id}.yaml`))) reused.push(id);
    else created.push({ path: `content/speakers/${id}.yaml`, text: new Document({ name: name.trim() }).toString({ lineWidth: 0 }) });
  }
  const peopleIds = new Set([...content.speakers.keys(), ...newIds]);
  const people = choices.people === undefined && newIds.length === 0 ? undefined : [...new Set([...(choices.people ?? []), ...newIds])];
  people?.forEach((id) => known(id, peopleIds, 'person', errors));
  if (choices.moderator) known(choices.moderator, peopleIds, 'person', errors);
  (choices.topics ?? []).forEach((id) => known(id, content.topics.keys(), 'topic', errors));

  let front: Document;
  let existing: string | undefined;
  let slug: string;
  if (choices.session) {
    const entry = content.sessions.get(`${choices.event}/${choices.session}`);
    if (!entry) {
      const slugs = [...content.sessions.values()].filter((s) => s.event === choices.event).map((s) => s.slug);
      known(choices.session, slugs, `session in ${choices.event}`, errors);
      throw new ScaffoldError(errors);
    }
    slug = entry.slug;
    existing = entry.file;
    if (choices.another) return planFurtherNote(files, content, entry, choices, errors);
    if (entry.body.trim() !== '') {
      throw new ScaffoldError([`${entry.file} already has a note: open it and add to it (Carnet never overwrites a note)`, ...errors]);
    }
    front = parseDocument(splitFrontMatter(byPath.get(entry.file)!.text)!.frontMatter);
  } else if (choices.newSession) {
    const { title, kind } = choices.newSession;
    slug = choices.newSession.slug ?? slugify(title);
    if (!title.trim()) errors.push('the session needs a title');
    if (!SLUG_PATTERN.test(slug)) errors.push(`"${slug}" cannot be a file name: use lower-case words joined by hyphens`);
    const taken = [...content.sessions.values()].find((s) => s.event === choices.event && s.slug === slug);
    if (taken) errors.push(`${taken.file} exists already: choose that session (--session ${slug}) rather than creating it again`);
    front = new Document({ title: title.trim(), kind, language: choices.language ?? event.language });
  } else {
    throw new ScaffoldError(['choose a session (--session) or give the title of a new one (--title)', ...errors]);
  }
  if (errors.length > 0) throw new ScaffoldError(errors);

  if (choices.language) front.set('language', choices.language);
  const kind = String(front.get('kind'));
  if (people !== undefined) front.set(kind === 'round-table' ? 'panelists' : 'speakers', people);
  if (choices.moderator) {
    if (kind !== 'round-table') throw new ScaffoldError([`only a round table has a moderator; this session is a ${kind}`]);
    front.set('moderator', choices.moderator);
  }
  if (choices.summary?.trim()) front.set('summary', choices.summary.trim());
  const data = (front.toJS() ?? {}) as { topics?: string[]; contributors?: { name: string }[] };
  const topics = [...new Set([...(data.topics ?? []), ...(choices.topics ?? [])])];
  if (topics.length > 0) front.set('topics', topics);
  const name = choices.contributor?.name.trim();
  if (name && !(data.contributors ?? []).some((credit) => credit.name === name)) {
    const github = choices.contributor?.github?.replace(/^@/, '');
    front.set('contributors', [...(data.contributors ?? []), { name, ...(github ? { github } : {}) }]);
  }

  // The outline's headings are in French or English: a session given in another language
  // (an imported German talk) gets them in the event's language.
  const spoken = String(front.get('language'));
  const language: Language = spoken === 'fr' || spoken === 'en' ? spoken : event.language;
  const note = `content/events/${choices.event}/sessions/${slug}.${choices.format}`;
  const text = `---\n${front.toString({ lineWidth: 0 })}---\n\n${outline(language, choices.format)}`;
  const planned: ScaffoldedFile = existing === note ? { path: note, text, replaces: existing } : { path: note, text };
  if (existing !== note && byPath.has(note)) throw new ScaffoldError([`${note} exists already: Carnet never overwrites a note`]);
  const plan: Plan = {
    note,
    url: `/${choices.event}/${slug}/`,
    files: [...created, planned],
    removes: existing && existing !== note ? [existing] : [],
    reused,
  };

  // The same checks as the build, on the content as it will be: nothing invalid is written.
  const after = new Map(files.map((file) => [file.path, file]));
  for (const path of plan.removes) after.delete(path);
  for (const file of plan.files) after.set(file.path, { path: file.path, text: file.text });
  const touched = new Set(plan.files.map((file) => file.path));
  const problems = checkContent([...after.values()]).problems.filter((problem) => touched.has(problem.file));
  if (problems.length > 0) throw new ScaffoldError(problems.map(formatProblem));
  return plan;
}

/** The files of `content/` that exist, as a set of paths. */
function pathsOf(files: readonly SourceFile[]): Set<string> {
  return new Set(files.map((file) => file.path));
}

/**
 * A further note on a session: a new file in the session's folder of notes, under a name no file
 * has (Carnet never overwrites a note), with its author, language and day.
 */
function planFurtherNote(files: readonly SourceFile[], content: ReturnType<typeof checkContent>['content'], session: SessionEntry, choices: NoteChoices, errors: string[]): Plan {
  const author = choices.contributor?.name.trim();
  if (!author) errors.push('a further note credits its author: give your name (--author)');
  if (!choices.date || !/^\d{4}-\d{2}-\d{2}$/.test(choices.date)) errors.push('a further note needs the day it is written, YYYY-MM-DD (--date)');
  for (const [given, what] of [[choices.people ?? choices.newPeople, 'people'], [choices.topics, 'topics'], [choices.summary, 'a summary'], [choices.moderator, 'a moderator']] as const) {
    if (given !== undefined && (typeof given === 'string' ? given.trim() : given.length > 0)) {
      errors.push(`a further note does not change the session's ${what}: the session's facts stay in ${session.file}`);
    }
  }
  if (errors.length > 0) throw new ScaffoldError(errors);
  const folder = `content/events/${session.event}/sessions/${session.slug}`;
  const taken = pathsOf(files);
  const base = slugify(choices.noteName ?? `notes-de-${author}`) || 'note';
  const free = (name: string) => name !== session.slug && !taken.has(`${folder}/${name}.md`) && !taken.has(`${folder}/${name}.mdx`);
  let name = base;
  for (let n = 2; !free(name); n++) name = `${base}-${n}`;
  const language = choices.language ?? session.data.language;
  const github = choices.contributor?.github?.replace(/^@/, '');
  const front = new Document({
    language,
    date: choices.date,
    contributors: [{ name: author, ...(github ? { github } : {}) }],
    ...(choices.translationOf ? { translationOf: choices.translationOf } : {}),
  });
  const event = content.events.get(session.event)!;
  const outlineLanguage: Language = language === 'fr' || language === 'en' ? language : event.language;
  const note = `${folder}/${name}.${choices.format}`;
  const plan: Plan = {
    note,
    url: `/${session.event}/${session.slug}/#note-${name}`,
    files: [{ path: note, text: `---\n${front.toString({ lineWidth: 0 })}---\n\n${outline(outlineLanguage, choices.format)}` }],
    removes: [],
    reused: [],
  };
  const problems = checkContent([...files, ...plan.files]).problems.filter((problem) => problem.file === note);
  if (problems.length > 0) throw new ScaffoldError(problems.map(formatProblem));
  return plan;
}

/** The choices still missing for a note, named by their command-line flags. */
export function missingChoices(choices: Partial<NoteChoices>): string[] {
  const missing: string[] = [];
  if (!choices.event) missing.push('--event');
  if (!choices.session && !choices.newSession) missing.push('--session, or --title for a new session');
  return missing;
}
