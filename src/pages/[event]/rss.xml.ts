import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { feedSessions } from '../../data/exports.ts';
import { getSite, type EventView } from '../../data/site.ts';
import { t } from '../../i18n/index.ts';
import { feed } from '../../lib/feed.ts';

export const getStaticPaths = (async () => (await getSite()).events.map((event) => ({ params: { event: event.id }, props: { event } }))) satisfies GetStaticPaths;

/** The notes of one event. */
export const GET: APIRoute<{ event: EventView }> = async ({ props, site }) =>
  rss(
    feed(
      { title: t('feed.eventTitle', { event: props.event.data.name }), description: props.event.data.description, language: props.event.data.language, site: site! },
      await feedSessions(props.event.sessions),
    ),
  );
