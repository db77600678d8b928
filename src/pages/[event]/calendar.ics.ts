import type { APIRoute, GetStaticPaths } from 'astro';
import { eventFilePaths, exportEventOf } from '../../data/export-events.ts';
import type { EventView } from '../../data/model.ts';
import { t } from '../../i18n/index.ts';
import { icalendar } from '../../lib/export/ical.ts';

export const getStaticPaths = eventFilePaths satisfies GetStaticPaths;

/** The event's iCalendar file: one entry per timed session, one all-day entry for the event. */
export const GET: APIRoute<{ event: EventView }> = async ({ props }) =>
  new Response(icalendar(await exportEventOf(props.event), { untimedLabel: t('exports.untimedLabel') }), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
