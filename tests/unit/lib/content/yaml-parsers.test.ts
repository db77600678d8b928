// check-content.ts reads YAML without anchors, aliases or tags with js-yaml (core schema), and
// the rest with the `yaml` package. That holds only if both read such files alike: checked on
// every YAML file and front matter of content/, of the fixtures, and of a generated corpus.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { generateCorpus } from '../../../../scripts/bench/corpus.ts';
import { NEEDS_FULL_PARSER, splitFrontMatter } from '../../../../src/lib/content/check.ts';

const root = join(import.meta.dirname, '../../../..');

/** Files that hold YAML: data files, and notes with their front matter. */
const HOLDS_YAML = /\.(ya?ml|mdx?)$/;

/** The YAML of each file the checks would read with js-yaml: a data file whole, a note's front matter. */
function fastYaml(files: Iterable<[string, string]>): [string, string][] {
  return [...files]
    .filter(([file]) => HOLDS_YAML.test(file))
    .map(([file, text]): [string, string] => [file, /\.mdx?$/.test(file) ? (splitFrontMatter(text)?.frontMatter ?? '') : text])
    .filter(([, text]) => text !== '' && !NEEDS_FULL_PARSER.test(text));
}

const yamlTexts = (dir: string) =>
  fastYaml(
    readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
      .filter((file) => HOLDS_YAML.test(file))
      .map((file): [string, string] => [`${dir}/${file}`, readFileSync(join(root, dir, file), 'utf8')]),
  );

const agree = (texts: [string, string][]) => {
  for (const [file, text] of texts) expect(load(text, { schema: CORE_SCHEMA }) ?? null, file).toEqual(parse(text) ?? null);
};

describe('js-yaml and the yaml package', () => {
  it('read the shipped content alike', () => {
    const texts = yamlTexts('content');
    expect(texts.length).toBeGreaterThan(100);
    agree(texts);
  });

  it('read the fixtures alike', () => agree(yamlTexts('tests/fixtures')));

  it('read a generated corpus alike (dates, times, lists, quoting)', () => {
    const texts = fastYaml(generateCorpus(60, { extension: 'md' }));
    expect(texts.length).toBeGreaterThan(60);
    agree(texts);
  });

  it('read YAML 1.2 scalars alike, where YAML 1.1 would differ', () => {
    agree([['scalars', 'a: yes\nb: no\nc: on\nd: 2026-02-03\ne: 010\nf: 0o10\ng: 1_000\nh: ~\ni: .inf\nj: "x"\nk: 12:30\n']]);
  });
});
