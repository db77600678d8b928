// `npm run new`: scaffolds a note, asking for what it needs; every answer can be given as a
// flag instead, for use without a terminal (see `npm run new -- --help`).
import * as p from '@clack/prompts';
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { checkContent, type Content, type SessionEntry } from '../src/lib/content/check.ts';
import { missingChoices, planNote, ScaffoldError, type NoteChoices, type NoteFormat, type Plan } from '../src/lib/content/scaffold.ts';
import { SESSION_KINDS, type Language, type SessionKind } from '../src/schema/index.ts';
import { readContentFiles } from '../src/lib/content/read.ts';
import { untilInterrupted, writeAll, WriteError } from './lib/write-all.ts';

const HELP = `Scaffold a note: npm run new  (asks its questions)
or, without questions:  npm run new -- --event <id> (--session <slug> | --title "..." [--kind talk]) [options] --yes

  --event <id>          the event (a folder of content/events/)
  --session <slug>      an existing session (with a note already: add --another-note)
  --title "..."         or the title of a session not in the programme yet
  --kind <kind>         its kind: ${SESSION_KINDS.join(', ')} (default talk)
  --slug <slug>         its file name (default: from the title)
  --speakers a,b        ids of people in content/speakers (panelists for a round table)
  --new-speaker "Name"  someone not in content/speakers yet (repeat for each)
  --moderator <id>      a round table's moderator
  --topics a,b          topic ids from content/topics.yaml
  --language fr|en      the language the note is written in
  --summary "..."       one or two sentences on the session
  --author "Name"       your name, credited on the page
  --github <user>       your GitHub user name, linked from the credit
  --format md|mdx       md (default): plain Markdown; mdx: to use Carnet's components
  --another-note        the session has a note already: add yours beside it
                        (sessions/<slug>/<name>.md; needs --author)
  --note-name <name>    its file name (default: notes-de-<author>)
  --translation-of <n>  it translates that note (the session's slug for its own note)
  --date YYYY-MM-DD     the day it is written (default: today)
  --yes                 ask nothing: fail if something required is missing`;

const FLAGS = {
  event: { type: 'string' },
  session: { type: 'string' },
  title: { type: 'string' },
  kind: { type: 'string' },
  slug: { type: 'string' },
  speakers: { type: 'string' },
  'new-speaker': { type: 'string', multiple: true },
  moderator: { type: 'string' },
  topics: { type: 'string' },
  language: { type: 'string' },
  summary: { type: 'string' },
  author: { type: 'string' },
  github: { type: 'string' },
  format: { type: 'string' },
  'another-note': { type: 'boolean' },
  'note-name': { type: 'string' },
  'translation-of': { type: 'string' },
  date: { type: 'string' },
  yes: { type: 'boolean', short: 'y' },
  help: { type: 'boolean', short: 'h' },
} as const;

const { values: flags } = readFlags();

function readFlags() {
  try {
    return parseArgs({ options: FLAGS, strict: true });
  } catch (error) {
    console.error(`${(error as Error).message} (run npm run new -- --help)`);
    process.exit(1);
  }
}

if (flags.help) {
  console.log(HELP);
  process.exit(0);
}

const root = process.cwd();
const list = (value: string | undefined) =>
  value
    ?.split(',')
    .map((item) => item.trim())
    .filter(Boolean);
const interactive = !flags.yes && Boolean(process.stdin.isTTY && process.stdout.isTTY);

function fail(lines: string[]): never {
  const text = `Nothing was written:\n${lines.map((line) => `  - ${line}`).join('\n')}`;
  if (interactive) p.cancel(text);
  else console.error(text);
  process.exit(1);
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], flag: string): T | undefined {
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  return fail([`${flag} must be one of ${allowed.join(', ')} (got "${value}")`]);
}

function gitUserName(): string | undefined {
  try {
    return execFileSync('git', ['config', 'user.name'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** Stops cleanly when the contributor presses Ctrl+C or Escape. */
function answer<T>(value: T): Exclude<T, symbol> {
  if (p.isCancel(value)) {
    p.cancel('Cancelled: nothing was written.');
    process.exit(1);
  }
  return value as Exclude<T, symbol>;
}

const choices: NoteChoices = {
  event: flags.event ?? '',
  session: flags.session,
  newSession: flags.title ? { title: flags.title, kind: oneOf(flags.kind, SESSION_KINDS, '--kind') ?? 'talk', slug: flags.slug } : undefined,
  people: list(flags.speakers),
  newPeople: flags['new-speaker'],
  moderator: flags.moderator,
  topics: list(flags.topics),
  language: oneOf(flags.language, ['fr', 'en'] as const, '--language'),
  summary: flags.summary,
  contributor: flags.author ? { name: flags.author, github: flags.github } : undefined,
  format: oneOf(flags.format, ['md', 'mdx'] as const, '--format') ?? 'md',
  another: flags['another-note'],
  noteName: flags['note-name'],
  translationOf: flags['translation-of'],
  date: flags.date ?? new Date().toISOString().slice(0, 10),
};

const files = readContentFiles(root);
if (interactive) await ask(checkContent(files).content);
else {
  const missing = missingChoices(choices);
  if (missing.length > 0) fail([`missing ${missing.join(' and ')} (run npm run new -- --help)`]);
}

// An existing session keeps its format unless --format says otherwise.
if (
  !flags.format &&
  !choices.another &&
  choices.session &&
  files.some((file) => file.path === `content/events/${choices.event}/sessions/${choices.session}.mdx`)
)
  choices.format = 'mdx';

let plan: Plan;
try {
  plan = planNote(files, choices);
} catch (error) {
  if (error instanceof ScaffoldError) {
    // A session with a note takes another one beside it: say how.
    const beside = !choices.another && error.errors.some((line) => line.includes('already has a note'));
    fail(
      beside
        ? [...error.errors, 'to add your own note beside it (or a translation), run the same command with --another-note --author "Your Name"']
        : error.errors,
    );
  }
  throw error;
}

if (interactive) {
  const summary = [...plan.files.map((file) => `${file.replaces ? 'fill in' : 'create'}  ${file.path}`), ...plan.removes.map((path) => `remove  ${path}`)];
  p.note(summary.join('\n'), 'Files');
  if (!answer(await p.confirm({ message: 'Write these files?' }))) {
    p.cancel('Nothing was written.');
    process.exit(1);
  }
}

await write(plan);

const next = [
  `Write your note in ${plan.note}`,
  `Preview it: npm run dev, then open http://localhost:4321${plan.url}`,
  'Check it: npm run check (CI runs the same checks on your pull request)',
];
if (plan.reused.length > 0) next.unshift(`Already in content/speakers, reused: ${plan.reused.join(', ')}`);
if (interactive) p.outro(next.join('\n'));
else console.log(`Wrote ${plan.files.map((file) => file.path).join(', ')}\n${next.join('\n')}`);

/**
 * Writes the plan, all or nothing, even on Ctrl+C, creating missing folders; refuses if a file
 * appeared, or a stub changed, since it was read.
 */
async function write(plan: Plan) {
  const read = (path: string) => files.find((file) => file.path === path)?.text ?? '';
  try {
    await untilInterrupted((signal) =>
      writeAll(
        root,
        plan.files.map((file) => ({ path: file.path, text: file.text, replaces: file.replaces === undefined ? undefined : read(file.replaces) })),
        { removes: plan.removes.map((path) => ({ path, text: read(path) })), signal },
      ),
    );
  } catch (error) {
    if (error instanceof WriteError) fail([error.message]);
    throw error;
  }
}

/** The questions, for what the flags did not say. */
async function ask(content: Content) {
  p.intro('A new note for Carnet');
  const events = [...content.events.entries()].sort(([, a], [, b]) => b.startDate.localeCompare(a.startDate));
  if (!choices.event) {
    choices.event = answer(
      await p.select({
        message: 'Which event?',
        options: events.map(([id, event]) => ({ value: id, label: event.name, hint: id })),
      }),
    );
  }
  const event = content.events.get(choices.event);
  if (!event) return;
  const sessions = [...content.sessions.values()].filter((s) => s.event === choices.event).sort((a, b) => a.data.title.localeCompare(b.data.title, 'fr'));

  if (!choices.session && !choices.newSession) {
    const NEW = '\u0000new';
    const picked = answer(
      await p.autocomplete({
        message: 'Which session? (type to search)',
        options: [
          ...sessions.map((s) => ({ value: s.slug, label: s.data.title, hint: s.body.trim() ? 'has a note already' : 'no note yet' })),
          { value: NEW, label: 'A session that is not listed', hint: 'creates it' },
        ],
      }),
    );
    if (picked === NEW) {
      const title = answer(
        await p.text({ message: 'Its title, as in the programme', validate: (value) => (value?.trim() ? undefined : 'The title is needed') }),
      );
      const kind = answer(
        await p.select<SessionKind>({ message: 'What kind of session?', options: SESSION_KINDS.map((k) => ({ value: k, label: k })), initialValue: 'talk' }),
      );
      choices.newSession = { title, kind };
    } else {
      choices.session = picked;
    }
  }

  const session = choices.session ? content.sessions.get(`${choices.event}/${choices.session}`) : undefined;
  if (session?.body.trim() && !choices.another) {
    // Never over the note there: beside it, in the session's folder of notes, or nothing.
    if (!answer(await p.confirm({ message: 'This session has a note already. Add yours beside it (another note, or a translation)?' }))) return;
    choices.another = true;
  }
  if (session && choices.another) return askFurtherNote(content, session);
  const kind = session?.data.kind ?? choices.newSession!.kind;

  if (choices.people === undefined && !choices.newPeople) {
    const current = session?.data.people.filter((person) => person.role !== 'moderator').map((person) => person.id) ?? [];
    const people = answer(
      await p.autocompleteMultiselect({
        message: kind === 'round-table' ? 'The panelists (type to search, space to pick)' : 'The speakers (type to search, space to pick)',
        options: [...content.speakers.entries()]
          .sort(([, a], [, b]) => a.name.localeCompare(b.name, 'fr'))
          .map(([id, person]) => ({ value: id, label: person.name, hint: id })),
        initialValues: current,
      }),
    );
    const others = answer(await p.text({ message: 'Anyone not in the list? Full names, separated by commas (Enter to skip)', defaultValue: '' }));
    choices.people = people;
    choices.newPeople = list(others) ?? [];
  }

  if (!choices.topics) {
    choices.topics = answer(
      await p.autocompleteMultiselect({
        message: 'Topics (type to search, space to pick)',
        options: [...content.topics.values()].map((topic) => ({ value: topic.id, label: topic.label.fr, hint: topic.id })),
        initialValues: session?.data.topics ?? [],
      }),
    );
  }

  if (!choices.language) {
    choices.language = answer(
      await p.select<Language>({
        message: 'Which language do you write the note in?',
        options: [
          { value: 'fr', label: 'Français' },
          { value: 'en', label: 'English' },
        ],
        // Notes are written in French or English; a session given in German starts on the event's.
        initialValue: session?.data.language === 'fr' || session?.data.language === 'en' ? session.data.language : event.language,
      }),
    );
  }

  if (!flags.format && !session) {
    choices.format = answer(
      await p.select<NoteFormat>({
        message: 'Format',
        options: [
          { value: 'md', label: 'Markdown (.md)', hint: 'recommended' },
          { value: 'mdx', label: 'MDX (.mdx)', hint: 'to use Carnet’s components, like Timestamp' },
        ],
        initialValue: 'md',
      }),
    );
  }

  if (!session?.data.summary && choices.summary === undefined) {
    choices.summary = answer(await p.text({ message: 'One or two sentences on the session (Enter to skip)', defaultValue: '' }));
  }

  if (!choices.contributor) {
    const name = answer(
      await p.text({ message: 'Your name, credited on the page (Enter to stay anonymous)', initialValue: gitUserName() ?? '', defaultValue: '' }),
    );
    const github = name.trim() ? answer(await p.text({ message: 'Your GitHub user name (Enter to skip)', defaultValue: '' })) : '';
    choices.contributor = name.trim() ? { name, github: github.trim() || undefined } : undefined;
  }
}

/** The questions for a further note: its language, what it translates, its format and author. */
async function askFurtherNote(content: Content, session: SessionEntry) {
  if (!choices.language) {
    choices.language = answer(
      await p.select<Language>({
        message: 'Which language do you write the note in?',
        options: [
          { value: 'fr', label: 'Français' },
          { value: 'en', label: 'English' },
        ],
        initialValue: session.data.language === 'en' ? 'en' : 'fr',
      }),
    );
  }
  if (choices.translationOf === undefined) {
    const NONE = '\u0000none';
    const notes = [
      session.slug,
      ...[...content.notes.values()].filter((note) => note.event === session.event && note.session === session.slug).map((note) => note.name),
    ];
    const picked = answer(
      await p.select({
        message: 'Is it a translation of a note already there?',
        options: [{ value: NONE, label: 'No, a note of my own' }, ...notes.map((name) => ({ value: name, label: `A translation of ${name}` }))],
        initialValue: NONE,
      }),
    );
    choices.translationOf = picked === NONE ? undefined : picked;
  }
  if (!flags.format) {
    choices.format = answer(
      await p.select<NoteFormat>({
        message: 'Format',
        options: [
          { value: 'md', label: 'Markdown (.md)', hint: 'recommended' },
          { value: 'mdx', label: 'MDX (.mdx)', hint: 'to use Carnet’s components, like Timestamp' },
        ],
        initialValue: 'md',
      }),
    );
  }
  if (!choices.contributor) {
    const name = answer(
      await p.text({
        message: 'Your name, credited on the page',
        initialValue: gitUserName() ?? '',
        validate: (value) => (value?.trim() ? undefined : 'A further note credits its author'),
      }),
    );
    const github = answer(await p.text({ message: 'Your GitHub user name (Enter to skip)', defaultValue: '' }));
    choices.contributor = { name, github: github.trim() || undefined };
  }
}
