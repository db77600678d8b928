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
