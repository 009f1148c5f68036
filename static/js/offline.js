/* Offline: install the service worker (/sw.js), show a banner while offline, queue what she
   does offline and send it when she is back, save a course for offline, forget it all at
   sign-out. Progressive enhancement only: without JavaScript every form works as before. */
(() => {
  "use strict";
  const DB = "club-offline";
  const STORE = "queue";
  const PAGES = "club-pages";  // public pages the service worker kept as she read them
  const SAVED = "club-saved";  // the courses she saved on purpose (members-only pages too)
  const banner = document.getElementById("offline-banner");
  const canKeep = "serviceWorker" in navigator && "caches" in window && "indexedDB" in window;
  if (!canKeep || !window.fetch) { return; }

  // --- the queue (IndexedDB, one entry per address: the last thing she did there wins) -----
  const openDb = () => new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: "url" });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const run = async (mode, work) => {
    const db = await openDb();
    return new Promise((resolve, reject) => {
      const transaction = db.transaction(STORE, mode);
      const request = work(transaction.objectStore(STORE));
      transaction.oncomplete = () => { db.close(); resolve(request.result); };
      transaction.onerror = transaction.onabort = () => { db.close(); reject(transaction.error); };
    });
  };
  const waiting = () => run("readonly", (store) => store.getAll()).catch(() => []);
  const forget = (url) => run("readwrite", (store) => store.delete(url));
  const queue = async (entry) => {
    await run("readwrite", (store) => store.put(Object.assign({ at: Date.now() }, entry)));
    show();
  };
  const csrfToken = () => (document.cookie.match(/(?:^|; )csrftoken=([^;]+)/) || [])[1] || "";

  async function show() {
    if (!banner) { return; }
    const entries = await waiting();
    const list = banner.querySelector("[data-offline-list]");
    list.replaceChildren(...entries.map((entry) => {
      const item = document.createElement("li");
      item.textContent = entry.label || entry.url;
      return item;
    }));
    banner.querySelector("[data-offline-waiting]").hidden = !entries.length;
    banner.querySelector("[data-offline-note]").hidden = navigator.onLine;
    banner.hidden = navigator.onLine && !entries.length;
  }

  let sending = false;
  async function send() {
    if (sending || !navigator.onLine) { return; }
    sending = true;
    let reload = false;
    try {
      for (const entry of await waiting()) {
        let body;
        let headers = entry.headers || {};
        if (entry.json) {  // a package's results (courses/packages): sent as JSON
          body = JSON.stringify(entry.json);
          headers = { "Content-Type": "application/json", "X-CSRFToken": csrfToken() };
        } else {
          body = new URLSearchParams(entry.fields);
          // The token may have changed since (a new sign-in): the cookie holds the current one.
          body.set("csrfmiddlewaretoken", csrfToken() || entry.fields.csrfmiddlewaretoken || "");
        }
        let response;
        try {
          response = await fetch(entry.url, {
            method: "POST", body, credentials: "same-origin", headers,
          });
        } catch (error) { break; }  // the connection dropped again: keep the rest
        // A refusal (4xx with X-Refused: the lesson is locked, the reflection closed) is final:
        // sending it again would be refused again, so it leaves the queue like a success.
        const answered = response.ok || response.headers.has("X-Refused");
        if (answered && !new URL(response.url).pathname.includes("/accounts/login/")) {
          await forget(entry.url);
          reload = reload || (entry.page === location.pathname && !entry.headers);
        }
      }
    } finally { sending = false; }
    await show();
    if (reload) { location.reload(); }
  }

  // --- offline actions: a form marked data-offline-queue is kept while offline ---------------
  document.addEventListener("submit", (event) => {
    const form = event.target;
    if (form.matches("[data-offline-queue]") && !navigator.onLine) {
      event.preventDefault();
      const fields = Object.fromEntries(new FormData(form));
      queue({ url: form.getAttribute("action"), fields, label: form.dataset.offlineLabel, page: location.pathname });
      let note = form.querySelector("[role=status]");
      if (!note) {
        note = document.createElement("p");
        note.className = "small";
        note.setAttribute("role", "status");
        form.append(note);
      }
      note.textContent = banner ? banner.dataset.queued : "";
    } else if (form.matches("[data-sign-out]")) {
      event.preventDefault();
      signOut(form);
    }
  });

  // The reflection form's background draft save (reflection-autosave.js) joins the queue.
  window.ClubOffline = {
    queueDraft: (url, fields, label) => queue({ url, fields, label, page: location.pathname, headers: { "X-Requested-With": "fetch" } }),
    // A SCORM or H5P package's latest results (courses/packages/static/packages/player.js).
    queueJson: (url, json, label) => queue({ url, json, label, page: location.pathname, headers: {} }),
    forget: (url) => forget(url).then(show, () => {}),
  };

  // --- signing out on a shared phone: nothing of hers stays ----------------------------------
  async function signOut(form) {
    try { await send(); } catch (error) { /* what could not be sent is dropped with the rest */ }
    try { await Promise.all([caches.delete(PAGES), caches.delete(SAVED)]); } catch (error) { /* nothing kept */ }
    await new Promise((resolve) => {
      const request = indexedDB.deleteDatabase(DB);
      request.onsuccess = request.onerror = request.onblocked = resolve;
    });
    try {
      Object.keys(localStorage).filter((key) => key.startsWith("club-")).forEach((key) => localStorage.removeItem(key));
    } catch (error) { /* storage disabled */ }
    form.submit();
  }

  // --- "Save this course for offline" ------------------------------------------------------
  const save = document.querySelector("[data-offline-save]");
  if (save) {
    let list = null;
    const status = save.querySelector("[data-offline-status]");
    const confirm = save.querySelector("[data-offline-confirm]");
    save.hidden = false;
    save.querySelector("[data-offline-ask]").addEventListener("click", async () => {
      status.textContent = "";
      try {
        const response = await fetch(save.dataset.offlineSave, { credentials: "same-origin" });
        list = await response.json();
      } catch (error) { status.textContent = save.dataset.failed; return; }
      save.querySelector("[data-offline-question]").textContent = list.question;
      confirm.hidden = false;
      save.querySelector("[data-offline-go]").focus();
    });
    save.querySelector("[data-offline-cancel]").addEventListener("click", () => { confirm.hidden = true; });
    save.querySelector("[data-offline-go]").addEventListener("click", async () => {
      confirm.hidden = true;
      status.textContent = save.dataset.saving;
      const cache = await caches.open(SAVED);
      let failed = 0;
      for (const url of list.urls) {
        try {
          const response = await fetch(url, { credentials: "same-origin", cache: "no-store" });
          if (response.ok) { await cache.put(url, response); } else { failed += 1; }
        } catch (error) { failed += 1; }
      }
      status.textContent = failed ? save.dataset.failed : list.saved;
      save.dataset.saved = failed ? "" : "yes";
    });
  }

  window.addEventListener("online", () => { show(); send(); });
  window.addEventListener("offline", show);
  // Once the page has loaded: the worker's install (its precache) and the queue's database
  // then never compete with the page's own files and first paint on a slow phone.
  const start = () => {
    navigator.serviceWorker.register("/sw.js").catch(() => {});
    show().then(send);
  };
  if (document.readyState === "complete") { start(); } else { window.addEventListener("load", start, { once: true }); }
})();
