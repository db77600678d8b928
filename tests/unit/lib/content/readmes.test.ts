// The examples in content/*/README.md are what contributors copy: they must pass the checks.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblem, type SourceFile } from '../../../../src/lib/content/check.ts';
import { readContentFiles } from '../../../../src/lib/content/read.ts';

const root = new URL('../../../../', import.meta.url).pathname;
const content = readContentFiles(root);

function example(readme: string, language: string): string {
  const block = new RegExp('```' + language + '\\n([\\s\\S]*?)```').exec(readFileSync(`${root}${readme}`, 'utf8'));
  if (!block) throw new Error(`no ${language} example in ${readme}`);
  return block[1]!;
}

function problemsWith(...files: SourceFile[]): string[] {
  const all = new Map(content.map((file) => [file.path, file]));
  for (const file of files) all.set(file.path, file);
  return checkContent([...all.values()]).problems.map(formatProblem);
}

describe('examples in the content READMEs', () => {
  it('the session example in content/events/README.md is valid', () => {
    const text = example('content/events/README.md', 'markdown').replace('…\n', 'Texte.\n');
    expect(problemsWith({ path: 'content/events/kcd-france-2023/sessions/creer-un-plugin-kubectl.md', text })).toEqual([]);
  });

  it('the person example in content/speakers/README.md is valid', () => {
    const text = example('content/speakers/README.md', 'yaml');
    expect(problemsWith({ path: 'content/speakers/aurelie-vache.yaml', text }, { path: 'content/speakers/aurelie-vache.jpg', text: '', size: 40_000 })).toEqual([]);
  });

  it('the topic example in content/README.md is valid', () => {
    const topics = content.find((file) => file.path === 'content/topics.yaml')!;
    const text = example('content/README.md', 'yaml').replace('- id: supply-chain', '- id: example-topic');
    expect(problemsWith({ path: 'content/topics.yaml', text: `${topics.text}\n${text}` })).toEqual([]);
  });
});
