import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempProject, type TempProject } from '../../scripts/lib/temp-project.ts';

// Issue #16: a placeholder address reached readers (canonical links, feeds, calendars). A site
// whose address is not known leaves out what needs one, and says so once.
let project: TempProject;
let build: { status: number | null; output: string };
const files: string[] = [];

beforeAll(() => {
  project = tempProject();
  const environment = { ...process.env };
  delete process.env.SITE_URL;
  build = project.astro(['build']);
  process.env = environment;
  files.push(...readdirSync(join(project.root, 'dist'), { recursive: true, encoding: 'utf8' }));
}, 300_000);
afterAll(() => project.remove());

describe('a build without a public address', () => {
  it('succeeds, and says once what it leaves out and how to give the address', () => {
    expect(build.status, build.output).toBe(0);
    expect(build.output.match(/public address is not known/g)).toHaveLength(1);
    expect(build.output).toContain('Set url in content/site.yaml, or SITE_URL');
  });

  it('writes no feed, calendar, schedule file, sessions index or sitemap', () => {
    for (const name of [
      'rss.xml',
      'api/sessions.json',
      'sitemap-index.xml',
      'kcd-france-2023/calendar.ics',
      'kcd-france-2023/schedule.xml',
      'kcd-france-2023/schedule.json',
      'kcd-france-2023/rss.xml',
    ]) {
      expect(existsSync(join(project.root, 'dist', name)), name).toBe(false);
    }
  });

  it('has pages with no canonical or share link, no link to the missing files, and no made-up domain anywhere', () => {
    const pages = files.filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(100);
    for (const file of files.filter((name) => /\.(html|xml|json|ics|txt)$/.test(name))) {
      const text = readFileSync(join(project.root, 'dist', file), 'utf8');
      expect(text, file).not.toMatch(/example\.(org|com|net)|carnet\.test/);
      if (!file.endsWith('.html')) continue;
      expect(text, file).not.toMatch(
        /rel="canonical"|property="og:url"|property="og:image"|href="[^"]*(rss\.xml|calendar\.ics|schedule\.(xml|json)|sitemap-index\.xml)"/,
      );
    }
  });
});
