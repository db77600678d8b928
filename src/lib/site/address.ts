// Where the site is published, from content/site.yaml or the SITE_URL environment variable.
// Pure: src/site.ts reads the file and the environment, and gives the result to the whole build.

/** The public address, when known, and the path the site is served under. */
export interface SiteAddress {
  /** The public address with a trailing slash (https://org.github.io/carnet/), or undefined while unknown. */
  url: string | undefined;
  /** The path every page is under: "/" at the root of a domain, "/carnet/" under a sub-path. */
  base: string;
}

/**
 * The site's address: SITE_URL when set (a deployment knows its address; the file may not),
 * else the file's `url`. An address is absolute, http or https, with no query or fragment.
 * Throws a message naming where the bad address came from.
 */
export function siteAddress(fromFile: string | undefined, fromEnvironment: string | undefined): SiteAddress {
  const source = fromEnvironment?.trim() ? 'SITE_URL' : 'content/site.yaml: url';
  const raw = fromEnvironment?.trim() || fromFile;
  if (!raw) return { url: undefined, base: '/' };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`${source}: "${raw}" is not an address (expected one like https://org.github.io/carnet/)`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`${source}: "${raw}" must start with https:// (or http://)`);
  if (url.search || url.hash || url.username || url.password)
    throw new Error(`${source}: "${raw}" must be a plain address, with no query, fragment or credentials`);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return { url: url.href, base: url.pathname };
}

/** What a build without a public address leaves out, said once in the build's log. */
export const NEEDS_ADDRESS =
  'the RSS feeds, the calendars (.ics), the schedule files (schedule.xml, schedule.json), /api/sessions.json, the sitemap, and the canonical and share links of pages';
