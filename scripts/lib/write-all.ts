// Writes a set of files all or nothing, for `npm run import` and `npm run new`: a contributor
// who presses Ctrl+C, or a file that appears meanwhile, must never leave half an event behind.
import { existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** A file to write. */
export interface FileWrite {
  /** From the project's folder, like content/speakers/ada.yaml. */
  path: string;
  text: string;
  /** The text the file has now, when it is replaced (a session stub filled in). Without it, the file must not exist. */
  replaces?: string | undefined;
}

/** A file to remove, with the text it must still have. */
export interface FileRemoval {
  path: string;
  text: string;
}

/** Why nothing was written, in the contributor's words (the command adds that nothing was); `path` is the file at fault, when one is. */
export class WriteError extends Error {
  readonly path: string | undefined;
  constructor(message: string, path?: string) {
    super(message);
    this.name = 'WriteError';
    this.path = path;
  }
}

/** How a staging folder's name starts. It is made in the project's folder: on the same file system, moving a file into place is a link, not a copy. */
export const STAGING_PREFIX = '.carnet-staging-';

/**
 * Writes every file and removes every removal, or changes nothing. The texts are first written
 * into a staging folder, one at a time, giving way to the event loop so that `signal` (aborted
 * on SIGINT or SIGTERM by the caller) stops the work with nothing in place. Then, without
 * yielding (a signal waits until it is done), each file is linked into place, which fails
 * rather than replace a file that appeared meanwhile; a stub is replaced only if it still has
 * the text read. On any failure what was put in place is undone. The staging folder is
 * always removed.
 */
export async function writeAll(
  root: string,
  files: readonly FileWrite[],
  options: { removes?: readonly FileRemoval[]; signal?: AbortSignal | undefined } = {},
): Promise<void> {
  const { removes = [], signal } = options;
  const interrupted = () => new WriteError('interrupted (Ctrl+C or a stop signal) before every file was ready');
  if (signal?.aborted) throw interrupted();
  const staging = mkdtempSync(join(root, STAGING_PREFIX));
  try {
    const staged: string[] = [];
    for (const [index, file] of files.entries()) {
      const path = join(staging, String(index));
      await writeFile(path, file.text, { flag: 'wx' });
      staged.push(path);
      if (signal?.aborted) throw interrupted();
    }
    commit(root, files, staged, removes);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

const unchanged = (path: string, text: string) => existsSync(path) && readFileSync(path, 'utf8') === text;

/** Puts every staged file in place and removes the removals, synchronously; undoes everything on failure. */
function commit(root: string, files: readonly FileWrite[], staged: readonly string[], removes: readonly FileRemoval[]): void {
  const undo: (() => void)[] = [];
  // The file being put in place, named by any error.
  let current = '';
  try {
    for (const [index, file] of files.entries()) {
      current = file.path;
      const target = join(root, file.path);
      for (const dir of missingFolders(dirname(target))) {
        mkdirSync(dir);
        undo.push(() => rmdirSync(dir));
      }
      if (file.replaces === undefined) {
        linkSync(staged[index]!, target);
        undo.push(() => unlinkSync(target));
      } else {
        if (!unchanged(target, file.replaces)) throw new WriteError(`${file.path} changed since it was read: run the command again`, file.path);
        renameSync(staged[index]!, target);
        undo.push(() => writeFileSync(target, file.replaces!));
      }
    }
    for (const removal of removes) {
      current = removal.path;
      const target = join(root, removal.path);
      if (!unchanged(target, removal.text)) throw new WriteError(`${removal.path} changed since it was read: run the command again`, removal.path);
      unlinkSync(target);
      undo.push(() => writeFileSync(target, removal.text, { flag: 'wx' }));
    }
  } catch (error) {
    for (const step of undo.reverse()) {
      try {
        step();
      } catch {
        // A folder something else was put in meanwhile stays.
      }
    }
    if (error instanceof WriteError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new WriteError(
      code === 'EEXIST'
        ? `${current} exists already (written meanwhile?): Carnet never overwrites a file`
        : `${current}: could not be written (${code ?? (error as Error).message})`,
      current,
    );
  }
}

/** The folders to create for `dir` to exist, outermost first. */
function missingFolders(dir: string): string[] {
  const missing: string[] = [];
  for (let current = dir; !existsSync(current); current = dirname(current)) missing.unshift(current);
  return missing;
}

/**
 * Runs `work` with SIGINT and SIGTERM turned into an aborted signal rather than an immediate
 * exit, so that writeAll can stop and leave nothing behind.
 */
export async function untilInterrupted<T>(work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const stop = () => controller.abort();
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  try {
    return await work(controller.signal);
  } finally {
    // A signal that came while the files were put in place (without yielding) is handled on the next turn: let it be, then
    // give the signals back their usual meaning.
    await new Promise((resolve) => setImmediate(resolve));
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  }
}
