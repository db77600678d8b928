// Registers the service worker (src/offline/sw.ts) that keeps read pages for offline reading.
// The page never needs it: a browser without service workers, or one that refuses it, reads the
// site the same.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  const controlled = Boolean(navigator.serviceWorker.controller);
  navigator.serviceWorker
    .register(`${import.meta.env.BASE_URL}sw.js`)
    .then(async () => {
      if (controlled) return;
      // This page and what it loaded came before the worker: handed over, so it is kept too.
      const worker = (await navigator.serviceWorker.ready).active;
      const urls = [location.href, ...performance.getEntriesByType('resource').map((entry) => entry.name)].filter(
        (url) => new URL(url).origin === location.origin,
      );
      worker?.postMessage({ type: 'CACHE_URLS', payload: { urlsToCache: urls } });
    })
    .catch(() => undefined);
}
