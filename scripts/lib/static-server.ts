// A small static file server for the search benchmark and the search tests that serve
// generated or fixture sites (the built site itself is served by `astro preview`).
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { Transform } from 'node:stream';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** Text types a static host compresses on the fly; Pagefind's own files come gzipped already. */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json']);

export interface StaticServer {
  /** Origin, like http://127.0.0.1:41234 */
  url: string;
  close(): Promise<void>;
}

/**
 * Serves `root` on a free local port. With `gzip`, text files are sent compressed when the
 * browser asks, as GitHub Pages, Netlify or Cloudflare do, so measured bytes match a real host.
 * `onSent` hears the body bytes of each response as they went on the wire.
 */
export async function serveStatic(
  root: string,
  { gzip = false, onSent }: { gzip?: boolean; onSent?: (path: string, bytes: number) => void } = {},
): Promise<StaticServer> {
  const base = normalize(root);
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = normalize(join(base, path));
    if (file !== base && !file.startsWith(base + sep)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    const ext = extname(file);
    const headers: Record<string, string> = { 'content-type': TYPES[ext] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
    const compress = gzip && COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    let sent = 0;
    const counter = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        sent += chunk.byteLength;
        done(null, chunk);
      },
      flush(done) {
        onSent?.(path, sent);
        done();
      },
    });
    if (compress) {
      response.writeHead(200, { ...headers, 'content-encoding': 'gzip' });
      createReadStream(file).pipe(createGzip()).pipe(counter).pipe(response);
    } else {
      response.writeHead(200, { ...headers, 'content-length': String(statSync(file).size) });
      createReadStream(file).pipe(counter).pipe(response);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
