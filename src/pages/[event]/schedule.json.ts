import type { APIRoute, GetStaticPaths } from 'astro';
import { eventFilePaths, exportEventOf } from '../../data/export-events.ts';
import type { EventView } from '../../data/model.ts';
import { filePath } from '../../lib/site/paths.ts';
import { publicUrl } from '../../site.ts';
import { c3vocJson } from '../../lib/export/c3voc.ts';

export const getStaticPaths = eventFilePaths satisfies GetStaticPaths;

/** The event's C3VOC schedule.json (version 1 of the format). */
export const GET: APIRoute<{ event: EventView }> = async ({ props }) =>
  new Response(JSON.stringify(c3vocJson(await exportEventOf(props.event), publicUrl(filePath.scheduleJson(props.event.id))!), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
