// The footer of every note page in the built site: credit, last change from git, edit link.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SITE } from '../../src/site.ts';

const FILE = 'content/events/kcd-france-2023/sessions/creer-un-plugin-kubectl.md';
const page = readFileSync(new URL('../../dist/kcd-france-2023/creer-un-plugin-kubectl/index.html', import.meta.url), 'utf8');
const footer = /<footer class="note-footer"[\s\S]*?<\/footer>/.exec(page)?.[0] ?? '';
const text = footer.replace(/<[^>]+>/g, '');

/** The file's last commit date, or undefined in a shallow clone or without git (the page then shows none). */
function lastCommit(): string | undefined {
  try {
    const git = (args: string[]) => execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (git(['rev-parse', '--is-shallow-repository']) !== 'false') return undefined;
    return git(['log', '-1', '--format=%cI', '--', FILE]) || undefined;
  } catch {
    return undefined;
  }
}

describe('a note page’s footer', () => {
  it('credits the note’s contributors', () => {
    expect(text).toContain('Note rédigée par : Équipe Carnet');
  });

  it('links to the file in the repository to edit it', () => {
    expect(footer).toContain(`<a href="${SITE.repository}/edit/${SITE.branch}/${FILE}"`);
    expect(text).toContain('Corriger ou compléter cette note sur GitHub');
  });

  it('shows the last change from git history, or nothing when history is not there', () => {
    const date = lastCommit();
    if (date) expect(footer).toContain(`<time datetime="${new Date(date).toISOString()}"`);
    else expect(footer).not.toContain('<time');
  });
});
