import type { Tool } from '../../schema/session.ts';
import { slugify } from '../content/slug.ts';

export interface ToolEntry<S> {
  /** Anchor id on /tools/. */
  id: string;
  name: string;
  url?: string | undefined;
  sessions: S[];
}

/**
 * Every tool named in a note, once, with the sessions naming it; names are matched
 * without case or accents ("Helm" and "helm" are one tool), sorted A to Z.
 */
export function toolsIndex<S extends { tools: readonly Tool[] }>(sessions: readonly S[], locale = 'fr'): ToolEntry<S>[] {
  const byId = new Map<string, ToolEntry<S>>();
  for (const session of sessions) {
    for (const tool of session.tools) {
      const id = slugify(tool.name);
      const entry = byId.get(id) ?? { id, name: tool.name, url: tool.url, sessions: [] };
      entry.url ??= tool.url;
      if (!entry.sessions.includes(session)) entry.sessions.push(session);
      byId.set(id, entry);
    }
  }
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  return [...byId.values()].sort((a, b) => collator.compare(a.name, b.name));
}
