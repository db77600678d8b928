import { compile } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import {
  ALLOWED_COMPONENTS,
  imageProblem,
  lineFinder,
  linkProblem,
  MAX_HAZARDS_PER_NOTE,
  MAX_MARKS_PER_PARAGRAPH,
  MAX_NESTING,
  nestingHazard,
  rawHtmlHazards,
  treeHazards,
  urlScheme,
} from '../../../../src/lib/markdown/safety.ts';
import { noteHazards } from '../../../../src/lib/markdown/note-hazards.ts';
import { remarkNoteSafety } from '../../../../src/lib/markdown/pipeline-safety.ts';
import { markdownProcessor, mdxProcessor } from '../../../../src/lib/markdown/processors.ts';
import { hostileInputs } from '../../../helpers/hostile.ts';
import type { Problem } from '../../../../src/lib/content/problem.ts';

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
    expect(linkProblem('file:///etc/passwd')).toBe('"file:///etc/passwd" uses file:, which notes cannot link to (expected https://, mailto: or a path)');
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
    expect(noteHazards('Au début <Timestamp t="12:34" />, puis {/* un commentaire */} la suite.', 'mdx').hazards).toEqual([]);
  });

  it('lists the local images a note shows, with their lines', () => {
    expect(noteHazards('Texte\n\n![Schéma](./images/schema.png)\n', 'md', 10).images).toEqual([{ line: 12, url: './images/schema.png' }]);
  });
});

describe('what an attacker tries (issue #13)', () => {
  const fields = (body: string, format: 'md' | 'mdx' = 'mdx') => noteHazards(body, format).hazards.map((hazard) => hazard.field);
  const DIRECTIVES = [
    'set:html',
    'set:text',
    'is:raw',
    'is:inline',
    'class:list',
    'client:load',
    'client:only',
    'server:defer',
    'define:vars',
    'slot',
    'transition:name',
    'SET:HTML',
  ];

  it('refuses every Astro directive on a component, on a safe tag, and in raw HTML of a .md note', () => {
    for (const directive of DIRECTIVES) {
      expect(fields(`<Timestamp t="1:05" ${directive}="<script>alert(1)</script>">x</Timestamp>`), directive).toEqual([`<Timestamp ${directive}>`]);
      expect(fields(`<kbd ${directive}="x">K</kbd>`), directive).toEqual([`<kbd ${directive}>`]);
      expect(noteHazards(`<kbd ${directive}="x">K</kbd>`, 'md').hazards.map((hazard) => hazard.message)[0], directive).toContain('Astro directive');
    }
  });

  it('gives a component only its own attributes, and requires t on <Timestamp>', () => {
    expect(fields('<Timestamp t="1:05">a</Timestamp>')).toEqual([]);
    expect(fields('<Timestamp t="1:05" href="https://example.org">a</Timestamp>')).toEqual(['<Timestamp href>']);
    expect(fields('<Timestamp T="1:05">a</Timestamp>')).toEqual(['<Timestamp T>', '<Timestamp>']);
    expect(fields('<Timestamp />')).toEqual(['<Timestamp>']);
  });

  it('hands the checks every timestamp a note places, with its line', () => {
    expect(noteHazards('a\n\n<Timestamp t="12:34">b</Timestamp> et <Timestamp t="1:00:00" />', 'mdx', 5).timestamps).toEqual([
      { line: 7, t: '12:34' },
      { line: 7, t: '1:00:00' },
    ]);
  });

  it('refuses a link in a link, however it is nested', () => {
    expect(fields('<Timestamp t="1:05">*a <Timestamp t="1:06">b</Timestamp>*</Timestamp>')).toEqual(['<Timestamp>']);
    expect(fields('<Timestamp t="1:05">voir https://example.org</Timestamp>')).toEqual(['link']);
    expect(fields('[a **<Timestamp t="1:05">b</Timestamp>**](https://example.org)')).toEqual(['<Timestamp>']);
    expect(fields('<Timestamp t="1:05">a</Timestamp> [b](https://example.org) <Timestamp t="1:06">c</Timestamp>')).toEqual([]);
  });

  it('walks a tree of any depth without recursion, and stops at the nesting limit', () => {
    let node: Root['children'][number] = { type: 'text', value: 'x' };
    for (let i = 0; i < 100_000; i++) node = { type: 'emphasis', children: [node as never] };
    const { hazards } = treeHazards({ type: 'root', children: [{ type: 'paragraph', children: [node as never] }] });
    expect(hazards).toHaveLength(1);
    expect(hazards[0]!.message).toContain(`more than ${MAX_NESTING} levels deep`);
  });

  it('finds deep nesting on the text before a parser does, in linear time', () => {
    expect(nestingHazard(`${'> '.repeat(MAX_NESTING)}x`)).toBeUndefined();
    expect(nestingHazard(`a\n\n${'> '.repeat(MAX_NESTING + 1)}x`)).toMatchObject({ line: 3, field: 'note' });
    expect(nestingHazard(`${'- '.repeat(100_000)}x`)).toMatchObject({ line: 1 });
    expect(nestingHazard(`${'1. '.repeat(MAX_NESTING + 1)}x`)).toMatchObject({ line: 1 });
    // Code, thematic breaks and closed brackets are not nesting.
    expect(nestingHazard(`\`\`\`\n${'> '.repeat(100)}\n${'['.repeat(100)}\n\`\`\`\n`)).toBeUndefined();
    expect(nestingHazard(`${'- '.repeat(60)}\n\n${'[a] '.repeat(400)}`)).toBeUndefined();
    expect(nestingHazard(`${'\\['.repeat(100)}`)).toBeUndefined();
    // Open brackets are counted by paragraph: a blank line closes them.
    expect(nestingHazard(Array.from({ length: 100 }, () => '(a').join('\n\n'))).toBeUndefined();
    expect(nestingHazard(Array.from({ length: 100 }, () => '(a').join('\n'))).toMatchObject({ line: MAX_NESTING + 1, field: '(' });
  });

  it('splits lines as the parsers do, lone CRs included, and follows fences as CommonMark does (a review got past both)', () => {
    expect(nestingHazard(`x\r${'> '.repeat(MAX_NESTING + 1)}y`)).toMatchObject({ line: 2 });
    expect(nestingHazard(`x\r\r${'- '.repeat(MAX_NESTING + 1)}y`)).toMatchObject({ line: 3 });
    // Not fences: a backtick in a backtick fence's info string, four spaces in, or inside a list item it outlives.
    expect(nestingHazard(`\`\`\` \`\n${'- '.repeat(MAX_NESTING + 1)}y`)).toMatchObject({ line: 2 });
    expect(nestingHazard(`    \`\`\`\n${'> '.repeat(MAX_NESTING + 1)}y`)).toMatchObject({ line: 2 });
    expect(nestingHazard(`- item\n  \`\`\`\n  code\n${'> '.repeat(MAX_NESTING + 1)}x`)).toMatchObject({ line: 4 });
    // A fence closes only on a line of the same character, at least as long, with nothing after it.
    expect(nestingHazard(`\`\`\`\`\n\`\`\`\n${'> '.repeat(100)}\n\`\`\`\` x\n\`\`\`\`\nok`)).toBeUndefined();
    // A CRLF blank line ends a paragraph.
    expect(nestingHazard(`${'[a] '.repeat(300)}\r\n\r\n${'[a] '.repeat(300)}`)).toBeUndefined();
  });

  it('bounds emphasis marks per paragraph, which micromark reads in more than linear time', () => {
    expect(nestingHazard('*a'.repeat(MAX_MARKS_PER_PARAGRAPH + 1))).toMatchObject({ line: 1, field: '*' });
    expect(nestingHazard(`${'*'.repeat(10_000)}a${'*'.repeat(10_000)}`)).toMatchObject({ field: '*' });
    expect(nestingHazard(Array.from({ length: 10 }, () => '*a* _b_ '.repeat(50)).join('\n\n'))).toBeUndefined();
  });

  it('refuses 50,000 bad tags in seconds, with the first problems and a count of the rest', () => {
    const body = `${'<foo>'.repeat(25_000)}\n\n${'<bar>'.repeat(25_000)}`;
    const started = performance.now();
    const { hazards } = noteHazards(body, 'md');
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(hazards).toHaveLength(MAX_HAZARDS_PER_NOTE + 1);
    expect(hazards.at(-1)!.message).toContain(`has ${50_000 - MAX_HAZARDS_PER_NOTE} more problems like these`);
  });

  it('finds lines by binary search over line starts', () => {
    const lineAt = lineFinder('a\nbc\n\nd', 10);
    expect([0, 1, 2, 3, 4, 5, 6, 7].map(lineAt)).toEqual([10, 10, 11, 11, 11, 12, 13, 13]);
  });
});

describe('the pipelines refuse what the check refuses', () => {
  it('the MDX remark plugin stops the compile before any JavaScript exists', async () => {
    const hostile = 'import fs from "node:fs"\n\n{fs.rmSync("/", { recursive: true })}\n';
    const refused: Problem[] = [];
    await expect(compile({ value: hostile, path: '/site/content/events/demo/sessions/x.mdx' }, { remarkPlugins: [remarkNoteSafety(refused)] })).rejects.toThrow(
      /x\.mdx:1: import: is not allowed[\s\S]*x\.mdx:3: \{fs\.rmSync/,
    );
    // The build reads this list: Astro's content layer would log the error and go on.
    expect(refused.map((problem) => problem.line)).toEqual([1, 3]);
  });

  it('the MDX remark plugin refuses set:html on a component, which Astro would publish as raw HTML', async () => {
    const hostile = '<Timestamp t="1:05" set:html="<script>alert(document.domain)</script>">la démo</Timestamp>\n';
    await expect(compile({ value: hostile, path: '/site/content/events/demo/sessions/x.mdx' }, { remarkPlugins: [remarkNoteSafety([])] })).rejects.toThrow(
      'x.mdx:1: <Timestamp set:html>: is an Astro directive',
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
    const refused: Problem[] = [];
    const renderer = await markdownProcessor(refused).createRenderer({});
    await expect(renderer.render('Texte.\n\n<b onclick="x()">b</b>\n', { frontmatter: {} })).rejects.toThrow('a note:3: <b>: is HTML that notes cannot use');
    expect(refused.map((problem) => [problem.line, problem.field])).toEqual([
      [3, '<b>'],
      [3, '</b>'],
    ]);
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
