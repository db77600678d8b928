// A reader's programme ("Mon programme"): the sessions they starred, kept in their browser and
// shared as a link that carries the list itself, so no account or server is involved. Pure:
// the browser code (src/client/programme.ts, src/client/watch.ts) stores and shows it.
import { SLUG_PATTERN } from '../content/rules.ts';

/** A session as the list names it: `<event>/<slug>`, the path of its page. */
export type SessionId = `${string}/${string}`;

/** Most sessions a list holds: far above a person's programme, low enough to bound a hostile link. */
export const MAX_SESSIONS = 500;
/** Longest payload read from a link: MAX_SESSIONS ids of ordinary length fit. */
export const MAX_PAYLOAD = 32_000;

/**
 * The share format's version, first in the payload. Version 1: events separated by `~`, each
 * written `<event>_<slug>.<slug>…`. Only characters URLs leave alone (RFC 3986 unreserved), and
 * the link ends with a letter or digit, which chat apps do not cut off as punctuation.
 */
const VERSION = '1';

export function isSessionId(value: unknown): value is SessionId {
  if (typeof value !== 'string') return false;
  const [event, slug, ...rest] = value.split('/');
  return rest.length === 0 && !!event && !!slug && SLUG_PATTERN.test(event) && SLUG_PATTERN.test(slug);
}

/** The session a page path is of (`<base><event>/<slug>/`), if it is one. */
export function sessionIdOfPath(path: string, base = '/'): SessionId | undefined {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  if (!path.startsWith(prefix)) return undefined;
  const id = path.slice(prefix.length).replace(/\/$/, '');
  return isSessionId(id) ? id : undefined;
}

/** The list with `id` added or taken out. */
export function toggled(list: readonly SessionId[], id: SessionId): SessionId[] {
  return list.includes(id) ? list.filter((other) => other !== id) : [...list, id].slice(-MAX_SESSIONS);
}

/** The reader's list with the sessions of `shared` it lacks, in the order it had them, then the new ones. */
export function merged(own: readonly SessionId[], shared: readonly SessionId[]): SessionId[] {
  return [...new Set([...own, ...shared])].slice(0, MAX_SESSIONS);
}

/** The list as a link's payload (the part after `#`). */
export function encodeList(list: readonly SessionId[]): string {
  const byEvent = new Map<string, string[]>();
  for (const id of list) {
    const [event, slug] = id.split('/') as [string, string];
    byEvent.set(event, [...(byEvent.get(event) ?? []), slug]);
  }
  return `${VERSION}~${[...byEvent].map(([event, slugs]) => `${event}_${slugs.join('.')}`).join('~')}`;
}

export type Decoded = { ok: true; list: SessionId[] } | { ok: false; reason: 'empty' | 'version' | 'garbled' | 'too-long' };

/**
 * A link's payload read back. Anything but a well-formed list of the current version is refused
 * whole, with the reason: a reader is shown a message, never half a list.
 */
export function decodeList(payload: string): Decoded {
  if (payload.length > MAX_PAYLOAD) return { ok: false, reason: 'too-long' };
  let text: string;
  try {
    // Some apps percent-encode what they pass on; the format itself needs no decoding.
    text = decodeURIComponent(payload.replace(/^#/, ''));
  } catch {
    return { ok: false, reason: 'garbled' };
  }
  if (text === '') return { ok: false, reason: 'empty' };
  const [version, ...groups] = text.split('~');
  if (version !== VERSION) return { ok: false, reason: /^\d+$/.test(version ?? '') ? 'version' : 'garbled' };
  const list: SessionId[] = [];
  for (const group of groups) {
    const at = group.indexOf('_');
    const event = group.slice(0, at);
    const slugs = group.slice(at + 1).split('.');
    if (at <= 0) return { ok: false, reason: 'garbled' };
    for (const slug of slugs) {
      const id = `${event}/${slug}`;
      if (!isSessionId(id)) return { ok: false, reason: 'garbled' };
      list.push(id);
    }
  }
  if (list.length > MAX_SESSIONS) return { ok: false, reason: 'too-long' };
  if (list.length === 0) return { ok: false, reason: 'empty' };
  return { ok: true, list: [...new Set(list)] };
}

/** A stored list read back: whatever is not a session id is dropped (the storage is the reader's own, and may be old). */
export function readStored(text: string | null): SessionId[] {
  if (!text) return [];
  try {
    const data: unknown = JSON.parse(text);
    const ids = data && typeof data === 'object' && 'sessions' in data && Array.isArray(data.sessions) ? data.sessions : [];
    return [...new Set(ids.filter(isSessionId))].slice(0, MAX_SESSIONS);
  } catch {
    return [];
  }
}

/** The list as it is stored, versioned like the link. */
export function storedText(list: readonly SessionId[]): string {
  return JSON.stringify({ version: 1, sessions: list });
}
