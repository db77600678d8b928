import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = new URL('../../', import.meta.url).pathname;
const SKIPPED = new Set(['node_modules', 'dist', '.astro', '.git', 'test-results', 'playwright-report']);

/**
 * A copy of the project in a temporary folder, to build with changed content. node_modules
 * is a folder of links to the real packages, so that Astro's caches (node_modules/.astro,
 * node_modules/.vite) belong to the copy and never mix with the project's.
 */
export function copyProject(): { root: string; remove(): void } {
  const root = mkdtempSync(join(tmpdir(), 'carnet-copy-'));
  for (const entry of readdirSync(ROOT)) {
    if (!SKIPPED.has(entry)) cpSync(join(ROOT, entry), join(root, entry), { recursive: true });
  }
  mkdirSync(join(root, 'node_modules'));
  for (const entry of readdirSync(join(ROOT, 'node_modules'))) {
    if (!entry.startsWith('.') || entry === '.bin') symlinkSync(join(ROOT, 'node_modules', entry), join(root, 'node_modules', entry));
  }
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** Runs a Node script of the copy (scripts/new.ts, Astro's CLI) with the Node that runs the tests. */
export function run(root: string, args: string[]): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' }, timeout: 240_000 });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}
