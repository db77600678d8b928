import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');
const COPIED = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'scripts', 'public', 'content'];

/** A throwaway copy of the project (node_modules linked, not copied) for tests that build or write content. */
export function tempProject(): { root: string; run: (command: string, args: string[]) => { status: number | null; output: string }; remove: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'carnet-'));
  for (const entry of COPIED) cpSync(join(ROOT, entry), join(root, entry), { recursive: true });
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
