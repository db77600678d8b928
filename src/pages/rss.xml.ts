import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { feedSessions } from '../data/exports.ts';
import { getSite } from '../data/site.ts';
import { t, UI_LANGUAGE } from '../i18n/index.ts';
import { feed } from '../lib/feed.ts';

/** The latest notes of every event. */
export const GET: APIRoute = async ({ site }) =>
  rss(feed({ title: t('feed.title'), description: t('site.description'), language: UI_LANGUAGE, site: site! }, await feedSessions((await getSite()).sessions)));
