import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '../..');
const SKIPPED = new Set(['node_modules', 'dist', 'dist-fixture', '.astro', '.git', 'test-results', 'playwright-report']);

export interface TempProject {
  root: string;
  /** Runs a Node script of the copy (scripts/new.ts, …) with the Node running this process. */
  run: (args: string[]) => { status: number | null; output: string };
  /** Runs Astro's CLI in the copy (`astro(['build'])`). */
  astro: (args: string[]) => { status: number | null; output: string };
  remove: () => void;
}

/**
 * Gives `root` a node_modules folder of links to the project's packages. Linking each package
 * rather than the folder keeps Astro's and Vite's caches (node_modules/.astro, .vite, .cache)
 * apart from the project's.
 */
export function linkNodeModules(root: string): void {
  mkdirSync(join(root, 'node_modules'));
  for (const entry of readdirSync(join(ROOT, 'node_modules'))) {
    if (!entry.startsWith('.') || entry === '.bin') symlinkSync(join(ROOT, 'node_modules', entry), join(root, 'node_modules', entry));
  }
}

/**
 * A throwaway copy of the project for tests and benchmarks that build or write content.
 * node_modules is linked package by package (see linkNodeModules). `content` replaces the
 * shipped content/ folder.
 */
export function tempProject({ content }: { content?: string } = {}): TempProject {
  const root = mkdtempSync(join(tmpdir(), 'carnet-copy-'));
  for (const entry of readdirSync(ROOT)) {
    if (SKIPPED.has(entry) || (content && entry === 'content')) continue;
    cpSync(join(ROOT, entry), join(root, entry), { recursive: true });
  }
  if (content) cpSync(content, join(root, 'content'), { recursive: true });
  linkNodeModules(root);
  const run = (args: string[]) => {
    const result = spawnSync(process.execPath, args, {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
      timeout: 600_000,
      maxBuffer: 256 * 1024 * 1024,
    });
    return { status: result.status, output: `${result.stdout}${result.stderr}` };
  };
  return {
    root,
    run,
    astro: (args) => run([join(root, 'node_modules/astro/bin/astro.mjs'), ...args]),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
