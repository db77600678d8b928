import type { APIRoute, GetStaticPaths } from 'astro';
import { exportEvents, siteFilePaths } from '../../data/export-events.ts';
import { sessionsIndex } from '../../lib/export/sessions-json.ts';
import { SITE } from '../../site.ts';

// A parameter only so the file can be left out: it is written when the public address is known.
export const getStaticPaths = (() => siteFilePaths('sessions', 'sessions')) satisfies GetStaticPaths;

/** Every published session of every event, documented in docs/schedules.md. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(sessionsIndex(await exportEvents(), SITE.url!, SITE.licences.content), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
