import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentDates } from '../../src/data/git-dates.ts';
import { latestChanges } from '../../src/lib/content/git-log.ts';
import { editUrl, historyUrl } from '../../src/lib/content/repository.ts';
import { SITE } from '../../src/site.ts';

describe('edit links', () => {
  it('point to the file on the repository’s branch, from the one place the repository is set', () => {
    expect(editUrl('content/events/kcd-france-2023/sessions/creer-un-plugin-kubectl.md')).toBe(
      `${SITE.repository}/edit/${SITE.branch}/content/events/kcd-france-2023/sessions/creer-un-plugin-kubectl.md`,
    );
    expect(historyUrl('content/speakers/aurelie-vache.yaml')).toBe(`${SITE.repository}/commits/${SITE.branch}/content/speakers/aurelie-vache.yaml`);
  });
});

describe('reading git log', () => {
  it('keeps the newest date of each file', () => {
    const log = '\x1e2026-03-01T10:00:00+01:00\n\ncontent/a.md\ncontent/b.md\n\x1e2026-02-01T10:00:00+01:00\n\ncontent/a.md\ncontent/c.md\n';
    expect(latestChanges(log)).toEqual(
      new Map([
        ['content/a.md', new Date('2026-03-01T09:00:00Z')],
        ['content/b.md', new Date('2026-03-01T09:00:00Z')],
        ['content/c.md', new Date('2026-02-01T09:00:00Z')],
      ]),
    );
    expect(latestChanges('')).toEqual(new Map());
  });
});

describe('content dates from a real repository', () => {
  const dir = mkdtempSync(join(tmpdir(), 'carnet-git-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const git = (cwd: string, args: string[], date = '2026-02-03T12:00:00+01:00') =>
    execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'init.defaultBranch=main', ...args], {
      cwd,
      env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
      stdio: 'pipe',
    });

  const repo = join(dir, 'repo');
  mkdirSync(join(repo, 'site', 'content'), { recursive: true });
  git(dir, ['init', '-q', repo]);
  writeFileSync(join(repo, 'site', 'content', 'a.md'), 'a');
  writeFileSync(join(repo, 'site', 'content', 'b.md'), 'b');
  writeFileSync(join(repo, 'site', 'README.md'), 'outside content/');
  git(repo, ['add', '.']);
  git(repo, ['commit', '-q', '-m', 'first']);
  writeFileSync(join(repo, 'site', 'content', 'a.md'), 'a, changed');
  git(repo, ['commit', '-q', '-am', 'second'], '2026-03-04T09:30:00+01:00');

  it('gives each file under content/ its last commit date, with paths from the project root', () => {
    expect(contentDates(join(repo, 'site'))).toEqual(
      new Map([
        ['content/a.md', new Date('2026-03-04T08:30:00Z')],
        ['content/b.md', new Date('2026-02-03T11:00:00Z')],
      ]),
    );
  });

  it('gives nothing in a shallow clone, where every file would get the same wrong date', () => {
    const shallow = join(dir, 'shallow');
    git(dir, ['clone', '-q', '--depth', '1', `file://${repo}`, shallow]);
    expect(contentDates(join(shallow, 'site'))).toEqual(new Map());
  });

  it('gives nothing outside a repository', () => {
    const plain = join(dir, 'plain');
    mkdirSync(join(plain, 'content'), { recursive: true });
    expect(contentDates(plain)).toEqual(new Map());
  });
});
