// The service worker: precaches the whole build (worker and dictionary chunks included) so the
// app starts offline, waits for the page's go-ahead before taking over (prompt-to-update), and
// receives files shared to the installed app (Web Share Target POST), parking them for the page.
/// <reference lib="webworker" />
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';

declare let self: ServiceWorkerGlobalScope;

/** Cache where shared files wait until the page picks them up (see state/shared-files.ts). */
const SHARE_CACHE = 'zhengbao-shared';

// Registered before workbox's routes: workbox only answers GET, the share sheet POSTs.
self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method === 'POST' && url.pathname.endsWith('/share-target')) {
    event.respondWith(receiveShare(event.request));
  }
});

async function receiveShare(request: Request): Promise<Response> {
  const home = new URL('./#/?shared=1', self.registration.scope).href;
  try {
    const form = await request.formData();
    const cache = await caches.open(SHARE_CACHE);
    let n = 0;
    for (const entry of form.getAll('files')) {
      if (typeof entry === 'string') continue;
      const key = new URL(`./__shared__/${Date.now()}-${n++}`, self.registration.scope).href;
      await cache.put(key, new Response(entry, { headers: { 'x-file-name': encodeURIComponent(entry.name), 'content-type': entry.type || 'application/octet-stream' } }));
    }
    const text = form.get('text');
    if (typeof text === 'string' && text.trim()) {
      const key = new URL(`./__shared__/${Date.now()}-${n++}`, self.registration.scope).href;
      const name = `${(typeof form.get('title') === 'string' && String(form.get('title')).trim()) || text.trim().split('\n')[0]!.slice(0, 40)}.txt`;
      await cache.put(key, new Response(text, { headers: { 'x-file-name': encodeURIComponent(name), 'content-type': 'text/plain' } }));
    }
  } catch {
    // A malformed share still lands on the library; the page says nothing arrived.
  }
  return Response.redirect(home, 303);
}

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') void self.skipWaiting();
});

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html')));
