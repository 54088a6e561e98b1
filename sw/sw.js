/* Peta MPP's service worker (source). `tools/build-sw.mjs` copies Workbox's
 * runtime next to it (never a CDN), replaces WORKBOX_DIR and injects the
 * precache manifest of the release build. */
/* global importScripts, workbox */
importScripts('WORKBOX_DIR/workbox-sw.js');
workbox.setConfig({ modulePathPrefix: 'WORKBOX_DIR/', debug: false });

const { core, precaching, routing, strategies, expiration, cacheableResponse } = workbox;
core.setCacheNameDetails({ prefix: 'peta-mpp' });

// A new version waits until the page asks it to take over ("Muat ulang").
self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') self.skipWaiting();
});

/** A cached response, marked so the app can say it is showing saved data. */
async function markedAsSaved(response) {
  if (!response) return response;
  const headers = new Headers(response.headers);
  headers.set('X-Peta-MPP-Saved', '1');
  return new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers });
}

// The feed and the details: fresh from the network when it answers within
// 4 s; otherwise the last copy this device saw, else the copy precached with
// this version. Registered before the precache route, so it wins for them.
const DATA = /\/data\/mpp(-details)?\.json$/;
const data = new strategies.NetworkFirst({
  cacheName: 'peta-mpp-data',
  networkTimeoutSeconds: 4,
  plugins: [
    new cacheableResponse.CacheableResponsePlugin({ statuses: [200] }),
    { cachedResponseWillBeUsed: ({ cachedResponse }) => markedAsSaved(cachedResponse) },
  ],
});
routing.registerRoute(
  ({ url }) => url.origin === self.location.origin && DATA.test(url.pathname),
  async (options) => {
    try {
      return await data.handle(options);
    } catch (error) {
      const precached = await precaching.matchPrecache(options.url.href);
      if (precached) return markedAsSaved(precached);
      throw error;
    }
  },
);

precaching.cleanupOutdatedCaches();
precaching.precacheAndRoute(self.__WB_MANIFEST);

// Any app route (/, /mpp/<slug>, /embed …) is the app's index.html, offline too.
routing.registerRoute(
  new routing.NavigationRoute(precaching.createHandlerBoundToURL('index.html'), {
    denylist: [/\/data\//, /\/[^/]+\.[a-z0-9]+$/i],
  }),
);

// Map tiles: only those the user has viewed, cache-first, at most 400 and
// for 7 days (OpenStreetMap's tile policy forbids prefetching).
routing.registerRoute(
  ({ request, url }) => request.destination === 'image' && url.origin !== self.location.origin,
  new strategies.CacheFirst({
    cacheName: 'peta-mpp-tiles',
    plugins: [
      new cacheableResponse.CacheableResponsePlugin({ statuses: [200] }),
      new expiration.ExpirationPlugin({ maxEntries: 400, maxAgeSeconds: 7 * 24 * 3600, purgeOnQuotaError: true }),
    ],
  }),
);
