// The loader of every content collection (src/content.config.ts). It reads no file of its own:
// it is fed the files as the content checks read them (src/lib/content/check.ts, through
// ./content-gate.ts), so that each file of content/ is read and parsed once per build, by one
// YAML reader, and every collection holds what the checks saw.
import type { Loader, LoaderContext } from 'astro/loaders';
import { lstat, readFile } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { LoadedEntry } from '../lib/content/check.ts';
import { CONTENT_DIR } from '../lib/content/dir.ts';
import { contentKind, type CollectionKind } from '../lib/content/files.ts';
import { checkedFiles, holdContentLoaders, type CheckedFiles } from './content-gate.ts';

/** The content folder read on this thread, for a tool that loads the content config without Carnet's integration; shared by every collection. */
async function readHere(root: string): Promise<CheckedFiles> {
  return { entries: (await (await import('../lib/content/check-all.ts')).checkContentFolder(root, CONTENT_DIR)).entries };
}

/** One file of content/ read again, as the checks read it: for the dev server, when a contributor saves it. */
async function readOne(path: string, file: string): Promise<{ entries: LoadedEntry[]; problems: string[] }> {
  if ((await lstat(path)).isSymbolicLink())
    return { entries: [], problems: [`content/${file}: is a symbolic link: Carnet reads only plain files in content/`] };
  const [{ checkAllContent }, { formatProblem }] = await Promise.all([import('../lib/content/check-all.ts'), import('../lib/content/problem.ts')]);
  const { entries, problems } = await checkAllContent([{ path: `content/${file}`, text: await readFile(path, 'utf8') }]);
  // Alone, the file's references to other files are unknown: only what stopped it being read is news.
  return { entries, problems: entries.length === 0 ? problems.map(formatProblem) : [] };
}

/**
 * Puts an entry in the store as Astro's glob() loader would: a Markdown note rendered now with
 * the site's pipeline, an MDX note left to its compiled module. An entry whose data and body
 * did not change since the last build keeps what the store has.
 */
async function store({ store, parseData, generateDigest, renderMarkdown, logger, config }: LoaderContext, entry: LoadedEntry): Promise<void> {
  const root = fileURLToPath(config.root);
  const path = resolve(root, CONTENT_DIR, entry.file);
  const fileURL = pathToFileURL(path);
  // The store wants the path from the project root, as glob() gives it, even for a content folder elsewhere.
  const filePath = relative(root, path).split(sep).join('/');
  const digest = generateDigest({ data: entry.data, body: entry.body });
  const existing = store.get(entry.id);
  // Images an entry names are registered with the store on every run, as glob() does: that method is
  // not in the loader's public type. Without it, an entry with images is loaded again from scratch.
  const assets = store as typeof store & { addAssetImports?: (assets: string[], file: string) => void };
  if (existing?.digest === digest && existing.filePath && (assets.addAssetImports || !existing.assetImports?.length)) {
    if (existing.deferredRender) store.addModuleImport(existing.filePath);
    if (existing.assetImports?.length) assets.addAssetImports!(existing.assetImports, existing.filePath);
    return;
  }
  if (existing) store.delete(entry.id);
  const data = await parseData({ id: entry.id, data: entry.data as Record<string, unknown>, filePath: path });
  const stored = { id: entry.id, data, filePath, digest, ...(entry.body === undefined ? {} : { body: entry.body }) };
  if (entry.body === undefined) store.set(stored);
  else if (entry.file.endsWith('.mdx')) store.set({ ...stored, deferredRender: true });
  else {
    try {
      // An empty front matter first, so that a body that opens with a --- rule is not read as one.
      const rendered = await renderMarkdown(`---\n---\n${entry.body}`, { fileURL });
      store.set({ ...stored, rendered, ...(rendered.metadata?.imagePaths ? { assetImports: rendered.metadata.imagePaths } : {}) });
    } catch (error) {
      // As glob() does: the note stays, empty; a note the pipeline refused stops the build at its start (./content-check.ts).
      logger.error(`Error rendering ${filePath}: ${(error as Error).message}`);
      store.set(stored);
    }
  }
}

/**
 * The dev server's watch over content/: a saved, added or deleted file of this collection is read
 * again, and what the checks read is brought up to date, for when Astro loads the collection anew.
 */
function watch(context: LoaderContext, kind: CollectionKind, checked: CheckedFiles): void {
  const { watcher, store: entries, logger, config } = context;
  if (!watcher) return;
  const folder = resolve(fileURLToPath(config.root), CONTENT_DIR);
  const fileOf = (path: string) => {
    const file = relative(folder, path).split(sep).join('/');
    return !file.startsWith('..') && contentKind(file)?.kind === kind ? file : undefined;
  };
  const replace = (file: string, read: LoadedEntry[]) => {
    const ids = new Set(read.map((entry) => entry.id));
    for (const entry of checked.entries) if (entry.file === file && !ids.has(entry.id)) entries.delete(entry.id);
    checked.entries = [...checked.entries.filter((entry) => entry.file !== file), ...read];
  };
  const reload = async (path: string) => {
    const file = fileOf(path);
    if (!file) return;
    try {
      const { entries: read, problems } = await readOne(path, file);
      for (const problem of problems) logger.error(problem);
      replace(file, read);
      await Promise.all(read.map((entry) => store(context, entry)));
      logger.info(`Reloaded content/${file}`);
    } catch (error) {
      logger.error(`Could not reload content/${file}: ${(error as Error).message}`);
    }
  };
  watcher.add(folder);
  watcher.on('change', reload);
  watcher.on('add', reload);
  watcher.on('unlink', (path) => {
    const file = fileOf(path);
    if (file) replace(file, []);
  });
}

/** The loader of one kind of content file (src/lib/content/files.ts). */
export function contentLoader(kind: CollectionKind): Loader {
  return {
    name: `carnet-${kind}`,
    load: async (context) => {
      let gate = checkedFiles();
      if (!gate) holdContentLoaders((gate = readHere(fileURLToPath(context.config.root))));
      const checked = await gate;
      if (checked.report) {
        const error = new Error(checked.report);
        // The report says where every problem is; a stack trace of this file would only distract.
        error.stack = checked.report;
        throw error;
      }
      const mine = checked.entries.filter((entry) => entry.kind === kind);
      const kept = new Set(mine.map((entry) => entry.id));
      for (const id of context.store.keys()) if (!kept.has(id)) context.store.delete(id);
      await Promise.all(mine.map((entry) => store(context, entry)));
      watch(context, kind, checked);
    },
  };
}
