// Carnet's service worker, built into dist/sw.js by src/build/offline.ts with Workbox's modules.
// Pages are read from the network first and kept as they are read, so a page a reader opened
// stays readable offline; hashed assets are kept once fetched; a page never read offline gets
// the offline notice. Nothing here is needed to read a page: without the worker the site is the same.
import { clientsClaim } from 'workbox-core';
import type { WorkboxPlugin } from 'workbox-core/types.js';
import { ExpirationPlugin } from 'workbox-expiration';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { registerRoute, setCatchHandler } from 'workbox-routing';
import { CacheFirst, NetworkFirst, StaleWhileRevalidate } from 'workbox-strategies';

/** Written in by the build: the site's base path, the offline notice in each language (longest prefix first) and what it needs. */
declare const CARNET_OFFLINE: { base: string; pages: { prefix: string; url: string }[]; precache: { url: string; revision: string | null }[] };

const { base, pages, precache } = CARNET_OFFLINE;
const worker = globalThis as unknown as { skipWaiting(): Promise<void>; location: Location };
// Workbox's own types declare the plugin's hooks as optional without `| undefined`, which this
// project's exactOptionalPropertyTypes refuses; the plugin is what Workbox documents.
const expiring = (options: ConstructorParameters<typeof ExpirationPlugin>[0]) => new ExpirationPlugin(options) as unknown as WorkboxPlugin;
const ours = (url: URL) => url.origin === worker.location.origin && url.pathname.startsWith(base);

precacheAndRoute(precache);
cleanupOutdatedCaches();

// Pages a reader opened, and those the programme page keeps: the newest few hundred. Every page
// address ends with a slash; a page handed over by its tab (CACHE_URLS) is not a navigation.
registerRoute(
  ({ request, url }) => ours(url) && (request.mode === 'navigate' || url.pathname.endsWith('/')),
  new NetworkFirst({ cacheName: 'carnet-pages', networkTimeoutSeconds: 5, plugins: [expiring({ maxEntries: 400, maxAgeSeconds: 90 * 24 * 3600 })] }),
);
// Scripts, styles and images of the build are named by their content: kept as they are.
registerRoute(
  ({ url }) => ours(url) && url.pathname.startsWith(`${base}_astro/`),
  new CacheFirst({ cacheName: 'carnet-assets', plugins: [expiring({ maxEntries: 300, maxAgeSeconds: 180 * 24 * 3600 })] }),
);
// Cards, photos and the events' programme files: shown from the cache, refreshed behind.
registerRoute(
  ({ url, request }) => ours(url) && (request.destination === 'image' || url.pathname.endsWith('/programme.json')),
  new StaleWhileRevalidate({ cacheName: 'carnet-data', plugins: [expiring({ maxEntries: 500 })] }),
);

// The notice in the language of the page asked for.
const noticeFor = (url: URL) => pages.find((page) => url.pathname.startsWith(page.prefix))?.url ?? pages[pages.length - 1]!.url;
setCatchHandler(async ({ request, url }) => (request.mode === 'navigate' ? ((await matchPrecache(noticeFor(url))) ?? Response.error()) : Response.error()));

void worker.skipWaiting();
clientsClaim();
