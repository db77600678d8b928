import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { SourceFile } from '../src/lib/check-content.ts';

/**
 * Every file under `<root>/<dir>` (content/ unless told otherwise), with paths as the checker
 * expects them: `content/...`, forward slashes.
 */
export function readContentFiles(root: string, dir = 'content'): SourceFile[] {
  const contentDir = join(root, dir);
  return readdirSync(contentDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const full = join(entry.parentPath, entry.name);
      const path = `content/${relative(contentDir, full).split('\\').join('/')}`;
      // Images are only listed, never read: the checker needs their names, not their bytes.
      const text = /\.(jpe?g|png|webp|avif|gif)$/i.test(entry.name) ? '' : readFileSync(full, 'utf8');
      return { path, text };
    });
}
