/* The Club's service worker (version {{ version }}): static files from the cache, pages
   network first with the kept copy as fallback, an offline page per language. */
"use strict";
const VERSION = "{{ version }}";
const STATIC_CACHE = "club-static-" + VERSION;
const PAGES_CACHE = "club-pages";
const PRECACHE = {{ precache_json|safe }};
const LANGUAGES = {{ languages_json|safe }};
const NEVER_KEPT = ["/admin/", "/sw.js", "/accounts/"];

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(STATIC_CACHE).then((cache) => cache.addAll(PRECACHE)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(caches.keys().then((names) => Promise.all(
    names.filter((name) => name.startsWith("club-static-") && name !== STATIC_CACHE).map((name) => caches.delete(name))
  )).then(() => self.clients.claim()));
});

function offlinePage(path) {
  const code = path.split("/")[1];
  const language = LANGUAGES.includes(code) ? code : "{{ default_language }}";
  return caches.match("/" + language + "/offline/", {ignoreVary: true});
}

function keep(request, response) {
  const path = new URL(request.url).pathname;
  if (response.ok && response.type === "basic" && !response.redirected &&
      !response.headers.has("Clear-Site-Data") && !NEVER_KEPT.some((prefix) => path.startsWith(prefix))) {
    const copy = response.clone();
    caches.open(PAGES_CACHE).then((cache) => cache.put(request, copy));
  }
  return response;
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin || url.pathname.startsWith("/admin/")) {
    return;
  }
  if (url.pathname.startsWith("/static/")) {
    event.respondWith(caches.match(request, {ignoreVary: true}).then((hit) => hit || fetch(request)));
    return;
  }
  event.respondWith(fetch(request).then((response) => keep(request, response)).catch(() =>
    caches.match(request, {ignoreVary: true}).then((hit) => {
      if (hit) return hit;
      if (request.mode === "navigate") return offlinePage(url.pathname);
      return Response.error();
    })
  ));
});
