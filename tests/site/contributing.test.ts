// The contributor's path end to end, in a temporary copy of the project: `npm run new`
// writes notes that build; hostile notes are refused by the build, what it accepts reaches
// dist/ with nothing that runs, and the Markdown pipelines refuse hostile notes on their own.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import { urlScheme } from '../../src/lib/markdown/safety.ts';
import { readContentFiles } from '../../src/lib/content/read.ts';
import { hostileInputs } from '../helpers/hostile.ts';
import { tempProject } from '../../scripts/lib/temp-project.ts';

const EVENT = 'cloud-native-days-france-2026';
const copy = tempProject();
afterAll(() => copy.remove());
const at = (...parts: string[]) => join(copy.root, ...parts);
const read = (...parts: string[]) => readFileSync(at(...parts), 'utf8');
const sessionFile = (slug: string, extension = 'md') => at('content', 'events', EVENT, 'sessions', `${slug}.${extension}`);

/** Every HTML file under dist/, with its path. */
function pages(): { path: string; html: string }[] {
  return readdirSync(at('dist'), { recursive: true })
    .map(String)
    .filter((path) => path.endsWith('.html'))
    .map((path) => ({ path, html: read('dist', path) }));
}

/** Hostile inputs as notes (the input as the body, and as the summary shown in lists and meta tags), sorted by whether the content check accepts them. */
const drafts = hostileInputs().map((input, i) => {
  const slug = `hostile-${String(i + 1).padStart(3, '0')}`;
  const summary = input.markdown.trim() ? `summary: ${JSON.stringify(input.markdown)}\n` : '';
  return {
    ...input,
    slug,
    path: `content/events/${EVENT}/sessions/${slug}.md`,
    text: `---\ntitle: "Hostile ${i + 1}"\nkind: talk\nlanguage: en\n${summary}---\n\n${input.markdown}\n`,
  };
});
const refusedFiles = new Set(checkContent([...readContentFiles(copy.root), ...drafts]).problems.map((problem) => problem.file));
const notes = drafts.map((note) => ({ ...note, accepted: !refusedFiles.has(note.path) }));

/** The tags of an HTML text with their attributes, quoted values read as one piece. */
function tags(html: string): { tag: string; attributes: [string, string][] }[] {
  const found: { tag: string; attributes: [string, string][] }[] = [];
  for (const [tag] of html.matchAll(/<[a-zA-Z][\w:-]*(?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*\s*\/?>/g)) {
    const attributes = [...tag.matchAll(/\s([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)].map(([, name, ...values]): [string, string] => [
      name!.toLowerCase(),
      values.find((value) => value !== undefined) ?? '',
    ]);
    found.push({ tag, attributes });
  }
  return found;
}
const decode = (value: string) =>
  value
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCharCode(parseInt(n, 16)))
    .replace(/&amp;/g, '&');

describe('npm run new, in a copy of the project', () => {
  it('fills in a session that has no note yet', { timeout: 60_000 }, () => {
    const result = copy.run([
      'scripts/new.ts',
      '--event',
      EVENT,
      '--session',
      'docker-bake',
      '--topics',
      'containers',
      '--author',
      'Jeanne Martin',
      '--github',
      'jmartin',
      '--yes',
    ]);
    expect(result.output).toContain(`Wrote content/events/${EVENT}/sessions/docker-bake.md`);
    expect(result.status).toBe(0);
    expect(read('content', 'events', EVENT, 'sessions', 'docker-bake.md')).toContain(
      'contributors:\n  - name: Jeanne Martin\n    github: jmartin\n---\n\n## Le contexte\n',
    );
  });

  it('creates a session, its new speaker and an MDX note', { timeout: 60_000 }, () => {
    const result = copy.run([
      'scripts/new.ts',
      ...['--event', EVENT, '--title', 'Un retour d’expérience inédit', '--kind', 'lightning'],
      ...['--speakers', 'aurelie-vache', '--new-speaker', 'Zoé Lefèvre', '--topics', 'security', '--language', 'en', '--format', 'mdx', '--yes'],
    ]);
    expect(result.status).toBe(0);
    expect(existsSync(sessionFile('un-retour-d-experience-inedit', 'mdx'))).toBe(true);
    expect(read('content', 'speakers', 'zoe-lefevre.yaml')).toBe('name: Zoé Lefèvre\n');
  });

  it('refuses to overwrite a note, and says why', { timeout: 60_000 }, () => {
    const before = readFileSync(sessionFile('docker-bake'), 'utf8');
    const result = copy.run(['scripts/new.ts', '--event', EVENT, '--session', 'docker-bake', '--yes']);
    expect(result.status).toBe(1);
    expect(result.output).toContain(
      `Nothing was written:\n  - content/events/${EVENT}/sessions/docker-bake.md already has a note: open it and add to it (Carnet never overwrites a note)`,
    );
    expect(readFileSync(sessionFile('docker-bake'), 'utf8')).toBe(before);
  });

  it('says what is missing when run without a terminal', { timeout: 60_000 }, () => {
    const result = copy.run(['scripts/new.ts', '--event', EVENT, '--yes']);
    expect(result.status).toBe(1);
    expect(result.output).toContain('missing --session, or --title for a new session');
  });
});

describe('building the copy', () => {
  it('reads tags the way the checks below need', () => {
    expect(tags('<p title="a > b onclick=x">T</p><a href=\'javascript:x\' onClick=y data-x>')).toEqual([
      { tag: '<p title="a > b onclick=x">', attributes: [['title', 'a > b onclick=x']] },
      {
        tag: "<a href='javascript:x' onClick=y data-x>",
        attributes: [
          ['href', 'javascript:x'],
          ['onclick', 'y'],
          ['data-x', ''],
        ],
      },
    ]);
  });

  it('accepts the scaffolded notes and the hostile inputs the check lets through', { timeout: 240_000 }, () => {
    const accepted = notes.filter((note) => note.accepted);
    expect(accepted.length).toBeGreaterThan(300);
    for (const note of accepted) writeFileSync(at(note.path), note.text);

    const check = copy.run(['scripts/check.ts']);
    expect(check.output).toContain('content/ is valid');
    const build = copy.astro(['build']);
    expect(build.output).toContain('Complete!');
    expect(build.status).toBe(0);
  });

  it('publishes the scaffolded notes with their outline, credit and edit link', { timeout: 60_000 }, () => {
    const filled = read('dist', EVENT, 'docker-bake', 'index.html');
    expect(filled).toContain('<h2 id="le-contexte">Le contexte</h2>');
    expect(filled).toContain('<a href="https://github.com/jmartin"');
    expect(filled).toContain(`/edit/main/content/events/${EVENT}/sessions/docker-bake.md"`);
    expect(filled).not.toContain('Effacez ces commentaires');
    const created = read('dist', EVENT, 'un-retour-d-experience-inedit', 'index.html');
    expect(created).toContain('<h2 id="what-was-presented">What was presented</h2>');
    expect(created).toContain('href="/speakers/zoe-lefevre/"');
    expect(existsSync(at('dist', 'speakers', 'zoe-lefevre', 'index.html'))).toBe(true);
  });

  it('lets no javascript:, vbscript: or data: URL, no event handler and no script from a note reach the HTML', { timeout: 60_000 }, () => {
    const all = pages();
    expect(all.length).toBeGreaterThan(500);
    const violations: string[] = [];
    for (const { path, html } of all) {
      // The site's own scripts are not the notes' business: look at the markup around them.
      const markup = html.replace(/<script\b[\s\S]*?<\/script>/g, '').replace(/<style\b[\s\S]*?<\/style>/g, '');
      for (const { tag, attributes } of tags(markup)) {
        for (const [name, value] of attributes) {
          if (name.startsWith('on')) violations.push(`${path}: ${tag}`);
          const scheme = ['href', 'src', 'action', 'formaction', 'poster', 'data'].includes(name) ? urlScheme(decode(value)) : undefined;
          if (scheme === 'javascript' || scheme === 'vbscript' || scheme === 'data') violations.push(`${path}: ${tag}`);
        }
      }
      const note = /<section class="note prose"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
      if (/<(script|style|iframe|object|embed|form)\b/i.test(note))
        violations.push(`${path}: a note with ${/<(script|style|iframe|object|embed|form)\b/i.exec(note)![0]}`);
    }
    expect(violations).toEqual([]);
  });
});

describe('a build with refused notes', () => {
  const marker = at('evaluated.txt');

  it('fails, names every refused file and line, and evaluates nothing', { timeout: 120_000 }, () => {
    const index = read('dist', 'index.html');
    const refused = notes.filter((note) => !note.accepted).slice(0, 25);
    for (const note of refused) writeFileSync(at(note.path), note.text);
    writeFileSync(
      sessionFile('hostile-mdx', 'mdx'),
      `---\ntitle: Hostile MDX\nkind: talk\nlanguage: en\n---\n\nexport const x = (await import('node:fs')).writeFileSync(${JSON.stringify(marker)}, 'x')\n\n{(await import('node:fs')).writeFileSync(${JSON.stringify(marker)}, 'x')}\n`,
    );

    const build = copy.astro(['build']);
    expect(build.status).not.toBe(0);
    expect(build.output).toContain(`content/events/${EVENT}/sessions/hostile-mdx.mdx:7: export: is not allowed`);
    expect(build.output).toContain(`content/events/${EVENT}/sessions/hostile-mdx.mdx:9: {(await import('node:fs'…}: is JavaScript`);
    for (const note of refused) expect(build.output).toMatch(new RegExp(`${note.path.replace(/[.]/g, '\\.')}:\\d+: `));
    expect(existsSync(marker)).toBe(false);
    // The refused build stopped before writing: dist/ is the previous build's, with none of the refused notes.
    expect(read('dist', 'index.html')).toBe(index);
    for (const note of [...refused, { slug: 'hostile-mdx' }]) expect(existsSync(at('dist', EVENT, note.slug))).toBe(false);
  });
});

describe('the Markdown pipelines on their own', () => {
  it('refuse hostile notes even when the content check before the build is switched off', { timeout: 120_000 }, () => {
    const marker = at('evaluated-by-mdx.txt');
    for (const note of notes.filter((n) => !n.accepted)) rmSync(at(note.path), { force: true });
    rmSync(sessionFile('hostile-mdx', 'mdx'));
    writeFileSync(sessionFile('hostile-md'), '---\ntitle: Hostile\nkind: talk\nlanguage: en\n---\n\nText.\n\n<img src=x onerror=alert(1)>\n');
    writeFileSync(
      sessionFile('hostile-mdx', 'mdx'),
      `---\ntitle: Hostile\nkind: talk\nlanguage: en\n---\n\n{(await import('node:fs')).writeFileSync(${JSON.stringify(marker)}, 'x')}\n`,
    );
    // The site's own configuration, with the content check's first hook taken out.
    writeFileSync(
      at('astro.pipelines-only.config.mjs'),
      `import config from './astro.config.mjs';
for (const integration of config.integrations.flat(Infinity)) if (integration.name === 'carnet:content-check') delete integration.hooks['astro:config:setup'];
export default config;
`,
    );

    const md = copy.astro(['build', '--config', 'astro.pipelines-only.config.mjs']);
    expect(md.status).not.toBe(0);
    expect(md.output).toContain('Notes refused while rendering:');
    expect(md.output).toContain(`content/events/${EVENT}/sessions/hostile-md.md:9: <img>: is HTML that notes cannot use`);

    rmSync(sessionFile('hostile-md'));
    const mdx = copy.astro(['build', '--config', 'astro.pipelines-only.config.mjs']);
    expect(mdx.status).not.toBe(0);
    expect(mdx.output).toContain(`content/events/${EVENT}/sessions/hostile-mdx.mdx:7: {(await import('node:fs'…}: is JavaScript`);
    expect(existsSync(marker)).toBe(false);
    expect(existsSync(at('dist', EVENT, 'hostile-mdx'))).toBe(false);
  });
});
