// The running processes, as Linux lists them in /proc: for the benchmark (memory of a build's
// whole process tree) and the tests (Pagefind's service started and stopped).
import { readdirSync, readFileSync } from 'node:fs';

/** Every running process's id, with its parent's. */
export function processParents(): Map<number, number> {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The command name, in parentheses, may hold spaces: the parent pid is the 2nd field after it.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // The process ended while the list was read.
    }
  }
  return parents;
}
