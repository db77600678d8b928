import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '../..');
const COPIED = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'scripts', 'public'];

export interface TempProject {
  root: string;
  /** Runs a binary of node_modules/.bin in the copy; its output, stdout then stderr. */
  run: (command: string, args: string[]) => { status: number | null; output: string };
  remove: () => void;
}

/**
 * A throwaway copy of the project, node_modules linked rather than copied, for tests and
 * benchmarks that build or write content. `content` replaces the shipped content/ folder.
 */
export function tempProject({ content = join(ROOT, 'content') }: { content?: string } = {}): TempProject {
  const root = mkdtempSync(join(tmpdir(), 'carnet-'));
  for (const entry of COPIED) cpSync(join(ROOT, entry), join(root, entry), { recursive: true });
  cpSync(content, join(root, 'content'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
  return {
    root,
    run: (command, args) => {
      const result = spawnSync(join(ROOT, 'node_modules/.bin', command), args, { cwd: root, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
      return { status: result.status, output: `${result.stdout}${result.stderr}` };
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
