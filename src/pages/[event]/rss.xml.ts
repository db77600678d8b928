import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { eventFilePaths, feedSessions } from '../../data/export-events.ts';
import type { EventView } from '../../data/model.ts';
import { t } from '../../i18n/index.ts';
import { feed } from '../../lib/export/feed.ts';
import { SITE } from '../../site.ts';

export const getStaticPaths = eventFilePaths satisfies GetStaticPaths;

/** The notes of one event. */
export const GET: APIRoute<{ event: EventView }> = async ({ props, site }) =>
  rss(
    feed(
      {
        title: t('feed.eventTitle', { event: props.event.data.name }),
        description: props.event.data.description,
        language: props.event.data.language,
        site: site!,
        licence: SITE.licences.content,
      },
      await feedSessions(props.event.sessions),
    ),
  );
