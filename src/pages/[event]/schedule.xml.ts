import type { APIRoute, GetStaticPaths } from 'astro';
import { eventFilePaths, exportEventOf } from '../../data/export-events.ts';
import type { EventView } from '../../data/model.ts';
import { filePath } from '../../lib/site/paths.ts';
import { publicUrl } from '../../site.ts';
import { frabXml } from '../../lib/export/frab.ts';

export const getStaticPaths = eventFilePaths satisfies GetStaticPaths;

/** The event's frab schedule.xml, for Giggity, ConfClerk and EventFahrplan. */
export const GET: APIRoute<{ event: EventView }> = async ({ props }) =>
  new Response(frabXml(await exportEventOf(props.event), publicUrl(filePath.scheduleXml(props.event.id))!), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
