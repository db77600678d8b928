// The build's content work, on a thread of its own (see src/build/content-work.ts): check
// content/, report, then draw the social cards of content that passed.
import { parentPort, workerData } from 'node:worker_threads';
import { checkContentFolder } from '../lib/content/check-all.ts';
import { carnetCards, type ContentWorkMessage, type ContentWorkOptions } from './content-work.ts';

const post = (message: ContentWorkMessage) => parentPort!.postMessage(message);
const { root, contentDir, cacheDir } = workerData as ContentWorkOptions;

const { problems, content, entries } = await checkContentFolder(root, contentDir);
post({ kind: 'checked', problems, entries });

// Loaded once the verdict is sent, which Astro's content loaders wait for: libvips and the fonts' parser are large.
const [{ default: sharp }, { cardFile, pruneCardCache }] = await Promise.all([import('sharp'), import('./cards/files.ts')]);
// One libvips thread: this worker is meant to use one core and leave the other to Astro.
sharp.concurrency(1);
const files: [string, string][] = [];
let drawn = 0;
if (problems.length === 0) {
  for (const job of carnetCards(content)) {
    try {
      const { file, cached } = await cardFile(job.input, cacheDir);
      files.push([job.path, file]);
      if (!cached) drawn++;
    } catch (error) {
      post({ kind: 'failed', path: job.path, error: String(error) });
      process.exit(1);
    }
  }
}
post({ kind: 'cards', files, drawn });
pruneCardCache(cacheDir);
