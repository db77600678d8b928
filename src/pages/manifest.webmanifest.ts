import type { APIRoute } from 'astro';
import { siteText } from '../i18n/page.ts';
import { locale } from '../i18n/index.ts';
import { SITE } from '../site.ts';
import { webManifest } from '../lib/site/app.ts';

/** The web manifest: Carnet installs as an app (src/lib/site/app.ts). */
export const GET: APIRoute = () =>
  new Response(
    JSON.stringify(webManifest({ name: SITE.name, description: siteText('tagline'), base: import.meta.env.BASE_URL, language: locale() }), null, 2),
    {
      headers: { 'Content-Type': 'application/manifest+json; charset=utf-8' },
    },
  );
