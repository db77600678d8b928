import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceFile } from './check.ts';

/**
 * Every file under `<root>/<dir>` (content/ unless told otherwise), with paths as the checker
 * expects them: `content/...`, forward slashes. Symbolic links are listed, not followed (Node's
 * recursive readdir would follow a linked folder), so that the checks refuse them: Astro's
 * loaders would follow one out of content/.
 */
export function readContentFiles(root: string, dir = 'content'): SourceFile[] {
  const files: SourceFile[] = [];
  const walk = (folder: string, path: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = join(folder, entry.name);
      const shown = `${path}/${entry.name}`;
      if (entry.isSymbolicLink()) files.push({ path: shown, text: '', symlink: true });
      else if (entry.isDirectory()) walk(full, shown);
      // Images are only listed, never read: the checker needs their names, not their bytes.
      else if (entry.isFile()) files.push({ path: shown, text: /\.(jpe?g|png|webp|avif|gif)$/i.test(entry.name) ? '' : readFileSync(full, 'utf8') });
    }
  };
  // The folder itself may be a link out of the repository: refused like any link inside it.
  if (lstatSync(join(root, dir)).isSymbolicLink()) return [{ path: 'content', text: '', symlink: true }];
  walk(join(root, dir), 'content');
  return files;
}
