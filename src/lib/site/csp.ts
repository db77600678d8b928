// The site's Content-Security-Policy, built in one place from the replays in content. Astro
// (security.csp in astro.config.mjs) writes it into every page's <meta http-equiv>, adding
// to script-src and style-src the hashes of the scripts and styles it bundles or inlines;
// everything else comes from here, applied by the layout through Astro's CSP API.
//
// Why each part: notes are untrusted, so no script may run unless it is one of ours (no
// 'unsafe-inline', no event-handler attributes); the only third parties a page may reach
// are the replay players the reader chooses to load; Pagefind runs WebAssembly.
import { createHash } from 'node:crypto';
import { embedUrl, type Video } from '../replay/embed.ts';

/** A hash source as CSP and Astro spell it (without the quotes). */
export type Sha256 = `sha256-${string}`;

/**
 * Applies the reader's saved theme before the first paint (no flash of the other theme). It
 * must run before the body is drawn, so it stays inline, allowed by its hash: the layout
 * renders this exact text, and the policy hashes this exact text, so they never disagree.
 */
export const THEME_SCRIPT =
  "try{const saved=localStorage.getItem('carnet-theme');if(saved==='light'||saved==='dark')document.documentElement.dataset.theme=saved}catch{}";

export interface Policy {
  /** Every directive but script-src and style-src, as "name source…". */
  directives: string[];
  /** Sources of script-src, before the hashes Astro adds. */
  scriptSources: string[];
  /** Hashes of our inline scripts that Astro does not see (is:inline). */
  scriptHashes: Sha256[];
  /** Sources of style-src-attr (style="" attributes); style-src itself stays Astro's 'self' and hashes. */
  styleAttributeSources: string[];
}

/** The CSP hash of a script or style text, as a browser computes it. */
export function sha256(text: string): Sha256 {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/** A directive's value: its sources, or 'none' when there are none. */
const sources = (list: Iterable<string>): string => [...new Set(list)].sort().join(' ') || "'none'";

/**
 * The policy for a site whose pages may play `videos`. Players are framed from the origin of
 * the very address the player script builds (embedUrl), so frame-src and the player agree;
 * a video file plays from its own host, in a <video> (media-src).
 */
/** An https origin with a plain host name: nothing a policy would read as a directive or a wildcard. */
const CSP_ORIGIN = /^https:\/\/[a-z0-9.-]+(?::\d{1,5})?$/;

export function contentSecurityPolicy(videos: Iterable<Video & { transcript?: string | undefined }>): Policy {
  const frames = new Set<string>();
  const media = new Set<string>();
  for (const video of videos) {
    const origin = new URL(embedUrl(video)).origin;
    // A second guard after the replay URL's own check: a source is a plain https origin, or the
    // policy is not written at all.
    if (!CSP_ORIGIN.test(origin)) throw new Error(`a replay's origin ${origin} is not one a Content-Security-Policy can name`);
    (video.provider === 'file' ? media : frames).add(origin);
    // A self-hosted video's captions are our own file (its transcript), read by the <track>.
    if (video.provider === 'file' && video.transcript) media.add("'self'");
  }
  return {
    directives: [
      // Anything not named below is refused (workers, manifests, prefetches, plugins...).
      "default-src 'none'",
      // Pagefind fetches its index and WebAssembly from /pagefind/.
      "connect-src 'self'",
      "font-src 'self'",
      // The web manifest and the service worker that keeps read pages offline (src/offline/sw.ts).
      "manifest-src 'self'",
      "worker-src 'self'",
      // Posters, photos and cards all come from our own build; no data: or remote image.
      "img-src 'self'",
      `frame-src ${sources(frames)}`,
      `media-src ${sources(media)}`,
      "object-src 'none'",
      // A <base> injected into a page would redirect every relative script and link.
      "base-uri 'none'",
      // The search boxes submit to /search/.
      "form-action 'self'",
      // frame-ancestors, report-uri and sandbox are left out: browsers ignore them in a <meta>
      // (and log an error saying so); a host that sends headers can add frame-ancestors there.
    ],
    // 'self': Astro's bundles and Pagefind's own pagefind.js; 'wasm-unsafe-eval' lets Pagefind
    // compile its WebAssembly (it allows no eval() of JavaScript).
    scriptSources: ["'self'", "'wasm-unsafe-eval'"],
    scriptHashes: [sha256(THEME_SCRIPT)],
    // Components set colours and grid positions in style="--x: …" from content data
    // (ScheduleGrid, ReplayCard, Avatar, the home page): too many values to hash. A style
    // attribute cannot run script; notes cannot write one (the content checks refuse it).
    styleAttributeSources: ["'unsafe-inline'"],
  };
}

/**
 * The policy as one string, in the order Astro renders it, with the hashes Astro adds given
 * explicitly. For tests and for reading the policy; pages get theirs from Astro.
 */
export function policyText(policy: Policy, astro: { scriptHashes?: Sha256[]; styleHashes?: Sha256[] } = {}): string {
  const quote = (hash: Sha256) => `'${hash}'`;
  const script = [...policy.scriptSources, ...[...policy.scriptHashes, ...(astro.scriptHashes ?? [])].map(quote)];
  const style = ["'self'", ...(astro.styleHashes ?? []).map(quote)];
  return [...policy.directives, `script-src ${script.join(' ')}`, `style-src ${style.join(' ')}`, `style-src-attr ${policy.styleAttributeSources.join(' ')}`]
    .map((directive) => `${directive};`)
    .join(' ');
}

/** A policy string read back into its directives: name → sources. */
export function parsePolicy(text: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of text.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    // The first occurrence of a directive is the one browsers apply.
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), values);
  }
  return directives;
}
