// The Pagefind index of a PagefindThread (./search-thread.ts): answers its calls in order.
import { parentPort } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { straightenApostrophes } from '../lib/search/text.ts';
import type { PagefindMessage, PagefindRequest } from './search-thread.ts';

type PagefindIndex = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;
let index: PagefindIndex | undefined;

async function answer(request: PagefindRequest): Promise<unknown> {
  if (request.kind === 'create') {
    const created = await pagefind.createIndex({ forceLanguage: request.forceLanguage });
    index = created.index;
    return { created: Boolean(index), errors: created.errors };
  }
  if (request.kind === 'close') {
    // A service that already died has nothing left to free.
    await index?.deleteIndex().catch(() => undefined);
    await pagefind.close();
    return {};
  }
  if (!index) throw new Error('no Pagefind index is open');
  // Straight apostrophes, so French elisions split (see src/lib/search/text.ts).
  if (request.kind === 'add') return { errors: (await index.addHTMLFile({ url: request.url, content: straightenApostrophes(request.html) })).errors };
  const { files, errors } = await index.getFiles();
  return { files: files.map(({ path, content }) => ({ path, content })), errors };
}

parentPort!.on('message', ({ id, request }: { id: number; request: PagefindRequest }) => {
  answer(request).then(
    (reply) => parentPort!.postMessage({ id, reply } satisfies PagefindMessage),
    (error: unknown) => parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) } satisfies PagefindMessage),
  );
});
