import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { SourceFile } from '../src/lib/check-content.ts';

/** Every file under `<root>/content`, with paths relative to `root` (forward slashes). */
export function readContentFiles(root: string): SourceFile[] {
  const contentDir = join(root, 'content');
  return readdirSync(contentDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const full = join(entry.parentPath, entry.name);
      const path = relative(root, full).split('\\').join('/');
      // Images are only listed, never read: the checker needs their names, not their bytes.
      const text = /\.(jpe?g|png|webp|avif|gif)$/i.test(entry.name) ? '' : readFileSync(full, 'utf8');
      return { path, text };
    });
}
