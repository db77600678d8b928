// Applies the site's Content-Security-Policy (src/lib/site/csp.ts) to the page being rendered,
// through Astro's CSP API: Astro then writes one <meta http-equiv> with this policy and the
// hashes of the scripts and styles it bundled. Astro-aware; the policy itself is pure.
import type { AstroGlobal } from 'astro';
import { contentSecurityPolicy, type Policy } from '../lib/site/csp.ts';
import { getSite } from './model.ts';

type Csp = NonNullable<AstroGlobal['csp']>;

let cached: Promise<Policy> | undefined;

/** The policy of this build: frame-src and media-src follow the replays of published sessions. */
export function sitePolicy(): Promise<Policy> {
  cached ??= getSite().then((site) =>
    contentSecurityPolicy(site.sessions.flatMap((session) => (session.replay.state === 'available' ? [session.replay] : []))),
  );
  return cached;
}

/** Sets the page's policy. `csp` is undefined where Astro applies none (the dev server). */
export async function applyPolicy(csp: AstroGlobal['csp']): Promise<void> {
  if (!csp) return;
  const policy = await sitePolicy();
  for (const directive of policy.directives) csp.insertDirective(directive as Parameters<Csp['insertDirective']>[0]);
  for (const source of policy.scriptSources) csp.insertScriptResource(source);
  for (const hash of policy.scriptHashes) csp.insertScriptHash(hash);
  for (const source of policy.styleAttributeSources) csp.insertStyleResource({ resource: source, kind: 'attribute' });
}
