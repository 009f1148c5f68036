/* The Club's service worker (version {{ version }}): static files from the cache, pages
   network first with the kept copy as fallback, an offline page per language.
   A page the site marks private (Cache-Control private or no-store: her account, dashboard,
   members-only pages) is never kept here; only a course she saved on purpose is, by the
   page's script, in its own cache. */
"use strict";
const VERSION = "{{ version }}";
const STATIC_CACHE = "club-static-" + VERSION;
const PAGES_CACHE = "club-pages";
const SAVED_CACHE = "club-saved";
const PRECACHE = {{ precache_json|safe }};
const LANGUAGES = {{ languages_json|safe }};
const NEVER_KEPT = ["/admin/", "/sw.js"];

/* True when the response says no cache may keep it. */
function isPrivate(response) {
  const directives = (response.headers.get("Cache-Control") || "").toLowerCase().split(",")
    .map((part) => part.split("=")[0].trim());
  return directives.includes("private") || directives.includes("no-store");
}

/* Older workers kept private pages: they go when this one takes over. */
async function dropPrivatePages() {
  const cache = await caches.open(PAGES_CACHE);
  for (const request of await cache.keys()) {
    const response = await cache.match(request);
    if (!response || isPrivate(response)) await cache.delete(request);
  }
}

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(STATIC_CACHE).then((cache) => cache.addAll(PRECACHE)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(caches.keys().then((names) => Promise.all(
    names.filter((name) => name.startsWith("club-static-") && name !== STATIC_CACHE).map((name) => caches.delete(name))
  )).then(dropPrivatePages).then(() => self.clients.claim()));
});

function offlinePage(path) {
  const code = path.split("/")[1];
  const language = LANGUAGES.includes(code) ? code : "{{ default_language }}";
  return caches.match("/" + language + "/offline/", {ignoreVary: true});
}

/* A private page she saved on purpose is refreshed in the saved cache; nothing else private
   is written anywhere. */
async function refreshSaved(request, copy) {
  const cache = await caches.open(SAVED_CACHE);
  if (await cache.match(request, {ignoreVary: true})) await cache.put(request, copy);
}

function keep(request, response) {
  const path = new URL(request.url).pathname;
  if (response.ok && response.type === "basic" && !response.redirected &&
      !response.headers.has("Clear-Site-Data") && !NEVER_KEPT.some((prefix) => path.startsWith(prefix))) {
    const copy = response.clone();
    if (isPrivate(response)) {
      refreshSaved(request, copy).catch(() => {});
    } else {
      caches.open(PAGES_CACHE).then((cache) => cache.put(request, copy));
    }
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
