// The web app's service worker: when the page is served over http(s), it keeps the page's own files (and
// nothing else) so that the web app opens offline after the first visit. The build (scripts/web-offline.js)
// puts VERSION (a digest of the files) and FILES (their names, relative to this worker) above this text, so
// that a new build is a new worker: it fetches the new files, takes over, and deletes the old build's cache.
// The secretary's workbook is never cached: it never passes through fetch at all.
/* global VERSION, FILES */
const PREFIX = "jifen-pingxing-web-";
const CACHE = PREFIX + VERSION;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(FILES.map((file) => new Request(file, { cache: "reload" }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith(PREFIX) && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  const scope = new URL(self.registration.scope);
  if (url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return;
  // The page itself is one file whatever its query (?today=, ?lang=); its folder's address is the page.
  const file = url.pathname.slice(scope.pathname.length) || "index.html";
  if (!FILES.includes(file)) return;
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(new URL(file, scope).href))
      .then((hit) => hit || fetch(request)),
  );
});
