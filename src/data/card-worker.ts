// Draws the cards it is given, one after the other, into the cache (see drawCardsInBackground).
import { parentPort, workerData } from 'node:worker_threads';
import sharp from 'sharp';
import type { CardJob } from '../lib/cards.ts';
import { cardFile, type CardWorkerMessage } from './card-png.ts';

// One libvips thread: the worker is meant to use one core and leave the other to Astro.
sharp.concurrency(1);

const { jobs, cacheDir } = workerData as { jobs: CardJob[]; cacheDir: string };
const files: [string, string][] = [];
let drawn = 0;
for (const job of jobs) {
  try {
    const { file, cached } = await cardFile(job.input, cacheDir);
    files.push([job.path, file]);
    if (!cached) drawn++;
  } catch (error) {
    parentPort!.postMessage({ done: false, path: job.path, error: String(error) } satisfies CardWorkerMessage);
    process.exit(1);
  }
}
parentPort!.postMessage({ done: true, files, drawn } satisfies CardWorkerMessage);
