// Which files of content/ are which kind of content: the one list that Astro's loaders
// (src/content.config.ts) and the checks (./check.ts) both read, so that no file is built
// that the checks did not see. Paths here are relative to the content folder.

/** Never content, wherever they are: each folder's guide for contributors. */
export const NOT_CONTENT = '**/README.md';

/**
 * Where each kind of file lives: a glob for Astro's loaders, and the same place as a pattern for
 * the checks. The site file is read by the configuration (src/site.ts), not by a loader.
 */
export const CONTENT_FILES = {
  events: { glob: 'events/*/event.yaml', pattern: /^events\/([^/]+)\/event\.yaml$/ },
  replays: { glob: 'events/*/replays.yaml', pattern: /^events\/([^/]+)\/replays\.yaml$/ },
  sessions: { glob: 'events/*/sessions/*.{md,mdx}', pattern: /^events\/([^/]+)\/sessions\/([^/]+)\.(mdx?)$/ },
  /** Further notes on a session, in a folder named like the session's file: event, session, note name, format. */
  notes: { glob: 'events/*/sessions/*/*.{md,mdx}', pattern: /^events\/([^/]+)\/sessions\/([^/]+)\/([^/]+)\.(mdx?)$/ },
  speakers: { glob: 'speakers/*.yaml', pattern: /^speakers\/([^/]+)\.yaml$/ },
  /** WebVTT transcripts, named by replays.yaml; read by the checks and the session pages, not by a loader. */
  transcripts: { glob: 'events/*/transcripts/*.vtt', pattern: /^events\/([^/]+)\/(transcripts\/[^/]+\.vtt)$/ },
  topics: { glob: 'topics.yaml', pattern: /^topics\.yaml$/ },
  site: { glob: 'site.yaml', pattern: /^site\.yaml$/ },
} as const;

export type ContentKind = keyof typeof CONTENT_FILES;

/** The kinds Astro's content collections load (src/content.config.ts). */
export const COLLECTION_KINDS = ['events', 'replays', 'sessions', 'notes', 'speakers', 'topics'] as const satisfies readonly ContentKind[];

/** The loader's patterns for one kind: its files, less the READMEs. */
export function loaderPattern(kind: (typeof COLLECTION_KINDS)[number]): string[] {
  return [CONTENT_FILES[kind].glob, `!${NOT_CONTENT}`];
}

/** The kind of a file, from its path relative to the content folder, and the pattern's captures. */
export function contentKind(path: string): { kind: ContentKind; parts: string[] } | undefined {
  if (path === 'README.md' || path.endsWith('/README.md')) return undefined;
  for (const [kind, { pattern }] of Object.entries(CONTENT_FILES) as [ContentKind, (typeof CONTENT_FILES)[ContentKind]][]) {
    const match = pattern.exec(path);
    if (match) return { kind, parts: match.slice(1) };
  }
  return undefined;
}
