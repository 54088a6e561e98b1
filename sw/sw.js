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

/* Framing, as the server sets it (deploy/nginx.conf, tools/serve.mjs): only
 * /embed and a region's /embed/<code> may be framed by another site. A page the worker answers from its
 * cache carries the headers index.html was fetched with, so the worker sets
 * them for the URL asked for; before generation 2 it did not, and an /embed
 * frame was refused on every visit after the first. */
const scopePath = new URL(self.registration.scope).pathname;
const isEmbed = (url) => /^embed(\/[^/]*)?\/?$/.test(url.pathname.slice(scopePath.length));

function withFraming(response, url) {
  const headers = new Headers(response.headers);
  headers.delete('Content-Security-Policy');
  headers.delete('X-Frame-Options');
  if (isEmbed(url)) {
    headers.set('Content-Security-Policy', 'frame-ancestors *');
  } else {
    headers.set('Content-Security-Policy', "frame-ancestors 'self'");
    headers.set('X-Frame-Options', 'SAMEORIGIN');
  }
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

/* Pages. The build pre-renders each page into its own file (index.html for
 * /, mpp/<slug>.html, embed/<code>.html …; tools/prerender); the app's empty shell
 * (shell.html) stands for any other path. A page comes fresh from the
 * network, is kept under its own URL, and offline is answered by that copy
 * — else by the shell, whose app renders the page asked for from the saved
 * feed. Never by another page's HTML: offline, /mpp/x must not flash the
 * home list. (/ itself is precached: index.html *is* that page.) */
const pages = new strategies.NetworkFirst({
  cacheName: 'peta-mpp-pages',
  networkTimeoutSeconds: 3,
  plugins: [
    new cacheableResponse.CacheableResponsePlugin({ statuses: [200] }),
    new expiration.ExpirationPlugin({ maxEntries: 60, purgeOnQuotaError: true }),
  ],
});
routing.registerRoute(
  new routing.NavigationRoute(
    async (options) => {
      let response;
      try {
        response = await pages.handle(options);
      } catch {
        response = undefined;
      }
      response = response ?? (await precaching.matchPrecache('shell.html'));
      return withFraming(response, options.url);
    },
    {
      // Matched against path *and* query: a file's extension is looked for in
      // the path alone, or /embed?wilayah=63.11 would pass as a file; a
      // region's embed (/embed/63.11) is a page whatever its dots.
      denylist: [/^[^?]*\/data\//, /^(?![^?]*\/embed\/[^/?]*(\?.*)?$)[^?]*\/[^/?]+\.[a-z0-9]+(\?.*)?$/i],
    },
  ),
);

/* A new version normally waits for "Muat ulang". A worker of an older
 * generation is replaced at once: a frame it refuses never runs the app
 * that would offer the update. Generation 3: a region's /embed/<code>,
 * which generation 2 refused to other sites' frames. */
const GENERATION = 3;
const GENERATION_KEY = new URL('peta-mpp-generation', self.registration.scope).href;
self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      if (!self.registration.active) return;
      const seen = await caches.match(GENERATION_KEY, { cacheName: 'peta-mpp-meta' });
      if (!seen || Number(await seen.text()) < GENERATION) await self.skipWaiting();
    })(),
  );
});
// Pages kept by the version before name its hashed wasm and JS, which this
// version's precache no longer holds: they go with it.
self.addEventListener('activate', (event) => {
  event.waitUntil(
    Promise.all([
      caches.open('peta-mpp-meta').then((cache) => cache.put(GENERATION_KEY, new Response(String(GENERATION)))),
      caches.delete('peta-mpp-pages'),
    ]),
  );
});

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
