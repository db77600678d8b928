// `npm run import -- <file> --event <id> [--dry-run]`: imports a schedule (frab or pretalx
// schedule.xml, C3VOC or pretalx schedule.json, Sessionize JSON) into content/: the event,
// its people and one stub note per session. Plans everything, checks the planned content,
// then writes all or nothing (even on Ctrl+C); never replaces a file that exists. See docs/schedules.md.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblem } from '../src/lib/content/check.ts';
import { FORMAT_NAMES, ImportError, type ImportWarning } from '../src/lib/import/model.ts';
import { planImport, type ImportPlan, type ImportedFile } from '../src/lib/import/plan.ts';
import { readSchedule } from '../src/lib/import/read.ts';
import { isTimeZone } from '../src/lib/time/zoned.ts';
import { readContentFiles } from '../src/lib/content/read.ts';
import { untilInterrupted, writeAll, WriteError } from './lib/write-all.ts';

const USAGE = `Usage: npm run import -- <file> --event <event-id> [options]

  --event <id>        the event's folder under content/events/ (new or existing)
  --dry-run           show what would be created, skipped and in conflict; write nothing
  --timezone <zone>   time zone for files that name none (Sessionize), like Europe/Paris
  --language fr|en    language of a new event, and of sessions the file gives no language for
  --venue <name> --city <name> --country <XX>   the venue, for a new event
  --root <dir>        the project folder (default: the current one)`;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/** Warnings that differ only by the values they quote are shown once, with a count. */
function printWarnings(warnings: readonly ImportWarning[]): void {
  const groups = new Map<string, ImportWarning[]>();
  for (const warning of warnings) {
    const key = warning.message.replace(/"[^"]*"/g, '"…"').replace(/\d+/g, '#');
    groups.set(key, [...(groups.get(key) ?? []), warning]);
  }
  console.log(`\nWarnings (${warnings.length}): read anyway, check them`);
  for (const group of groups.values()) {
    const [first] = group;
    const more = group.length > 1 ? ` (and ${group.length - 1} more like it)` : '';
    console.log(`  - ${first!.where}: ${first!.message}${more}`);
  }
}

function printPlan(plan: ImportPlan, dryRun: boolean): void {
  if (plan.warnings.length > 0) printWarnings(plan.warnings);
  if (plan.left.length > 0) {
    console.log(`\nLeft out (${plan.left.length}):`);
    for (const item of plan.left) console.log(`  - "${item.title}" (${item.where}): ${item.reason}`);
  }
  const count = (what: ImportedFile['what']) => plan.create.filter((file) => file.what === what).length;
  console.log(`\n${dryRun ? 'Would create' : 'Created'} (${plan.create.length}: ${count('event')} event, ${count('person')} people, ${count('note')} notes):`);
  for (const file of plan.create) console.log(`  + ${file.path}`);
  if (plan.skip.length > 0) {
    console.log(`\nSkipped (${plan.skip.length}): already there`);
    for (const item of plan.skip) console.log(`  = ${item.path}: ${item.reason}`);
  }
  if (plan.conflicts.length > 0) {
    console.log(`\nConflicts (${plan.conflicts.length}): not written, nothing replaced`);
    for (const item of plan.conflicts) console.log(`  ! ${item.path}: ${item.reason}`);
  }
  // Every session of the file, accounted for: the reasons are in the lists above.
  const outcomes = (outcome: string) => plan.sessions.filter((s) => s.outcome === outcome).length;
  console.log(
    `\nSessions of the file (${plan.sessions.length + plan.left.length}): ${outcomes('create')} new, ${outcomes('skip')} already there, ${outcomes('refuse')} refused, ${plan.left.length} left out`,
  );
}

async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        event: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        timezone: { type: 'string' },
        language: { type: 'string' },
        venue: { type: 'string' },
        city: { type: 'string' },
        country: { type: 'string' },
        root: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    fail(`${(error as Error).message}\n\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const [file] = positionals;
  if (!file || positionals.length > 1) fail(`Give one schedule file.\n\n${USAGE}`);
  if (!values.event) fail(`Give the event id with --event.\n\n${USAGE}`);
  if (values.timezone && !isTimeZone(values.timezone)) fail(`--timezone: "${values.timezone}" is not a time zone name like Europe/Paris`);
  if (values.language && values.language !== 'fr' && values.language !== 'en') fail(`--language: must be fr or en`);
  if (values.country && !/^[A-Z]{2}$/.test(values.country)) fail(`--country: must be a two-letter code like FR`);
  const root = resolve(values.root ?? process.cwd());
  if (!existsSync(join(root, 'content'))) fail(`${root} has no content/ folder: run the import from the project's folder, or pass --root`);
  if (!existsSync(file)) fail(`${file}: no such file`);

  try {
    const schedule = readSchedule(readFileSync(file, 'utf8'), { file, timeZone: values.timezone });
    console.log(
      `Read ${file} (${FORMAT_NAMES[schedule.format]}): ${schedule.sessions.length} sessions, ${schedule.people.size} people, ${schedule.rooms.length} rooms, ${schedule.tracks.length} tracks.`,
    );
    const plan = planImport(schedule, readContentFiles(root), {
      eventId: values.event,
      source: file.split(/[\\/]/).pop()!,
      language: values.language as 'fr' | 'en' | undefined,
      venue: values.venue,
      city: values.city,
      country: values.country,
    });
    if (plan.problems.length > 0) {
      for (const problem of plan.problems) console.error(formatProblem(problem));
      const planned = new Set(plan.create.map((created) => created.path));
      const before = plan.problems.every((problem) => !planned.has(problem.file));
      fail(
        before
          ? `\ncontent/ already has ${plan.problems.length} problem${plan.problems.length > 1 ? 's' : ''} (above): fix them first (npm run check); nothing was written.`
          : `\nThe import would leave ${plan.problems.length} problem${plan.problems.length > 1 ? 's' : ''} in content/ (above): nothing was written.`,
      );
    }
    if (values['dry-run']) {
      printPlan(plan, true);
      console.log('\nDry run: nothing was written.');
      return;
    }
    if (plan.create.length === 0) {
      printPlan(plan, false);
      console.log('\nNothing new to write.');
      return;
    }
    // "Created" is said once it is true: the files are written first, all or none.
    console.log(`Writing ${plan.create.length} files…`);
    await untilInterrupted((signal) => writeAll(root, plan.create, { signal }));
    printPlan(plan, false);
    console.log(`\nDone. Check the new files, then run npm run check.`);
  } catch (error) {
    if (error instanceof ImportError || error instanceof WriteError) fail(`${error.message}\nNothing was written.`);
    throw error;
  }
}

await main();
