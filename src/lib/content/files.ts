// Which files of content/ are which kind of content: the one list the checks (./check.ts) read
// content/ by, and Astro's collections (src/content.config.ts) are then fed from what the checks
// read, so that no file is built that the checks did not see. Paths here are relative to the
// content folder.

/** Never content, wherever they are: each folder's guide for contributors. */
export const NOT_CONTENT = '**/README.md';

/** Where each kind of file lives, and what its path says (the captures: event, slug, name, format). */
export const CONTENT_FILES = {
  events: { pattern: /^events\/([^/]+)\/event\.yaml$/ },
  replays: { pattern: /^events\/([^/]+)\/replays\.yaml$/ },
  sessions: { pattern: /^events\/([^/]+)\/sessions\/([^/]+)\.(mdx?)$/ },
  /** Further notes on a session, in a folder named like the session's file: event, session, note name, format. */
  notes: { pattern: /^events\/([^/]+)\/sessions\/([^/]+)\/([^/]+)\.(mdx?)$/ },
  speakers: { pattern: /^speakers\/([^/]+)\.yaml$/ },
  /** WebVTT transcripts, named by replays.yaml. */
  transcripts: { pattern: /^events\/([^/]+)\/(transcripts\/[^/]+\.vtt)$/ },
  topics: { pattern: /^topics\.yaml$/ },
  site: { pattern: /^site\.yaml$/ },
} as const;

export type ContentKind = keyof typeof CONTENT_FILES;

/** The kinds Astro's content collections load (src/content.config.ts); the site file is read by the configuration. */
export const COLLECTION_KINDS = ['events', 'replays', 'sessions', 'notes', 'speakers', 'topics', 'transcripts'] as const satisfies readonly ContentKind[];

export type CollectionKind = (typeof COLLECTION_KINDS)[number];

/** The kind of a file, from its path relative to the content folder, and the pattern's captures. */
export function contentKind(path: string): { kind: ContentKind; parts: string[] } | undefined {
  if (path === 'README.md' || path.endsWith('/README.md')) return undefined;
  for (const [kind, { pattern }] of Object.entries(CONTENT_FILES) as [ContentKind, (typeof CONTENT_FILES)[ContentKind]][]) {
    const match = pattern.exec(path);
    if (match) return { kind, parts: match.slice(1) };
  }
  return undefined;
}
