import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { tempProject } from '../../scripts/lib/temp-project.ts';

const project = tempProject();
afterAll(() => project.remove());

it('refuses to build when a note names a speaker who does not exist, naming the file, line and value', () => {
  const file = 'content/events/kcd-france-2023/sessions/creer-un-plugin-kubectl.md';
  const path = join(project.root, file);
  writeFileSync(path, readFileSync(path, 'utf8').replace('aurelie-vache', 'aurelie-vach'));
  const { status, output } = project.astro(['build']);
  expect(status).not.toBe(0);
  expect(output).toMatch(new RegExp(`${file}:\\d+: speakers\\[0\\]: no speaker "aurelie-vach": did you mean "aurelie-vache"\\?`));
  expect(existsSync(join(project.root, 'dist'))).toBe(false);
}, 120_000);

it('stops at the content checks, before Astro reads the content, when a field is wrong', () => {
  const file = 'content/events/kcd-france-2023/event.yaml';
  const path = join(project.root, file);
  writeFileSync(path, readFileSync(path, 'utf8').replace(/^startDate: .*$/m, 'startDate: 2023-02-30'));
  const { status, output } = project.astro(['build']);
  expect(status).not.toBe(0);
  expect(output).toMatch(new RegExp(`${file}:\\d+: startDate: is not a day of the calendar`));
  // Astro's own schema error would name the collection entry instead of the file and line.
  expect(output).not.toMatch(/InvalidContentEntryDataError|data does not match collection schema/i);
  expect(existsSync(join(project.root, 'dist'))).toBe(false);
}, 120_000);

it('stops on a broken transcript, naming the file and the line', () => {
  const event = join(project.root, 'content/events/kcd-france-2023');
  mkdirSync(join(event, 'transcripts'), { recursive: true });
  writeFileSync(
    join(event, 'transcripts/developer-portal-back-market.vtt'),
    'WEBVTT\n\n00:00:01.000 --> 00:00:03.000\nBonjour\n\n00:00:04.000 -> 00:00:06.000\nflèche cassée\n',
  );
  const replays = join(event, 'replays.yaml');
  writeFileSync(
    replays,
    readFileSync(replays, 'utf8').replace(
      /(- session: developer-portal-back-market\n(\s+)url: .*\n)/,
      '$1$2transcript: transcripts/developer-portal-back-market.vtt\n',
    ),
  );
  expect(readFileSync(replays, 'utf8')).toContain('transcript: transcripts/developer-portal-back-market.vtt');
  const { status, output } = project.astro(['build']);
  expect(status).not.toBe(0);
  expect(output).toContain(
    'content/events/kcd-france-2023/transcripts/developer-portal-back-market.vtt:6: is not a cue timing (expected 00:01:02.000 --> 00:01:05.000)',
  );
  expect(existsSync(join(project.root, 'dist'))).toBe(false);
}, 120_000);

// A copy of its own: the builds above leave their broken files in place.
const clean = tempProject();
afterAll(() => clean.remove());

it('refuses a note that is a symbolic link, instead of publishing the file it points to', () => {
  const file = 'content/events/kcd-france-2023/sessions/lien.md';
  const outside = join(clean.root, 'outside.md');
  writeFileSync(outside, '---\ntitle: Secret\nkind: talk\nlanguage: fr\nspeakers: [aurelie-vache]\n---\n\nTexte secret.\n');
  symlinkSync(outside, join(clean.root, file));
  try {
    const { status, output } = clean.astro(['build']);
    expect(status).not.toBe(0);
    expect(output).toContain(`${file}: is a symbolic link: Carnet reads only plain files in content/`);
    expect(existsSync(join(clean.root, 'dist'))).toBe(false);
  } finally {
    rmSync(join(clean.root, file));
  }
}, 120_000);

it('never loads a README.md of a sessions/ folder as a note (the checks skip it)', () => {
  const readme = join(clean.root, 'content/events/kcd-france-2023/sessions/README.md');
  writeFileSync(readme, '---\ntitle: Piège\nkind: talk\nlanguage: fr\nspeakers: [personne-inconnue]\n---\n\n![x](../../../../package.json)\n');
  try {
    const { status, output } = clean.astro(['sync']);
    expect(status, output).toBe(0);
    const store = readdirSync(join(clean.root, '.astro'), { recursive: true })
      .map(String)
      .find((name) => name.endsWith('data-store.json'));
    expect(store, 'Astro wrote no data store').toBeDefined();
    const data = readFileSync(join(clean.root, '.astro', store!), 'utf8');
    expect(data).toContain('creer-un-plugin-kubectl');
    expect(data).not.toContain('Piège');
    expect(data).not.toContain('personne-inconnue');
  } finally {
    rmSync(readme);
  }
}, 120_000);
