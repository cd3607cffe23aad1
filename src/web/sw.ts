// The page's service worker: after the first visit the page opens and checks messages with no
// network. The shell (HTML, CSS, app.js, manifest, icons) is kept at install; the analysis chunks
// (the core with its brand packs) and the learned models' files (text-model.json/.bin,
// url-model.json/.bin, ≈ 1.2 MB) are kept only once the page has needed them for a first check, so
// a visit that checks nothing does not download them. The lists and the version are written into
// this file by scripts/build-web.mjs.
//
// Navigations and the shell go to the network first (a new build is seen at once) and fall back
// to the cache; chunks have content-hashed names and never change, so they come from the cache, and
// so do the model files (a new build has a new version, so a new cache that fetches them again).
// The API (/api/*, /healthz) is never cached: an offline page simply has no online option.

declare const __SW_VERSION__: string;
declare const __SW_SHELL__: string[];
declare const __SW_LAZY__: string[];

interface ExtendableEvent extends Event {
  waitUntil(p: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  request: Request;
  respondWith(r: Promise<Response> | Response): void;
}
interface ExtendableMessageEvent extends ExtendableEvent {
  data: unknown;
}
interface SwScope {
  addEventListener(type: 'install' | 'activate', fn: (e: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', fn: (e: FetchEvent) => void): void;
  addEventListener(type: 'message', fn: (e: ExtendableMessageEvent) => void): void;
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  location: Location;
}

const sw = self as unknown as SwScope;
const CACHE = `impostor-${__SW_VERSION__}`;
/** A marker in the cache: this browser has checked a message, so the chunks are wanted. */
const LAZY_MARK = 'lazy-wanted';

const url = (name: string) => new URL(name, sw.location.href).href;

async function cacheLazy(cache: Cache): Promise<void> {
  await cache.addAll(__SW_LAZY__.map(url));
  await cache.put(url(LAZY_MARK), new Response('1'));
}

sw.addEventListener('install', (e) => {
  e.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await cache.addAll(__SW_SHELL__.map(url));
      // An update after the chunks were in use fetches the new ones, so offline keeps working.
      const wanted = await caches.match(url(LAZY_MARK));
      if (wanted) await cacheLazy(cache).catch(() => undefined);
      await sw.skipWaiting();
    })(),
  );
});

sw.addEventListener('activate', (e) => {
  e.waitUntil(
    (async () => {
      for (const k of await caches.keys()) if (k.startsWith('impostor-') && k !== CACHE) await caches.delete(k);
      await sw.clients.claim();
    })(),
  );
});

// The page says "I have just checked a message": keep the analysis chunks from now on.
sw.addEventListener('message', (e) => {
  if (e.data === 'keep-analysis') e.waitUntil(caches.open(CACHE).then(cacheLazy).catch(() => undefined));
});

sw.addEventListener('fetch', (e) => {
  const req = e.request;
  if (req.method !== 'GET') return;
  const u = new URL(req.url);
  if (u.origin !== sw.location.origin || u.pathname.startsWith('/api/') || u.pathname === '/healthz') return;
  const name = u.pathname.slice(1);
  if (/^chunk-[A-Za-z0-9]+\.js$/.test(name) || __SW_LAZY__.includes(name)) {
    e.respondWith(
      (async () => {
        const hit = await caches.match(req);
        if (hit) return hit;
        const res = await fetch(req);
        if (res.ok) {
          const copy = res.clone();
          void caches.open(CACHE).then((c) => c.put(req, copy));
        }
        return res;
      })(),
    );
    return;
  }
  e.respondWith(
    (async () => {
      try {
        const res = await fetch(req);
        if (res.ok && (req.mode === 'navigate' || __SW_SHELL__.includes(name))) {
          const copy = res.clone();
          void caches.open(CACHE).then((c) => c.put(req.mode === 'navigate' ? url('./') : req, copy));
        }
        return res;
      } catch (err) {
        const hit = req.mode === 'navigate' ? await caches.match(url('./')) : await caches.match(req, { ignoreSearch: true });
        if (hit) return hit;
        throw err;
      }
    })(),
  );
});
