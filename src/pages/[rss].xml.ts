import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { feedSessions, siteFilePaths } from '../data/export-events.ts';
import { getSite } from '../data/model.ts';
import { t, UI_LANGUAGE } from '../i18n/index.ts';
import { feed } from '../lib/export/feed.ts';
import { SITE, siteText } from '../site.ts';

// A parameter only so the file can be left out: /rss.xml is written when the public address is known.
export const getStaticPaths = (() => siteFilePaths('rss', 'rss')) satisfies GetStaticPaths;

/** The latest notes of every event. */
export const GET: APIRoute = async ({ site }) =>
  rss(
    feed(
      { title: t('feed.title'), description: siteText('description'), language: UI_LANGUAGE, site: site!, licence: SITE.licences.content },
      await feedSessions((await getSite()).sessions),
    ),
  );
