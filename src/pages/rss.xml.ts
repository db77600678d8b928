import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { feedSessions } from '../data/exports.ts';
import { getSite } from '../data/site.ts';
import { t, UI_LANGUAGE } from '../i18n/index.ts';
import { feedChannelData, feedItems } from '../lib/feed.ts';
import { SITE } from '../site.ts';

/** The latest notes of every event. */
export const GET: APIRoute = async ({ site }) =>
  rss({
    title: t('feed.title'),
    description: t('site.description'),
    site: site!,
    items: feedItems(await feedSessions((await getSite()).sessions)),
    customData: feedChannelData(UI_LANGUAGE, SITE.licences.content),
  });
