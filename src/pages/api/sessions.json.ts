import type { APIRoute } from 'astro';
import { exportEvents } from '../../data/exports.ts';
import { sessionsIndex } from '../../lib/export/sessions-json.ts';
import { SITE } from '../../site.ts';

/** Every published session of every event, documented in docs/schedules.md. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(sessionsIndex(await exportEvents(), new URL('/', SITE.url).href, SITE.licences.content), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
