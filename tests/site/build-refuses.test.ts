import { existsSync, readFileSync, writeFileSync } from 'node:fs';
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
