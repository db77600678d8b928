import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { eventFeedPaths, feedSessions } from '../../../data/export-events.ts';
import type { EventView } from '../../../data/model.ts';
import { DEFAULT_LANGUAGE, ui } from '../../../i18n/index.ts';
import { feed } from '../../../lib/export/feed.ts';
import { SITE } from '../../../site.ts';

export const getStaticPaths = eventFeedPaths satisfies GetStaticPaths;

/** The notes of one event, with links to the pages of an interface language. */
export const GET: APIRoute<{ event: EventView }> = async ({ params, props, site }) => {
  const language = params.lang ?? DEFAULT_LANGUAGE;
  return rss(
    feed(
      {
        title: ui(language).t('feed.eventTitle', { event: props.event.data.name }),
        description: props.event.data.description,
        // The channel's items are the event's notes: their language, not the interface's.
        language: props.event.data.language,
        site: site!,
        licence: SITE.licences.content,
      },
      await feedSessions(props.event.sessions, language),
    ),
  );
};
