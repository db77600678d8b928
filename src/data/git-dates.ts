// When each content file last changed, read from git once per build: one `git log` over
// content/, not one process per page.
import { execFileSync } from 'node:child_process';
import { GIT_LOG_FORMAT, latestChanges } from '../lib/content/git-log.ts';

const cache = new Map<string, Map<string, Date>>();

function git(root: string, args: string[]): string {
  return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 256 * 1024 * 1024 });
}

/**
 * The date of the latest commit of every file under `<root>/content`, keyed by its path
 * from `root` (content/...). Empty without git, outside a repository, or in a shallow clone,
 * where the one commit present would give every file the same wrong date.
 */
export function contentDates(root: string = process.cwd()): Map<string, Date> {
  let dates = cache.get(root);
  if (dates) return dates;
  try {
    const shallow = git(root, ['rev-parse', '--is-shallow-repository']).trim() !== 'false';
    dates = shallow
      ? new Map()
      : latestChanges(git(root, ['-c', 'core.quotepath=off', 'log', `--format=${GIT_LOG_FORMAT}`, '--name-only', '--relative', '--', 'content']));
  } catch {
    dates = new Map();
  }
  cache.set(root, dates);
  return dates;
}
