import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { feedSessions, siteFeedPaths } from '../../data/export-events.ts';
import { getSite } from '../../data/model.ts';
import { DEFAULT_LANGUAGE, ui } from '../../i18n/index.ts';
import { siteText } from '../../i18n/page.ts';
import { feed } from '../../lib/export/feed.ts';
import { SITE } from '../../site.ts';

// A parameter only so the file can be left out: /rss.xml (and /en/rss.xml…) is written when the public address is known.
export const getStaticPaths = (() => siteFeedPaths('rss', 'rss')) satisfies GetStaticPaths;

/** The latest notes of every event, in an interface language: its titles, and links to its pages. */
export const GET: APIRoute = async ({ params, site }) => {
  const language = params.lang ?? DEFAULT_LANGUAGE;
  const { t } = ui(language);
  return rss(
    feed(
      { title: t('feed.title'), description: siteText('description', language), language, site: site!, licence: SITE.licences.content },
      await feedSessions((await getSite()).sessions, language),
    ),
  );
};
