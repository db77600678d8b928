import type { LoadedEntry } from '../lib/content/check.ts';

// Shared through globalThis: Astro loads this project's integrations and its content config as
// two separate copies of the modules.
const GATE = Symbol.for('carnet.content-check');

/** What the content checks hand the loaders: every file as they read it, and their report. */
export interface CheckedFiles {
  entries: LoadedEntry[];
  /** The problems found, formatted: set when the build must stop. */
  report?: string;
}

type Gate = Promise<CheckedFiles>;

/**
 * Hands the content loaders (./content-loader.ts) what the content checks read. In a build the
 * checks run on another thread while Astro starts, and the loaders wait for them here: a bad
 * file then stops the build with every problem listed, before Astro loads any entry.
 */
export function holdContentLoaders(checked: Gate): void {
  (globalThis as Record<symbol, Gate | undefined>)[GATE] = checked;
}

/** What the checks read, once they are done; undefined when no check was started (a tool that loads the content config alone). */
export function checkedFiles(): Gate | undefined {
  return (globalThis as Record<symbol, Gate | undefined>)[GATE];
}
