import { existsSync, linkSync, mkdirSync, rmdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Writes every planned file, or none: each is written beside its target, then hard-linked
 * into place (which fails rather than replace a file that appeared meanwhile). On any error,
 * what was written is removed again.
 */
export function writeAll(root: string, files: readonly { path: string; text: string }[]): void {
  const written: string[] = [];
  const madeDirs: string[] = [];
  try {
    for (const file of files) {
      const target = join(root, file.path);
      for (let dir = dirname(target), missing: string[] = []; ; dir = dirname(dir)) {
        if (existsSync(dir)) {
          madeDirs.push(...missing.reverse());
          break;
        }
        missing.push(dir);
      }
      mkdirSync(dirname(target), { recursive: true });
      const temporary = `${target}.${process.pid}.import-tmp`;
      writeFileSync(temporary, file.text, { flag: 'wx' });
      try {
        linkSync(temporary, target);
      } finally {
        unlinkSync(temporary);
      }
      written.push(target);
    }
  } catch (error) {
    for (const path of written.reverse()) unlinkSync(path);
    for (const dir of madeDirs.reverse()) {
      try {
        rmdirSync(dir);
      } catch {
        // Not empty: something else is in it, leave it.
      }
    }
    throw error;
  }
}
