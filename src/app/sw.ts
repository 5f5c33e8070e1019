// The service worker: precaches the whole build (worker and dictionary chunks included) so the
// app starts offline, waits for the page's go-ahead before taking over (prompt-to-update), and
// receives files shared to the installed app (Web Share Target POST), parking them for the page.
// The OCR engine and language data (ocr/) are not precached: the page stores them in a cache of
// their own when the user agrees, and they are answered from there first, so OCR works offline.
/// <reference lib="webworker" />
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { SHARE_CACHE, SHARE_NAME_HEADER } from '../lib/share-target';
import { OCR_CACHE, OCR_FOLDER } from '../lib/ocr-manifest';

declare let self: ServiceWorkerGlobalScope;

// Registered before workbox's routes: workbox only answers GET, the share sheet POSTs.
self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method === 'POST' && url.pathname.endsWith('/share-target')) {
    event.respondWith(receiveShare(event.request));
  } else if (event.request.method === 'GET' && url.origin === self.location.origin && url.pathname.startsWith(ocrPath)) {
    event.respondWith(fromOcrCache(event.request));
  }
});

const ocrPath = new URL(OCR_FOLDER, self.registration.scope).pathname;

/** Cache first; the network only for what the user has not stored (the page's own download goes there). */
async function fromOcrCache(request: Request): Promise<Response> {
  // caches.match, not caches.open: opening would create the cache the user removed.
  return (await caches.match(request, { cacheName: OCR_CACHE, ignoreSearch: true })) ?? fetch(request);
}

async function receiveShare(request: Request): Promise<Response> {
  const home = new URL('./#/?shared=1', self.registration.scope).href;
  try {
    const form = await request.formData();
    const cache = await caches.open(SHARE_CACHE);
    let n = 0;
    const park = (body: Blob | string, name: string, type: string) => cache.put(
      new URL(`./__shared__/${Date.now()}-${n++}`, self.registration.scope).href,
      new Response(body, { headers: { [SHARE_NAME_HEADER]: encodeURIComponent(name), 'content-type': type } }),
    );
    for (const entry of form.getAll('files')) {
      if (typeof entry !== 'string') await park(entry, entry.name, entry.type || 'application/octet-stream');
    }
    // Text shared from a browser's share sheet (a copied report) becomes a .txt named after it.
    const text = form.get('text');
    if (typeof text === 'string' && text.trim()) {
      const title = form.get('title');
      const stem = (typeof title === 'string' && title.trim()) || text.trim().split('\n')[0]!.slice(0, 40);
      await park(text, `${stem}.txt`, 'text/plain');
    }
  } catch {
    // A malformed share still lands on the library; the page then finds nothing to import.
  }
  return Response.redirect(home, 303);
}

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') void self.skipWaiting();
});

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
// Views are hash routes, so the only page a navigation can mean is the scope itself (or its
// index.html, with any ?query: workbox tests path and search together): any other path (robots.txt not precached, favicon.ico, a typo) goes to
// the network and gets the server's own answer instead of the app page dressed as that file.
const scopePath = new URL(self.registration.scope).pathname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html'), { allowlist: [new RegExp(`^${scopePath}(index\\.html)?(\\?.*)?$`)] }));
