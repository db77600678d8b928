// Pagefind on a thread of its own, for the build's main thread. Pagefind's Node API sends each
// page to its process as base64 JSON: about half a millisecond a page that the thread rendering
// pages then does not spend. The worker side is ./search-worker.ts.
import { Worker } from 'node:worker_threads';

export interface PagefindFile {
  path: string;
  content: Uint8Array;
}

export type PagefindRequest = { kind: 'create'; forceLanguage: string } | { kind: 'add'; url: string; html: string } | { kind: 'files' } | { kind: 'close' };

type Reply<R extends PagefindRequest['kind']> = R extends 'create'
  ? { created: boolean; errors: string[] }
  : R extends 'add'
    ? { errors: string[] }
    : R extends 'files'
      ? { files: PagefindFile[]; errors: string[] }
      : Record<string, never>;

export type PagefindMessage = { id: number; reply: unknown } | { id: number; error: string };

/** A Pagefind index held by a worker thread; each call resolves with Pagefind's own answer. */
export class PagefindThread {
  // A small young generation, as for the content worker (src/build/content-work.ts).
  readonly #worker = new Worker(new URL('./search-worker.ts', import.meta.url), { resourceLimits: { maxYoungGenerationSizeMb: 4 } });
  readonly #calls = new Map<number, { resolve: (reply: never) => void; reject: (error: Error) => void }>();
  #next = 0;

  constructor() {
    this.#worker.on('message', (message: PagefindMessage) => {
      const call = this.#calls.get(message.id);
      this.#calls.delete(message.id);
      if ('error' in message) call?.reject(new Error(message.error));
      else call?.resolve(message.reply as never);
    });
    const failAll = (error: Error) => {
      for (const call of this.#calls.values()) call.reject(error);
      this.#calls.clear();
    };
    this.#worker.on('error', failAll);
    this.#worker.on('exit', (code) => failAll(new Error(`The Pagefind thread stopped (code ${code})`)));
  }

  call<R extends PagefindRequest>(request: R): Promise<Reply<R['kind']>> {
    const id = this.#next++;
    return new Promise((resolve, reject) => {
      this.#calls.set(id, { resolve: resolve as (reply: never) => void, reject });
      this.#worker.postMessage({ id, request });
    });
  }

  /** Closes Pagefind's service and ends the thread. */
  async close(): Promise<void> {
    try {
      await this.call({ kind: 'close' });
    } finally {
      await this.#worker.terminate();
    }
  }
}
