/* Runs the service worker as served (/sw.js) in Node with an in-memory Cache Storage.

   node sw_harness.js <sw.js> <scenario.json>; the scenario gives `kept` (pages already in
   "club-pages" or "club-saved" from an older worker or a deliberate save, with headers),
   then `visits` (paths fetched online, each answered with the given headers). It prints
   what each cache holds afterwards, as JSON. */
"use strict";
const fs = require("fs");
const vm = require("vm");

const [swPath, scenarioPath] = process.argv.slice(2);
const scenario = JSON.parse(fs.readFileSync(scenarioPath, "utf8"));
const ORIGIN = "http://club.test";
const stores = new Map();

class MemoryCache {
  constructor() { this.entries = new Map(); }
  async put(request, response) { this.entries.set(new URL(request.url || request, ORIGIN).pathname, response); }
  async match(request) { return this.entries.get(new URL(request.url || request, ORIGIN).pathname); }
  async delete(request) { return this.entries.delete(new URL(request.url || request, ORIGIN).pathname); }
  async keys() { return [...this.entries.keys()].map((path) => ({ url: ORIGIN + path })); }
  async addAll() {}
}
const caches = {
  async open(name) { if (!stores.has(name)) stores.set(name, new MemoryCache()); return stores.get(name); },
  async keys() { return [...stores.keys()]; },
  async delete(name) { return stores.delete(name); },
  async match(request) {
    for (const cache of stores.values()) { const hit = await cache.match(request); if (hit) return hit; }
    return undefined;
  },
};

function page(headers) {
  const response = new Response("<html>page</html>", { status: 200, headers });
  Object.defineProperty(response, "type", { value: "basic" });  // same-origin, as in a browser
  return response;
}

const handlers = {};
const self = {
  location: { origin: ORIGIN },
  addEventListener: (name, handler) => { handlers[name] = handler; },
  skipWaiting: async () => {},
  clients: { claim: async () => {} },
};
let answers = {};
const context = vm.createContext({
  self, caches, Response, URL, Promise, console,
  fetch: async (request) => page(answers[new URL(request.url).pathname] || {}),
});
vm.runInContext(fs.readFileSync(swPath, "utf8"), context);

async function waitFor(register) {
  const pending = [];
  register((promise) => pending.push(promise));
  await Promise.all(pending);
  await new Promise((resolve) => setTimeout(resolve, 20));  // the cache writes after answering
}

(async () => {
  for (const [name, entries] of Object.entries(scenario.kept || {})) {
    const cache = await caches.open(name);
    for (const [path, headers] of Object.entries(entries)) await cache.put(ORIGIN + path, page(headers));
  }
  await waitFor((wait) => handlers.activate({ waitUntil: wait }));
  for (const [path, headers] of Object.entries(scenario.visits || {})) {
    answers[path] = headers;
    const request = { method: "GET", url: ORIGIN + path, mode: "navigate" };
    await waitFor((wait) => handlers.fetch({ request, respondWith: wait }));
  }
  const result = {};
  for (const [name, cache] of stores) result[name] = (await cache.keys()).map((r) => new URL(r.url).pathname).sort();
  process.stdout.write(JSON.stringify(result));
})();
