/* Retires Peta MPP's service worker: deploy this file as `sw.js` if a
 * broken worker ever ships. Browsers pick it up on their next visit; it
 * empties Peta MPP's caches, unregisters itself and reloads open pages
 * from the network. */
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) =>
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (key.startsWith('peta-mpp')) await caches.delete(key);
      await self.registration.unregister();
      for (const client of await self.clients.matchAll({ type: 'window' })) client.navigate(client.url);
    })(),
  ),
);
