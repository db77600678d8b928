import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export const DIST = join(import.meta.dirname, '../../dist');

/** Every HTML file of the built site, as site paths ("/speakers/aurelie-vache/"). */
export function builtPages(): string[] {
  return readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => `/${file.split('\\').join('/')}`.replace(/index\.html$/, '').replace(/\.html$/, ''));
}

/** The file a site path is served from, or undefined when none is built. */
export function fileFor(path: string): string | undefined {
  const clean = decodeURIComponent(path.split(/[?#]/)[0]!);
  const candidates = clean.endsWith('/')
    ? [join(DIST, clean, 'index.html')]
    : [join(DIST, clean), join(DIST, clean, 'index.html'), join(DIST, `${clean}.html`)];
  return candidates.find((file) => existsSync(file) && !file.endsWith('/'));
}

const cache = new Map<string, HTMLElement>();

/** The parsed HTML of a built page. */
export function page(path: string): HTMLElement {
  const file = fileFor(path);
  if (!file) throw new Error(`no built page for ${path}`);
  let root = cache.get(file);
  if (!root) {
    root = parse(readFileSync(file, 'utf8'));
    cache.set(file, root);
  }
  return root;
}
