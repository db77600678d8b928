import { compile } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import { ALLOWED_COMPONENTS, imageProblem, linkProblem, rawHtmlHazards, urlScheme } from '../../src/lib/mdx-safety.ts';
import { noteHazards } from '../../src/lib/note-hazards.ts';
import { remarkNoteSafety } from '../../src/markdown/note-safety.ts';
import { markdownProcessor, mdxProcessor } from '../../src/markdown/processors.ts';
import { hostileInputs } from '../helpers/hostile.ts';

describe('URLs', () => {
  it('reads the scheme as a browser does, through case, controls and whitespace', () => {
    expect(urlScheme('JaVaScRiPt:alert(1)')).toBe('javascript');
    expect(urlScheme(' \u0001java\tscript:alert(1)')).toBe('javascript');
    expect(urlScheme('java\nscript:alert(1)')).toBe('javascript');
    expect(urlScheme('/javascript:link')).toBeUndefined();
    expect(urlScheme('#top')).toBeUndefined();
    expect(urlScheme('../images/a.png')).toBeUndefined();
  });

  it('lets links go to the web, to mail and to paths, and nowhere else', () => {
    expect(linkProblem('https://kubernetes.io/')).toBeUndefined();
    expect(linkProblem('mailto:orga@example.org')).toBeUndefined();
    expect(linkProblem('/speakers/aurelie-vache/')).toBeUndefined();
    expect(linkProblem('vbscript:msgbox(1)')).toContain('vbscript: URLs can run code');
    expect(linkProblem('data:text/html;base64,PHNjcmlwdD4=')).toContain('data: URLs can run code');
    expect(linkProblem('file:///etc/passwd')).toBe('"file:///etc/passwd" uses file:, which notes cannot link to (expected https://, http://, mailto: or a path)');
  });

  it('takes images from content/ only', () => {
    expect(imageProblem('./images/schema.png')).toBeUndefined();
    expect(imageProblem('//cdn.example.org/a.png')).toContain('is on another site');
    expect(imageProblem('http://example.org/a.png')).toContain('is on another site');
  });
});

describe('raw HTML', () => {
  it('accepts the safe elements, their safe attributes and comments', () => {
    expect(rawHtmlHazards('<abbr title="Kubernetes">K8s</abbr> <kbd>Ctrl</kbd>+<kbd>C</kbd> <br/> <!-- a note to self -->')).toEqual([]);
    expect(rawHtmlHazards('<details open>\n<summary lang="en">More</summary>')).toEqual([]);
    expect(rawHtmlHazards('a < b and 3 <4')).toEqual([]);
  });

  it('sees every tag a browser would see, however it is written', () => {
    const fields = (html: string) => rawHtmlHazards(html).map((hazard) => hazard.field);
    expect(fields('<SCRIPT>alert(1)</SCRIPT>')).toEqual(['<script>', '</script>']);
    expect(fields('<kbd\nonclick="x()">K</kbd>')).toEqual(['<kbd onclick>']);
    expect(fields('<kbd title="<script>">K</kbd>')).toEqual([]);
    expect(fields('<img src=x onerror=alert(1)//>')).toEqual(['<img>']);
    expect(fields('<kbd title=x"y>')).toEqual(['<kbd title=x"y>']);
    expect(fields('<!DOCTYPE html>')).toEqual(['<!DOCTYPE']);
    expect(fields('<![CDATA[ x ]]>')).toEqual(['<![CDATA[']);
    expect(fields('<?php echo 1 ?>')).toEqual(['<?php']);
    // A comment holding a tag could end early in a browser: refused rather than guessed at.
    expect(fields('<!-- <script>alert(1)</script> -->')).toEqual(['<!--', '<script>', '</script>']);
  });

  it('gives the offset of each problem', () => {
    expect(rawHtmlHazards('<kbd>a</kbd>\n<iframe>').map((hazard) => hazard.offset)).toEqual([13]);
  });
});

describe('notes', () => {
  it('lets a .md note use braces, imports and JSX-looking text: they are plain text there', () => {
    expect(noteHazards('import x from "y"\n\n{alert(1)}\n\nUse `<Chart/>` or <kbd>K</kbd>.', 'md').hazards).toEqual([]);
  });

  it('lets an .mdx note use the allowed components with text attributes, and comments', () => {
    expect(ALLOWED_COMPONENTS).toContain('Timestamp');
    expect(noteHazards('Au début <Timestamp at="12:34" />, puis {/* un commentaire */} la suite.', 'mdx').hazards).toEqual([]);
  });

  it('lists the local images a note shows, with their lines', () => {
    expect(noteHazards('Texte\n\n![Schéma](./images/schema.png)\n', 'md', 10).images).toEqual([{ line: 12, url: './images/schema.png' }]);
  });
});

describe('the pipelines refuse what the check refuses', () => {
  it('the MDX remark plugin stops the compile before any JavaScript exists', async () => {
    const hostile = 'import fs from "node:fs"\n\n{fs.rmSync("/", { recursive: true })}\n';
    await expect(compile({ value: hostile, path: '/site/content/events/demo/sessions/x.mdx' }, { remarkPlugins: [remarkNoteSafety] })).rejects.toThrow(
      /x\.mdx:1: import: is not allowed[\s\S]*x\.mdx:3: \{fs\.rmSync/,
    );
  });

  it('the site’s MDX processor refuses a component off the allow-list, naming the line', async () => {
    const renderer = await mdxProcessor().createMdxRenderer!({}, { srcDir: new URL('file:///tmp/'), optimize: false });
    await expect(renderer.process('\n\n\n<Chart data="x" />\n', `${process.cwd()}/content/events/demo/sessions/x.mdx`, {})).rejects.toThrow(
      'content/events/demo/sessions/x.mdx:4: <Chart>: is not a component Carnet provides',
    );
    const ok = await renderer.process('# Titre\n\n<kbd>K</kbd> {/* rien */}\n', `${process.cwd()}/content/events/demo/sessions/y.mdx`, {});
    expect(ok.code).toContain('"kbd"');
  });

  it('the Markdown processor refuses raw script, event handlers and code URLs, and drops comments', async () => {
    const renderer = await markdownProcessor().createRenderer({});
    await expect(renderer.render('Texte.\n\n<b onclick="x()">b</b>\n', { frontmatter: {} })).rejects.toThrow('a note:3: <b>: is HTML that notes cannot use');
    await expect(renderer.render('[x](JAVASCRIPT:alert(1))', { frontmatter: {} })).rejects.toThrow('link: "JAVASCRIPT:alert(1)" is refused');
    const { code } = await renderer.render('Texte <!-- rappel --> et <kbd>K</kbd>.\n\n<!-- bloc -->\n', { frontmatter: {} });
    expect(code).not.toContain('<!--');
    expect(code).toContain('<kbd>K</kbd>');
  });
});

describe('hostile Markdown (markdown-it’s XSS and crash fixtures, the Big List of Naughty Strings)', async () => {
  const renderer = await markdownProcessor().createRenderer({});
  const inputs = hostileInputs();

  it('has the fixtures it expects', () => {
    expect(inputs.length).toBeGreaterThan(500);
  });

  for (const { name, markdown } of inputs) {
    it(`${name}: refused by the check, or rendered with nothing that runs`, async () => {
      const refusedByCheck = noteHazards(markdown, 'md').hazards.length > 0;
      let html: string | undefined;
      try {
        html = (await renderer.render(markdown, { frontmatter: {} })).code;
      } catch {
        // The pipeline refused it: the check must have refused it first, or contributors learn it only from the build.
        expect(refusedByCheck).toBe(true);
        return;
      }
      if (refusedByCheck) return;
      for (const [, attribute, value] of html.matchAll(/<[a-z][^>]*?\s(href|src)="([^"]*)"/gi)) {
        expect(['javascript', 'vbscript', 'data'], `${attribute} in ${html}`).not.toContain(urlScheme(value!.replace(/&amp;/g, '&')));
      }
      expect(html).not.toMatch(/<script/i);
      expect(html).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i);
    });
  }
});
