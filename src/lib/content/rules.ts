// The naming rules of content/, in one place: the content checks, the schemas, the importer, the
// scaffolder and the tests of the contributors' guides (which list them) all read them here.

/** Ids and file names: lower-case words joined by hyphens, like "aurelie-vache" or "kcd-france-2023". */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Event ids are top-level URLs (`/<id>/`): these are taken by the site's own pages (src/pages),
 * its outputs (`cards`, `pagefind`, `rss`) and the English interface (`en`). Astro's `_astro`
 * needs no entry: the slug pattern has no underscore.
 */
export const RESERVED_EVENT_IDS: readonly string[] = ['speakers', 'topics', 'tools', 'replays', 'search', 'events', 'programme', 'offline', 'api', 'cards', 'pagefind', 'rss', '404', 'en'];

/** Session slugs are URLs under their event (`/<event>/<slug>/`): these are taken by the event's own pages. */
export const RESERVED_SESSION_SLUGS: readonly string[] = ['tracks'];

/** A transcript as an event's replays.yaml names it: a plain file name in the event's transcripts/ folder. */
export const TRANSCRIPT_PATH = /^transcripts\/[a-z0-9]+(?:-[a-z0-9]+)*\.vtt$/;

/** An event's colours when its file gives none (and in an imported event.yaml): slate and sky. */
export const DEFAULT_EVENT_COLOURS = { background: '#1e293b', accent: '#38bdf8' } as const;
